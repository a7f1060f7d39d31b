/** "Assessment deleted — Undo": shown for a few seconds after a destructive action. */
import { Button, Group, Notification } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
  /** Changes each time, so the same message offered twice restarts the timer. */
  key: number;
}

export const UNDO_SECONDS = 8;

export function UndoBar({ offer, onDone }: { offer: UndoOffer | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!offer) return;
    const timer = window.setTimeout(onDone, UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [offer, onDone]);
  if (!offer) return null;
  return (
    <Notification
      role="status"
      withCloseButton
      closeButtonProps={{ 'aria-label': t('common.close') }}
      onClose={onDone}
      style={{ position: 'fixed', bottom: 24, left: '50%', transform: 'translateX(-50%)', zIndex: 300, minWidth: 360 }}
      data-testid="undo-bar"
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <span>{offer.message}</span>
        <Button
          size="xs"
          variant="light"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await offer.undo();
            } finally {
              setBusy(false);
              onDone();
            }
          }}
        >
          {t('common.undo')}
        </Button>
      </Group>
    </Notification>
  );
}
