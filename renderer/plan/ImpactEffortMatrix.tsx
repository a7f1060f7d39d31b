/**
 * Impact × effort: a 3 × 3 grid, high impact at the top and low effort on the left, each
 * action a card in its cell. The high-impact, low-effort cell holds the quick wins: it
 * is named and coloured.
 */
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import { ActionCard } from './ActionCard.tsx';
import classes from './plan.module.css';
import { byDue, isQuickWin } from './plan-model.ts';

const IMPACT_ROWS = [3, 2, 1] as const;
const EFFORT_COLUMNS = [1, 2, 3] as const;

interface Props {
  actions: Action[];
  today: string;
  onOpen: (id: string) => void;
}

export function ImpactEffortMatrix({ actions, today, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <div className={classes.matrix} data-testid="plan-matrix">
      <div className={classes.axisTitleX} aria-hidden>
        {t('plan.matrix.effortAxis')}
      </div>
      <div className={classes.axisTitleY} aria-hidden>
        {t('plan.matrix.impactAxis')}
      </div>
      {EFFORT_COLUMNS.map((effort, i) => (
        <div key={effort} className={classes.axisLabelX} style={{ gridColumn: i + 3 }} aria-hidden>
          {t(`plan.matrix.effort.${effort}`)}
        </div>
      ))}
      {IMPACT_ROWS.map((impact, row) => (
        <div key={impact} className={classes.axisLabelY} style={{ gridRow: row + 3 }} aria-hidden>
          {t(`plan.matrix.impact.${impact}`)}
        </div>
      ))}
      {IMPACT_ROWS.flatMap((impact, row) =>
        EFFORT_COLUMNS.map((effort, column) => {
          const quick = isQuickWin(impact, effort);
          const cell = actions.filter((a) => a.impact === impact && a.effort === effort).sort(byDue);
          const name = t('plan.matrix.cell', {
            impact: t(`plan.matrix.impact.${impact}`),
            effort: t(`plan.matrix.effort.${effort}`),
            count: cell.length,
          });
          return (
            // biome-ignore lint/a11y/useSemanticElements: a grid cell of cards, named for screen readers; a fieldset would imply a form.
            <div
              key={`${impact}-${effort}`}
              role="group"
              aria-label={quick ? `${t('plan.matrix.quickWins')}: ${name}` : name}
              className={`${classes.cell} ${quick ? classes.quickWins : ''}`}
              style={{ gridRow: row + 3, gridColumn: column + 3 }}
              data-testid="matrix-cell"
              data-impact={impact}
              data-effort={effort}
              data-quick-wins={quick || undefined}
            >
              {quick && (
                <Stack gap={0} mb={2}>
                  <Badge color="#1b5e20" variant="filled" radius="sm" tt="none" size="md" leftSection={<span aria-hidden>★</span>}>
                    {t('plan.matrix.quickWins')}
                  </Badge>
                  <Text size="xs" c="#1b5e20" fw={600} mt={4}>
                    {t('plan.matrix.quickWinsHint')}
                  </Text>
                </Stack>
              )}
              {cell.map((a) => (
                <ActionCard key={a.id} action={a} today={today} onOpen={onOpen} detail={t(`horizon.${a.horizon}`)} />
              ))}
              {cell.length === 0 && (
                <Text size="xs" c="dimmed">
                  {t('plan.matrix.emptyCell')}
                </Text>
              )}
            </div>
          );
        }),
      )}
    </div>
  );
}
