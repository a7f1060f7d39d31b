/** The five levels of a question as big buttons in a labelled group; the chosen one is pressed. Keys 1–5 pick them too. */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartialLocalizedText } from '../../electron/contract/framework-schema.ts';
import { Localized } from '../frameworks/Localized.tsx';
import { LEVEL_COLORS } from '../frameworks/QuestionCard.tsx';
import classes from './LevelCards.module.css';

interface Props {
  levelNames: PartialLocalizedText[];
  descriptors: PartialLocalizedText[];
  chosen: number | null;
  disabled?: boolean;
  labelId: string;
  onPick: (level: number) => void;
}

export function LevelCards({ levelNames, descriptors, chosen, disabled, labelId, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset aria-labelledby={labelId} className={classes.group} data-testid="level-cards">
      {descriptors.map((descriptor, i) => {
        const level = i + 1;
        const name = levelNames[i];
        const pressed = chosen === level;
        return (
          <button
            key={level}
            type="button"
            className={classes.card}
            style={{ '--level-color': LEVEL_COLORS[i] } as CSSProperties}
            aria-pressed={pressed}
            aria-keyshortcuts={String(level)}
            disabled={disabled}
            onClick={() => onPick(level)}
            data-testid={`level-${level}`}
          >
            <span className={classes.number}>{level}</span>
            <span className={classes.body}>
              <span className={classes.name}>{name ? <Localized text={name} /> : t('frameworks.levelLabel', { level })}</span>
              {pressed && <span className={classes.chosen}>✓ {t('capture.interview.chosen')}</span>}
              <span className={classes.descriptor}>
                <Localized text={descriptor} />
              </span>
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}
