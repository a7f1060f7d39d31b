/** N/A needs a reason: a small dialog, Enter saves (Shift+Enter for a new line), Esc cancels. */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../electron/contract/capture-types.ts';
import { errorText, fieldError } from '../common/error-text.ts';

interface Props {
  opened: boolean;
  questionId: string;
  initialReason: string;
  onClose: () => void;
  onSave: (reason: string) => Promise<unknown>;
}

export function NaReasonModal({ opened, questionId, initialReason, onClose, onSave }: Props) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setReason(initialReason);
      setError(null);
    }
  }, [opened, initialReason]);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      setError(t('capture.interview.na.reasonRequired'));
      return;
    }
    if (reason.length > NOTE_MAX) {
      setError(t('errors.tooLong', { max: NOTE_MAX.toLocaleString(i18n.language) }));
      return;
    }
    setBusy(true);
    try {
      await onSave(reason);
      onClose();
    } catch (err) {
      setError(fieldError(t, err, 'naReason') ?? errorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('capture.interview.na.title', { id: questionId })}
      transitionProps={{ duration: 80 }}
      data-testid="na-modal"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('capture.interview.na.reason')}
            description={t('capture.interview.na.reasonHelp')}
            required
            data-autofocus
            autosize
            minRows={2}
            maxRows={8}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void submit();
              }
            }}
            error={error}
            data-testid="na-reason"
          />
          <Text size="xs" c="dimmed">
            {t('capture.interview.na.keys')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="na-save">
              {t('capture.interview.na.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
