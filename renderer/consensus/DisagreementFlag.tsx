/** The disagreement mark: an icon and the word, never colour alone; once settled, it says so. */
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

/** A disagreement the team settled with an agreed level: no longer a warning. */
export function SettledFlag({ spread }: { spread: number }) {
  const { t } = useTranslation();
  return (
    <span className={`${classes.flag} ${classes.settled}`} title={t('consensus.settledHint', { spread })} data-testid="settled-flag">
      <span aria-hidden>✓</span>
      {t('consensus.settled')}
    </span>
  );
}
