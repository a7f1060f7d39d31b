/** Deleted assessments, kept until restored: deletion is a state, not a loss. */
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { AssessmentTable } from './AssessmentTable.tsx';
import { useAssessments } from './useAssessments.ts';

export function DeletedScreen({ onBack, onOpen }: { onBack: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { rows, error, reload } = useAssessments('', true);
  const [actionError, setActionError] = useState<unknown>(null);
  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between">
        <Title order={2}>{t('deleted.title')}</Title>
        <Button variant="subtle" onClick={onBack}>
          {t('nav.backToList')}
        </Button>
      </Group>
      {Boolean(error || actionError) && (
        <Alert color="red" title={t('errors.title')}>
          {errorText(t, error ?? actionError)}
        </Alert>
      )}
      {rows?.length === 0 && <Text c="dimmed">{t('deleted.empty')}</Text>}
      {rows && rows.length > 0 && (
        <AssessmentTable
          rows={rows}
          onOpen={onOpen}
          action={{
            text: t('deleted.restore'),
            label: (row) => t('deleted.restoreLabel', { title: row.title }),
            onClick: async (row) => {
              try {
                await call('assessments.restore', { id: row.id });
                await reload();
              } catch (e) {
                setActionError(e);
              }
            },
          }}
        />
      )}
    </Stack>
  );
}
