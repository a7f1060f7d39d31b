/** Home: the assessments, newest change first, with search, the empty state, and "New assessment". */
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import type { UndoOffer } from '../common/UndoBar.tsx';
import { AssessmentTable } from './AssessmentTable.tsx';
import { NewAssessmentModal } from './NewAssessmentModal.tsx';
import { useAssessments } from './useAssessments.ts';

interface Props {
  onOpen: (id: string) => void;
  onShowDeleted: () => void;
  onUndoOffer: (offer: UndoOffer) => void;
  /** Bumped by the menu's File > New assessment. */
  newAssessmentRequest: number;
}

export function HomeScreen({ onOpen, onShowDeleted, onUndoOffer, newAssessmentRequest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const { rows, error, reload } = useAssessments(debounced.trim(), false);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    if (newAssessmentRequest > 0) setCreating(true);
  }, [newAssessmentRequest]);

  async function remove(id: string, title: string) {
    try {
      await call('assessments.delete', { id });
      await reload();
      onUndoOffer({
        key: Date.now(),
        message: t('home.deleted', { title }),
        undo: async () => {
          await call('assessments.restore', { id });
          await reload();
        },
      });
    } catch (e) {
      setActionError(e);
    }
  }

  const nothingYet = rows !== null && rows.length === 0 && !debounced.trim();
  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('home.title')}</Title>
        <Group>
          <Button variant="subtle" onClick={onShowDeleted}>
            {t('home.showDeleted')}
          </Button>
          <Button onClick={() => setCreating(true)} data-testid="new-assessment">
            {t('home.new')}
          </Button>
        </Group>
      </Group>
      {Boolean(error || actionError) && (
        <Alert color="red" title={t('errors.title')} withCloseButton onClose={() => setActionError(null)}>
          {errorText(t, error ?? actionError)}
        </Alert>
      )}
      {!nothingYet && (
        <TextInput
          type="search"
          label={t('home.search')}
          placeholder={t('home.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="search"
        />
      )}
      {rows === null && !error && (
        <Center p="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {nothingYet && (
        <Paper withBorder p="xl" radius="md" data-testid="empty-state">
          <Stack align="center" gap="sm">
            <Title order={3}>{t('home.empty.title')}</Title>
            <Text c="dimmed" ta="center" maw={520}>
              {t('home.empty.body')}
            </Text>
            <Button onClick={() => setCreating(true)}>{t('home.new')}</Button>
          </Stack>
        </Paper>
      )}
      {rows !== null && rows.length === 0 && debounced.trim() && (
        <Text c="dimmed" data-testid="no-match">
          {t('home.noMatch', { search: debounced.trim() })}
        </Text>
      )}
      {rows !== null && rows.length > 0 && (
        <AssessmentTable
          rows={rows}
          onOpen={onOpen}
          action={{
            text: t('common.delete'),
            label: (row) => t('home.deleteLabel', { title: row.title }),
            color: 'red',
            onClick: (row) => void remove(row.id, row.title),
          }}
        />
      )}
      <NewAssessmentModal opened={creating} onClose={() => setCreating(false)} onCreated={(id) => onOpen(id)} />
    </Stack>
  );
}
