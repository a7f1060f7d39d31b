/** The assessment's overview: client details, the facts of the assessment, and respondent kits. */
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../electron/contract/api.ts';
import type { Respondent } from '../../electron/contract/capture-types.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { call } from '../api/client.ts';
import { readableAlert } from '../backups/readable-alert.ts';
import { downloadText } from '../common/download.ts';
import { errorText } from '../common/error-text.ts';
import { formatDateTime } from '../common/format.ts';
import { ClientDetails } from './ClientDetails.tsx';

interface Props {
  assessment: Assessment;
  respondents: Respondent[];
  onChanged: (a: Assessment) => void;
}

export function OverviewView({ assessment, respondents, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const facts: [string, string][] = [
    [t('assessment.language'), LANGUAGE_NAMES[assessment.language]],
    [t('assessment.assessor'), [assessment.assessorName, assessment.assessorFirm].filter(Boolean).join(', ') || '—'],
    [t('assessment.framework'), `${assessment.frameworkId} ${assessment.frameworkVersion}`],
    [t('assessment.created'), formatDateTime(assessment.createdAt, i18n.language)],
    [t('assessment.updated'), formatDateTime(assessment.updatedAt, i18n.language)],
  ];
  return (
    <Stack gap="md">
      <ClientDetails client={assessment.client} onSaved={(client) => onChanged({ ...assessment, client })} />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {label}
              </Text>
              <Text style={{ wordBreak: 'break-word' }}>{value}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      <RespondentKits assessmentId={assessment.id} respondents={respondents.filter((r) => !r.deletedAt)} />
    </Stack>
  );
}

/** One kit per respondent: they fill it in alone, and the returned file is merged back. */
function RespondentKits({ assessmentId, respondents }: { assessmentId: string; respondents: Respondent[] }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ name: string; error: unknown } | null>(null);

  async function exportKit(respondent: Respondent) {
    setBusy(respondent.id);
    setError(null);
    try {
      const kit = await call('packages.exportKit', { assessmentId, respondentId: respondent.id });
      downloadText(kit.fileName, kit.content, 'application/json');
    } catch (e) {
      setError({ name: respondent.name, error: e });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="kits-title" data-testid="kits-panel">
      <Stack gap="sm">
        <Title order={3} size="h4" id="kits-title">
          {t('kits.title')}
        </Title>
        <Stack gap={2}>
          <Text size="sm">{t('kits.journeySend')}</Text>
          <Text size="sm">{t('kits.journeyReturn')}</Text>
        </Stack>
        {error && (
          <Alert
            {...readableAlert('red')}
            title={t('kits.failed', { name: error.name })}
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setError(null)}
          >
            {errorText(t, error.error)}
          </Alert>
        )}
        {respondents.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="kits-empty">
            {t('kits.none')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kits.columns.name')}</Table.Th>
                <Table.Th>{t('kits.columns.role')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('kits.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {respondents.map((r) => (
                <Table.Tr key={r.id} data-testid="kit-row">
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {r.name}
                      </Text>
                      <Badge variant="light" color="gray" tt="none">
                        {t(`capture.interview.kinds.${r.kind}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    <Text size="sm">{r.role || '—'}</Text>
                  </Table.Td>
                  <Table.Td ta="end">
                    <Button
                      size="xs"
                      variant="default"
                      loading={busy === r.id}
                      onClick={() => void exportKit(r)}
                      aria-label={t('kits.exportLabel', { name: r.name })}
                      data-testid="export-kit"
                    >
                      {t('kits.export')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
