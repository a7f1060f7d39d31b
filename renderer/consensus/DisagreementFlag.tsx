/** The disagreement mark: an icon and the word, never colour alone. */
import { useTranslation } from 'react-i18next';
import classes from './ConsensusTable.module.css';

export function DisagreementFlag({ spread }: { spread: number }) {
  const { t } = useTranslation();
  return (
    <span className={classes.flag} title={t('consensus.disagreementHint', { spread })} data-testid="disagreement-flag">
      <span aria-hidden>⚠</span>
      {t('consensus.disagreement')}
    </span>
  );
}
