/** The roadmap: three columns by horizon (quick win 0-3 months, 3-12 months, 12+ months), cards by due date. */
import { Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_HORIZONS, type Action } from '../../electron/contract/capture-types.ts';
import { ActionCard } from './ActionCard.tsx';
import classes from './plan.module.css';
import { byDue } from './plan-model.ts';

interface Props {
  actions: Action[];
  today: string;
  onOpen: (id: string) => void;
  dimensionTitle: (id: string) => string;
}

export function RoadmapView({ actions, today, onOpen, dimensionTitle }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={3} spacing="md" data-testid="plan-roadmap">
      {ACTION_HORIZONS.map((horizon) => {
        const column = actions.filter((a) => a.horizon === horizon).sort(byDue);
        const headingId = `roadmap-${horizon}`;
        return (
          <Paper
            key={horizon}
            withBorder
            radius="md"
            p="sm"
            component="section"
            aria-labelledby={headingId}
            bg={horizon === '0-3m' ? 'green.0' : undefined}
            data-testid="roadmap-column"
            data-horizon={horizon}
          >
            <Group justify="space-between" wrap="nowrap" mb="sm" align="flex-start">
              <Title order={3} size="h5" id={headingId}>
                {t(`horizon.${horizon}`)}
              </Title>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('plan.count', { count: column.length })}
              </Text>
            </Group>
            <div className={classes.column}>
              {column.map((a) => (
                <ActionCard key={a.id} action={a} today={today} onOpen={onOpen} detail={a.dimensionIds.map(dimensionTitle).join(', ')} />
              ))}
              {column.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('plan.roadmap.empty')}
                </Text>
              )}
            </div>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
