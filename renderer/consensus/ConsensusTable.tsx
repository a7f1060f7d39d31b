/**
 * The respondents' levels side by side: one row per question, grouped by section and
 * dimension in framework order; one column per active respondent, then spread and agreed
 * level. ↑ / ↓ (or J / K) move between questions, Home / End to the first and last; 1-5
 * set the agreed level of the selected question and N marks it N/A. From five respondents
 * on, the columns are compact (numbered, the name in the header's label) so that a
 * workshop of fifteen fits beside the question text.
 */
import { VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../electron/contract/capture-types.ts';
import { Localized } from '../frameworks/Localized.tsx';
import classes from './ConsensusTable.module.css';
import { ConsensusTableRow } from './ConsensusTableRow.tsx';
import type { ConsensusRow } from './consensus-rows.ts';

/** From this many respondents on, their columns are compact. */
export const COMPACT_FROM = 5;

export type AgreedChoice = { level: number | null; na: boolean };

interface Props {
  /** Tallest the table may be, in pixels (it scrolls inside). */
  maxHeight?: number;
  rows: ConsensusRow[];
  respondents: Respondent[];
  selectedId: string | null;
  onSelect: (questionId: string) => void;
  /** Sets the agreed level of a question (keys 1-5 and N on its row). */
  onAgree: (questionId: string, choice: AgreedChoice) => void;
}

const MOVE_KEYS: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowDown: 'next',
  j: 'next',
  J: 'next',
  ArrowUp: 'previous',
  k: 'previous',
  K: 'previous',
  Home: 'first',
  End: 'last',
};

/** The agreed level a key sets: 1-5 a level, N "not applicable". */
function choiceOfKey(key: string): AgreedChoice | null {
  if (/^[1-5]$/.test(key)) return { level: Number(key), na: false };
  if (key === 'n' || key === 'N') return { level: null, na: true };
  return null;
}

export function ConsensusTable({ maxHeight, rows, respondents, selectedId, onSelect, onAgree }: Props) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const columns = respondents.length + 3;
  const compact = respondents.length >= COMPACT_FROM;

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !tableRef.current) return;
      const questionId = event.currentTarget.dataset.rowButton;
      const choice = choiceOfKey(event.key);
      if (choice && questionId) {
        event.preventDefault();
        onSelect(questionId);
        onAgree(questionId, choice);
        return;
      }
      const move = MOVE_KEYS[event.key];
      if (!move) return;
      const buttons = [...tableRef.current.querySelectorAll<HTMLButtonElement>('[data-row-button]')];
      const index = buttons.indexOf(event.currentTarget);
      const next =
        move === 'next'
          ? buttons[index + 1]
          : move === 'previous'
            ? buttons[index - 1]
            : move === 'first'
              ? buttons[0]
              : buttons[buttons.length - 1];
      if (!next) return;
      event.preventDefault();
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
      const id = next.dataset.rowButton;
      if (id) onSelect(id);
    },
    [onSelect, onAgree],
  );

  // Group the (already filtered) rows by section, then dimension, keeping framework order.
  const groups: {
    key: string;
    section: ConsensusRow['section'];
    dimensions: { dimension: ConsensusRow['dimension']; rows: ConsensusRow[] }[];
  }[] = [];
  for (const row of rows) {
    let group = groups[groups.length - 1];
    if (group?.section !== row.section) {
      group = { key: row.section.id, section: row.section, dimensions: [] };
      groups.push(group);
    }
    let dim = group.dimensions[group.dimensions.length - 1];
    if (dim?.dimension !== row.dimension) {
      dim = { dimension: row.dimension, rows: [] };
      group.dimensions.push(dim);
    }
    dim.rows.push(row);
  }

  return (
    <section
      className={classes.scroller}
      style={maxHeight ? { maxHeight } : undefined}
      aria-label={t('consensus.tableLabel')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
      tabIndex={0}
      data-testid="consensus-table"
      data-compact={compact || undefined}
    >
      <table className={classes.table} ref={tableRef} data-compact={compact || undefined}>
        <caption>
          <VisuallyHidden>{t('consensus.tableCaption')}</VisuallyHidden>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={`${classes.head} ${classes.questionHead}`}>
              {t('consensus.column.question')}
            </th>
            {respondents.map((r, i) =>
              compact ? (
                <th
                  key={r.id}
                  scope="col"
                  className={`${classes.head} ${classes.respondentHead} ${classes.compactHead}`}
                  title={r.role ? `${r.name} · ${r.role}` : r.name}
                  data-testid="respondent-column"
                >
                  <span aria-hidden>{i + 1}</span>
                  <VisuallyHidden>
                    {r.role
                      ? t('consensus.respondentColumnWithRole', { number: i + 1, name: r.name, role: r.role })
                      : t('consensus.respondentColumn', { number: i + 1, name: r.name })}
                  </VisuallyHidden>
                </th>
              ) : (
                <th
                  key={r.id}
                  scope="col"
                  className={`${classes.head} ${classes.respondentHead}`}
                  title={r.role ? `${r.name} · ${r.role}` : r.name}
                  data-testid="respondent-column"
                >
                  {r.name}
                  {r.role && <span className={classes.respondentRole}>{r.role}</span>}
                </th>
              ),
            )}
            <th scope="col" className={`${classes.head} ${classes.spreadCol} ${classes.stickyHead}`}>
              {t('consensus.column.spread')}
            </th>
            <th scope="col" className={`${classes.head} ${classes.agreedCol} ${classes.stickyHead}`}>
              {t('consensus.column.agreed')}
            </th>
          </tr>
        </thead>
        {groups.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={columns} className={classes.noMatchCell}>
                {t('consensus.noMatch')}
              </td>
            </tr>
          </tbody>
        )}
        {groups.map((group) => (
          <tbody key={group.key}>
            <tr>
              <th colSpan={columns} scope="colgroup" className={classes.sectionCell}>
                <span className={classes.stickyLabel}>
                  <Localized text={group.section.title} />
                </span>
              </th>
            </tr>
            {group.dimensions.flatMap(({ dimension, rows: dimensionRows }) => [
              <tr key={dimension.id}>
                <th colSpan={columns} scope="colgroup" className={classes.dimensionCell}>
                  <span className={classes.stickyLabel}>
                    <Localized text={dimension.title} />
                  </span>
                </th>
              </tr>,
              ...dimensionRows.map((row) => (
                <ConsensusTableRow
                  key={row.question.id}
                  row={row}
                  respondents={respondents}
                  selected={row.question.id === selectedId}
                  onSelect={onSelect}
                  onKeyDown={onKeyDown}
                />
              )),
            ])}
          </tbody>
        ))}
      </table>
    </section>
  );
}
