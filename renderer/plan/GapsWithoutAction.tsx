/**
 * "N priority gaps have no action": the dimensions of the gap list (priority > 0, in
 * priority order, from the scoring service) that no action names yet, each with its
 * recommended actions a click away.
 */
import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { Framework } from '../../electron/contract/framework-schema.ts';
import { formatScore, type ScoreReport } from '../../electron/contract/scores.ts';
import { gapsWithoutAction, levelBand, recommendationsFor } from './plan-model.ts';
import { RecommendationMenu } from './RecommendationMenu.tsx';

/** Gaps listed before "Show all". */
const FIRST = 3;

interface Props {
  report: ScoreReport;
  actions: Action[];
  framework: Framework;
  dimensionTitle: (id: string) => string;
  onAddRecommendation: (recommendationId: string) => void;
  onWrite: (dimensionId: string) => void;
}

export function GapsWithoutAction({ report, actions, framework, dimensionTitle, onAddRecommendation, onWrite }: Props) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const fmt = (n: number | null) => formatScore(n, i18n.language);

  if (report.overall.coverage === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="gaps-none-scored">
        {t('plan.gaps.noScores')}
      </Text>
    );
  }
  const priorityGaps = report.gaps.filter((g) => (g.priority ?? 0) > 0);
  if (priorityGaps.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="gaps-none">
        {t('plan.gaps.noGaps')}
      </Text>
    );
  }
  const open = gapsWithoutAction(report, actions);
  if (open.length === 0) {
    return (
      <Alert color="green" variant="light" title={t('plan.gaps.allCovered')} data-testid="gaps-covered">
        {t('plan.gaps.allCoveredBody', { count: priorityGaps.length })}
      </Alert>
    );
  }
  const shown = all ? open : open.slice(0, FIRST);
  return (
    <Paper withBorder radius="md" p="md" bg="orange.0" component="section" aria-labelledby="gaps-heading" data-testid="gaps-without-action">
      <Stack gap="xs">
        <div>
          <Title order={3} size="h4" id="gaps-heading" data-testid="gaps-title">
            {t('plan.gaps.title', { count: open.length })}
          </Title>
          <Text size="sm">{t('plan.gaps.hint')}</Text>
        </div>
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((g) => {
            const name = dimensionTitle(g.id);
            return (
              <Paper key={g.id} component="li" withBorder radius="sm" px="sm" py={8} data-testid="gap-item" data-dimension-id={g.id}>
                <Stack gap={6} h="100%" justify="space-between" align="flex-start">
                  <div>
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('plan.gaps.numbers', { score: fmt(g.score), target: g.target, gap: fmt(g.gap), priority: fmt(g.priority) })}
                    </Text>
                  </div>
                  <RecommendationMenu
                    dimension={name}
                    band={levelBand(g.score ?? 1)}
                    recommendations={recommendationsFor(framework, g)}
                    onAdd={onAddRecommendation}
                    onWrite={() => onWrite(g.id)}
                  />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
        {open.length > FIRST && (
          <Button variant="subtle" size="compact-sm" onClick={() => setAll(!all)} aria-expanded={all} style={{ alignSelf: 'flex-start' }}>
            {all ? t('plan.gaps.showFewer') : t('plan.gaps.showAll', { count: open.length })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
