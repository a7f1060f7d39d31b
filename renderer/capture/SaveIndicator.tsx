/** The quiet "Saved" beside the capture screens; an error says what went wrong instead. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../common/error-text.ts';
import type { SaveState } from './useWorkspace.ts';

/** "Saved" shows only when nothing is waiting in the outbox. */
export function SaveIndicator({ state, waiting = 0 }: { state: SaveState; waiting?: number }) {
  const { t } = useTranslation();
  let text = '';
  let color = 'dimmed';
  if (state.kind === 'saving') text = t('capture.saving');
  if (state.kind === 'saved') text = t('capture.saved');
  if (state.kind === 'error') {
    text = errorText(t, state.error);
    color = 'red';
  }
  let kind: string = state.kind;
  if (waiting > 0) {
    text = t('outbox.waiting', { count: waiting });
    color = 'orange';
    kind = 'waiting';
  }
  return (
    <Text size="sm" c={color} aria-live="polite" data-testid="save-indicator" data-state={kind} maw={480} lineClamp={2}>
      {text}
    </Text>
  );
}
