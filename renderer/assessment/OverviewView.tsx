/** The assessment's overview: client details and the facts of the assessment. */
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../electron/contract/api.ts';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { formatDateTime } from '../common/format.ts';
import { ClientDetails } from './ClientDetails.tsx';

export function OverviewView({ assessment, onChanged }: { assessment: Assessment; onChanged: (a: Assessment) => void }) {
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
    </Stack>
  );
}
