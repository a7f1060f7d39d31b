/** One assessment: its title (rename), client details, facts, and delete with undo. */
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../electron/contract/languages.ts';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { formatDateTime } from '../common/format.ts';
import type { UndoOffer } from '../common/UndoBar.tsx';
import { ClientDetails } from './ClientDetails.tsx';
import { EditableTitle } from './EditableTitle.tsx';
import { useAssessment } from './useAssessment.ts';

interface Props {
  id: string;
  onBack: () => void;
  onDeleted: (offer: UndoOffer) => void;
}

export function AssessmentScreen({ id, onBack, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const { assessment, setAssessment, error, reload } = useAssessment(id);

  if (error) {
    return (
      <Stack maw={900} mx="auto">
        <Alert color="red" title={t('errors.title')}>
          {errorText(t, error)}
        </Alert>
        <Button variant="default" onClick={onBack}>
          {t('nav.backToList')}
        </Button>
      </Stack>
    );
  }
  if (!assessment) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  async function remove() {
    await call('assessments.delete', { id });
    onDeleted({
      key: Date.now(),
      message: t('home.deleted', { title: assessment?.title ?? '' }),
      undo: async () => {
        await call('assessments.restore', { id });
      },
    });
  }

  const facts: [string, string][] = [
    [t('assessment.language'), LANGUAGE_NAMES[assessment.language]],
    [t('assessment.assessor'), [assessment.assessorName, assessment.assessorFirm].filter(Boolean).join(', ') || '—'],
    [t('assessment.framework'), `${assessment.frameworkId} ${assessment.frameworkVersion}`],
    [t('assessment.created'), formatDateTime(assessment.createdAt, i18n.language)],
    [t('assessment.updated'), formatDateTime(assessment.updatedAt, i18n.language)],
  ];

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Anchor component="button" type="button" onClick={onBack} size="sm" ta="start">
        ← {t('nav.backToList')}
      </Anchor>
      {assessment.deletedAt && (
        <Alert color="orange" title={t('assessment.deletedTitle')}>
          <Group justify="space-between">
            <span>{t('assessment.deletedBody')}</span>
            <Button
              size="xs"
              onClick={async () => {
                await call('assessments.restore', { id });
                await reload();
              }}
            >
              {t('deleted.restore')}
            </Button>
          </Group>
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <EditableTitle
            title={assessment.title}
            onRename={async (title) => setAssessment(await call('assessments.rename', { id, title }))}
          />
          <Group gap="xs">
            <Text c="dimmed">{assessment.client.name}</Text>
            <Badge variant="light">{t(`status.${assessment.status}`)}</Badge>
          </Group>
        </Stack>
        {!assessment.deletedAt && (
          <Button color="red" variant="light" onClick={() => void remove()} data-testid="delete-assessment">
            {t('common.delete')}
          </Button>
        )}
      </Group>
      <ClientDetails client={assessment.client} onSaved={(client) => setAssessment({ ...assessment, client })} />
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
      <Text c="dimmed" size="sm">
        {t('assessment.captureComing')}
      </Text>
    </Stack>
  );
}
