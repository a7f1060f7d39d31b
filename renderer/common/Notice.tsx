/** A dismissible message for things that went wrong or are not available. */
import { Notification } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Notice({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Notification
      role="alert"
      color="orange"
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      style={{ position: 'fixed', top: 72, right: 24, zIndex: 300, maxWidth: 420 }}
    >
      {message}
    </Notification>
  );
}
