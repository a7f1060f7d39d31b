/** An action's status as a badge: a symbol and the word, so colour is never the only sign. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../electron/contract/capture-types.ts';

/** Text and background pairs above the WCAG AA contrast ratio (4.5:1), on white and grey cards alike. */
const LOOK: Record<ActionStatus, { fg: string; bg: string; symbol: string }> = {
  'not-started': { fg: '#343a40', bg: '#e9ecef', symbol: '○' },
  'in-progress': { fg: '#1a4a91', bg: '#e3edfc', symbol: '◐' },
  done: { fg: '#1b5e20', bg: '#dcf2e0', symbol: '✓' },
  blocked: { fg: '#9b1c1c', bg: '#fbe3e3', symbol: '■' },
};

export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <Badge
      component="span"
      variant="filled"
      size="sm"
      radius="sm"
      tt="none"
      leftSection={<span aria-hidden>{look.symbol}</span>}
      data-testid="status-badge"
      data-status={status}
      styles={{ root: { flexShrink: 0, background: look.bg, color: look.fg } }}
    >
      {t(`actionStatus.${status}`)}
    </Badge>
  );
}
