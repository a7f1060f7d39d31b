/** One question in the consensus table; re-rendered only when its own answers, agreed level or selection change. */
import { VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../electron/contract/capture-types.ts';
import { Localized } from '../frameworks/Localized.tsx';
import classes from './ConsensusTable.module.css';
import type { ConsensusRow } from './consensus-rows.ts';
import { DisagreementFlag, SettledFlag } from './DisagreementFlag.tsx';
import { LevelValue } from './LevelValue.tsx';

interface Props {
  row: ConsensusRow;
  respondents: Respondent[];
  selected: boolean;
  onSelect: (questionId: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

function Row({ row, respondents, selected, onSelect, onKeyDown }: Props) {
  const { t } = useTranslation();
  const { question, consensus } = row;
  return (
    <tr
      className={classes.row}
      data-selected={selected || undefined}
      data-testid="consensus-row"
      data-question-id={question.id}
      data-disagreement={row.disagreement || undefined}
      data-settled={row.settled || undefined}
      onClick={() => onSelect(question.id)}
    >
      <th scope="row" className={classes.questionCell}>
        <button
          type="button"
          className={classes.rowButton}
          aria-current={selected ? 'true' : undefined}
          data-row-button={question.id}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(question.id);
          }}
          onKeyDown={onKeyDown}
        >
          <span className={classes.questionId}>{question.id}</span>
          <span className={classes.questionText}>
            <Localized text={question.text} />
          </span>
        </button>
      </th>
      {respondents.map((r, i) => {
        const a = row.answers[i];
        const hint = a?.na ? a.naReason : a?.note;
        return (
          <td key={r.id} className={classes.levelCell} title={hint || undefined}>
            <LevelValue level={a?.level ?? null} na={a?.na ?? false} emptyLabel={t('consensus.notAnswered')} />
            {a?.note ? (
              <>
                <span className={classes.noteMark} aria-hidden>
                  ✎
                </span>
                <VisuallyHidden>{t('consensus.hasNote')}</VisuallyHidden>
              </>
            ) : null}
          </td>
        );
      })}
      <td className={`${classes.spreadCell} ${classes.spreadCol}`}>
        {row.spread === null ? (
          <span className={classes.empty}>
            <span aria-hidden>—</span>
            <VisuallyHidden>{t('consensus.noSpread')}</VisuallyHidden>
          </span>
        ) : (
          <span data-testid="spread">{row.spread}</span>
        )}
        {row.disagreement && row.spread !== null && (
          <div>{row.settled ? <SettledFlag spread={row.spread} /> : <DisagreementFlag spread={row.spread} />}</div>
        )}
      </td>
      <td className={`${classes.levelCell} ${classes.agreedCol}`} data-testid="agreed">
        <LevelValue level={consensus?.level ?? null} na={consensus?.na ?? false} emptyLabel={t('consensus.noAgreedLevel')} />
      </td>
    </tr>
  );
}

/** Answers and the agreed entry keep their identity when something else changes, so a shallow look is enough. */
function same(a: Props, b: Props): boolean {
  if (a.selected !== b.selected || a.respondents !== b.respondents || a.onSelect !== b.onSelect || a.onKeyDown !== b.onKeyDown)
    return false;
  const x = a.row;
  const y = b.row;
  if (x === y) return true;
  if (x.question !== y.question || x.consensus !== y.consensus || x.spread !== y.spread || x.settled !== y.settled) return false;
  return x.answers.length === y.answers.length && x.answers.every((answer, i) => answer === y.answers[i]);
}

export const ConsensusTableRow = memo(Row, same);
