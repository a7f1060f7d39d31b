/**
 * The backups of the database: when, why, how big; "Back up now"; and "Restore", which
 * first backs up the current state (so a restore can itself be undone).
 */
import { Alert, Button, Center, Group, Loader, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../electron/contract/api.ts';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { readableAlert } from './readable-alert.ts';

const KNOWN_REASONS = ['start', 'periodic', 'before-migration', 'before-import', 'before-restore', 'manual'];

interface Props {
  onShowList: () => void;
  /** Called after a restore, for the app to pick up what the restored database holds. */
  onRestored: () => void | Promise<void>;
}

export function formatSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function formatBackupTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function BackupsScreen({ onShowList, onRestored }: Props) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [restored, setRestored] = useState<{ name: string; createdAt: string; safety: string } | null>(null);

  const reason = (b: BackupInfo) => t(`backups.reason.${KNOWN_REASONS.includes(b.reason) ? b.reason : 'unknown'}`);
  // With seconds: backups minutes apart (a restore and its safety backup) must be told apart, and so must their Restore buttons.
  const date = (iso: string) => formatBackupTime(iso, i18n.language);

  const reload = useCallback(async () => {
    try {
      setBackups(await call('backups.list', {}));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function backUpNow() {
    setCreating(true);
    setCreated(null);
    setRestored(null);
    try {
      const made = await call('backups.create', {});
      setCreated(made.name);
      await reload();
    } catch (e) {
      setError(e);
    } finally {
      setCreating(false);
    }
  }

  async function restore(backup: BackupInfo) {
    setRestoring(true);
    setRestoreError(null);
    try {
      const result = await call('backups.restore', { name: backup.name });
      setConfirming(null);
      setCreated(null);
      setRestored({ name: baseName(result.restoredFrom), createdAt: backup.createdAt, safety: result.safetyBackup });
      await onRestored();
      await reload();
    } catch (e) {
      setRestoreError(e);
    } finally {
      setRestoring(false);
    }
  }

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('backups.title')}</Title>
        <Button onClick={() => void backUpNow()} loading={creating} data-testid="backup-now">
          {t('backups.now')}
        </Button>
      </Group>
      <Text c="dimmed" maw={820}>
        {t('backups.intro')}
      </Text>
      {restored && (
        <Alert {...readableAlert('green')} title={t('backups.restored.title')} data-testid="backup-restored" role="status">
          <Stack gap="xs">
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {t('backups.restored.body', { date: date(restored.createdAt), name: restored.name })}
            </Text>
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {t('backups.restored.safety', { name: restored.safety })}
            </Text>
            <Group>
              <Button size="xs" onClick={onShowList} data-testid="backup-to-list">
                {t('backups.restored.toList')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {created && (
        <Alert
          {...readableAlert('green')}
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setCreated(null)}
          data-testid="backup-created"
        >
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {t('backups.created', { name: created })}
          </Text>
        </Alert>
      )}
      {Boolean(error) && (
        <Alert
          {...readableAlert('red')}
          title={t('errors.title')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setError(null)}
        >
          {errorText(t, error)}
        </Alert>
      )}
      {backups === null && !error && (
        <Center p="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {backups?.length === 0 && (
        <Paper withBorder p="xl" radius="md" data-testid="backups-empty">
          <Stack align="center" gap="sm">
            <Title order={3}>{t('backups.empty.title')}</Title>
            <Text c="dimmed" ta="center" maw={520}>
              {t('backups.empty.body')}
            </Text>
          </Stack>
        </Paper>
      )}
      {backups && backups.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="backups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.columns.date')}</Table.Th>
              <Table.Th>{t('backups.columns.reason')}</Table.Th>
              <Table.Th ta="end">{t('backups.columns.size')}</Table.Th>
              <Table.Th>{t('backups.columns.file')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('backups.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.name} data-testid="backup-row">
                <Table.Td fw={600}>{date(b.createdAt)}</Table.Td>
                <Table.Td>{reason(b)}</Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {formatSize(b.size, i18n.language)}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {b.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('backups.restoreLabel', { date: date(b.createdAt), reason: reason(b) })}
                    onClick={() => {
                      setRestoreError(null);
                      setConfirming(b);
                    }}
                    data-testid="backup-restore"
                  >
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => !restoring && setConfirming(null)}
        title={t('backups.confirm.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {confirming && (
          <Stack gap="md" data-testid="backup-confirm">
            <Text>{t('backups.confirm.body', { date: date(confirming.createdAt), reason: reason(confirming) })}</Text>
            <Text size="sm">{t('backups.confirm.safety')}</Text>
            {Boolean(restoreError) && (
              <Alert {...readableAlert('red')} title={t('errors.title')}>
                {errorText(t, restoreError)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)} disabled={restoring}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void restore(confirming)} loading={restoring} data-autofocus data-testid="backup-confirm-restore">
                {t('backups.confirm.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
