/**
 * Home: the assessments, newest change first, with search, the empty state (with the demo),
 * "New assessment", "Import package…", and the notice of a database recovered on start.
 */
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../electron/contract/api.ts';
import { call } from '../api/client.ts';
import { readableAlert } from '../backups/readable-alert.ts';
import { errorText } from '../common/error-text.ts';
import type { UndoOffer } from '../common/UndoBar.tsx';
import { AssessmentTable } from './AssessmentTable.tsx';
import { ImportPackage, type ImportPackageHandle } from './ImportPackage.tsx';
import { NewAssessmentModal } from './NewAssessmentModal.tsx';
import { useAssessments } from './useAssessments.ts';

/** What the menu asked of the home screen; cleared once done, so it is not done again on the next visit. */
export type HomeRequest = 'new-assessment' | 'import' | 'import-file' | null;

interface Props {
  onOpen: (id: string) => void;
  onShowDeleted: () => void;
  onShowBackups: () => void;
  onUndoOffer: (offer: UndoOffer) => void;
  /** From the menu: File > New assessment or File > Import package. */
  request: { kind: HomeRequest; key: number; file?: { name: string; content?: string; error?: string } };
  onRequestDone: () => void;
  /** Set when the database was found damaged on start. */
  recovery: AppInfo['recovery'];
}

export function HomeScreen({ onOpen, onShowDeleted, onShowBackups, onUndoOffer, request, onRequestDone, recovery }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const { rows, error, reload } = useAssessments(debounced.trim(), false);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [importProblem, setImportProblem] = useState<{ fileName: string; message: string } | null>(null);
  const [importHint, setImportHint] = useState(false);
  const [demoBusy, setDemoBusy] = useState(false);
  const importer = useRef<ImportPackageHandle>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per request (its key), not when the callbacks change.
  useEffect(() => {
    if (request.kind === 'new-assessment') setCreating(true);
    else if (request.kind === 'import') setImportHint(!importer.current?.requestPick());
    else if (request.kind === 'import-file' && request.file) {
      const { name, content, error } = request.file;
      if (content !== undefined) importer.current?.importFile(name, content);
      else setImportProblem({ fileName: name, message: error ?? '' });
    }
    if (request.kind) onRequestDone();
  }, [request.key]);

  async function openDemo() {
    setDemoBusy(true);
    try {
      const demo = await call('samples.openDemo', {});
      onOpen(demo.id);
    } catch (e) {
      setActionError(e);
    } finally {
      setDemoBusy(false);
    }
  }

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
          <ImportPackage
            ref={importer}
            onImported={(id) => {
              setImportHint(false);
              onOpen(id);
            }}
            onProblem={(problem) => {
              setImportHint(false);
              setImportProblem(problem);
            }}
          />
          <Button onClick={() => setCreating(true)} data-testid="new-assessment">
            {t('home.new')}
          </Button>
        </Group>
      </Group>
      {recovery && (
        <Alert {...readableAlert('orange')} title={t('backups.recoveryTitle')} data-testid="recovery-notice">
          <Stack gap={4}>
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {t('recovery.notice', { movedTo: recovery.movedTo })}
            </Text>
            <Text size="sm">
              {recovery.restoredFrom ? t('recovery.restored', { name: recovery.restoredFrom }) : t('recovery.noBackup')}
            </Text>
            <Anchor component="button" type="button" size="sm" ta="start" onClick={onShowBackups} data-testid="recovery-backups">
              {t('backups.open')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {importHint && (
        <Alert
          {...readableAlert('blue')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setImportHint(false)}
          data-testid="import-hint"
        >
          {t('importing.hint')}
        </Alert>
      )}
      {importProblem && (
        <Alert
          {...readableAlert('red')}
          title={t('importing.failed', { file: importProblem.fileName })}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setImportProblem(null)}
          data-testid="import-problem"
        >
          <Text size="sm" style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>
            {importProblem.message}
          </Text>
        </Alert>
      )}
      {Boolean(error || actionError) && (
        <Alert {...readableAlert('red')} title={t('errors.title')} withCloseButton onClose={() => setActionError(null)}>
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
            <Group justify="center">
              <Button onClick={() => setCreating(true)}>{t('home.new')}</Button>
              <Button variant="light" loading={demoBusy} onClick={() => void openDemo()} data-testid="open-demo">
                {t('importing.openDemo')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              {t('importing.demoHelp')}
            </Text>
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
