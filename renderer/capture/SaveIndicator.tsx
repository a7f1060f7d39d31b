/** The quiet "Saved" beside the capture screens; an error says what went wrong instead. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../common/error-text.ts';
import type { SaveState } from './useWorkspace.ts';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  let text = '';
  let color = 'dimmed';
  if (state.kind === 'saving') text = t('capture.saving');
  if (state.kind === 'saved') text = t('capture.saved');
  if (state.kind === 'error') {
    text = errorText(t, state.error);
    color = 'red';
  }
  return (
    <Text size="sm" c={color} aria-live="polite" data-testid="save-indicator" data-state={state.kind} maw={480} lineClamp={2}>
      {text}
    </Text>
  );
}
