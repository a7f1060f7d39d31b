/**
 * Targets: for each dimension, the level the organisation aims for and how much it
 * matters. The results turn them into gaps and priorities.
 */
import { Alert, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Localized } from '../frameworks/Localized.tsx';
import { TargetRow } from './TargetRow.tsx';
import type { WorkspaceApi } from './useWorkspace.ts';

export function TargetsView({ ws }: { ws: WorkspaceApi }) {
  const { t } = useTranslation();
  const { workspace } = ws;
  if (!workspace) return null;
  const settings = new Map(workspace.dimensionSettings.map((s) => [s.dimensionId, s]));

  return (
    <Stack gap="md" maw={1200}>
      <Alert variant="light" color="indigo" title={t('targets.howUsedTitle')}>
        <Stack gap={6}>
          <Text size="sm">{t('targets.intro')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('targets.gapRule')}</List.Item>
            <List.Item>{t('targets.priorityRule')}</List.Item>
          </List>
          <Text size="sm">{t('targets.defaults')}</Text>
        </Stack>
      </Alert>
      {workspace.framework.sections.map((section) => (
        <Paper key={section.id} withBorder radius="md" p="md" data-testid="targets-section">
          <Title order={3} size="h4" mb="xs">
            <Localized text={section.title} />
          </Title>
          <Table layout="fixed" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.column.dimension')}</Table.Th>
                <Table.Th w="26%">{t('targets.column.target')}</Table.Th>
                <Table.Th w="30%">{t('targets.column.importance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section.dimensions.map((dimension) => (
                <TargetRow
                  key={dimension.id}
                  dimension={dimension}
                  framework={workspace.framework}
                  setting={settings.get(dimension.id)}
                  setDimension={ws.setDimension}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
