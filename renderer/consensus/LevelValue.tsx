/** A level as the consensus table shows it: the number with its colour bar, "N/A", or a dash. */
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLORS } from '../frameworks/QuestionCard.tsx';
import classes from './ConsensusTable.module.css';

interface Props {
  level: number | null;
  na: boolean;
  /** Read out instead of the dash when there is no level. */
  emptyLabel: string;
}

export function LevelValue({ level, na, emptyLabel }: Props) {
  const { t } = useTranslation();
  if (na) return <span className={classes.na}>{t('consensus.na')}</span>;
  if (level === null) {
    return (
      <span className={classes.empty}>
        <span aria-hidden>—</span>
        <VisuallyHidden>{emptyLabel}</VisuallyHidden>
      </span>
    );
  }
  return (
    <span className={classes.level} style={{ borderInlineStartColor: LEVEL_COLORS[level - 1] }}>
      {level}
    </span>
  );
}
