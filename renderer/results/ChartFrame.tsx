/** A chart with its title and a "Table" view of the same numbers; gives the chart its measured width. */
import { Box, Group, Paper, SegmentedControl, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** Renders the chart at the available width. */
  chart: (width: number) => ReactNode;
  table: ReactNode;
  testId: string;
}

export function ChartFrame({ title, chart, table, testId }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { ref, width } = useElementSize();
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} data-testid={testId} aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
        <Title order={3} size="h4" component="figcaption">
          {title}
        </Title>
        <SegmentedControl
          style={{ flexShrink: 0 }}
          size="xs"
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          data={[
            { value: 'chart', label: t('results.viewChart') },
            { value: 'table', label: t('results.viewTable') },
          ]}
          aria-label={t('results.viewChoice', { title })}
        />
      </Group>
      <Box ref={ref} style={{ overflowX: 'auto' }}>
        {view === 'chart' ? (
          <div role="img" aria-label={title}>
            {width > 0 && chart(Math.floor(width))}
          </div>
        ) : (
          table
        )}
      </Box>
    </Paper>
  );
}
