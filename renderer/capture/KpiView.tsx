/** KPIs: for each of the framework's KPIs, the figure today, the figure aimed for, its unit and where it comes from. */
import { Alert, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KpiRow } from './KpiRow.tsx';
import type { WorkspaceApi } from './useWorkspace.ts';

export function KpiView({ ws }: { ws: WorkspaceApi }) {
  const { t } = useTranslation();
  const { workspace } = ws;
  if (!workspace) return null;
  const { kpis } = workspace.framework;
  if (kpis.length === 0) {
    return (
      <Alert color="gray" variant="light" maw={720}>
        {t('kpis.none')}
      </Alert>
    );
  }
  const baselines = new Map(workspace.kpis.map((k) => [k.kpiId, k]));
  return (
    <Stack gap="md">
      <Text size="sm" maw={980}>
        {t('kpis.intro')}
      </Text>
      <Paper withBorder radius="md" p="xs">
        <Table layout="fixed" verticalSpacing="sm" data-testid="kpi-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="32%">{t('kpis.column.kpi')}</Table.Th>
              <Table.Th w="13%">{t('kpis.column.current')}</Table.Th>
              <Table.Th w="13%">{t('kpis.column.target')}</Table.Th>
              <Table.Th w="14%">{t('kpis.column.unit')}</Table.Th>
              <Table.Th>{t('kpis.column.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kpis.map((kpi) => (
              <KpiRow key={kpi.id} kpi={kpi} baseline={baselines.get(kpi.id)} setKpi={ws.setKpi} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
