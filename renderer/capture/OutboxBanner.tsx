/**
 * While any change is unsent: how many are waiting and why, "Retry now", and the list of what
 * is waiting. Gone once the outbox is empty.
 */
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../electron/contract/capture-types.ts';
import { type OutboxSnapshot, waitReason } from './outbox.ts';

function questionCode(ws: Workspace | null, questionId: unknown): string {
  for (const s of ws?.framework.sections ?? []) {
    for (const d of s.dimensions) {
      const q = d.questions.find((x) => x.id === questionId);
      if (q) return String((q as { code?: string }).code ?? q.id);
    }
  }
  return String(questionId ?? '');
}

export function OutboxBanner({ outbox, workspace, onRetry }: { outbox: OutboxSnapshot; workspace: Workspace | null; onRetry: () => void }) {
  const { t } = useTranslation();
  const count = outbox.items.length;
  if (count === 0) return null;
  const seen = new Map<string, number>();
  const reason = outbox.error ? waitReason(outbox.error) : null;
  return (
    <Alert color={reason ? 'orange' : 'indigo'} variant="light" role="status" data-testid="outbox-banner" data-count={count}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={700} data-testid="outbox-count">
            {t('outbox.waiting', { count })}
          </Text>
          <Text size="sm">{reason ? t(`outbox.reason.${reason}`, { count }) : t('outbox.sending')}</Text>
          <List size="sm" mt={4} data-testid="outbox-items">
            {outbox.items.map((item) => {
              const nth = (seen.get(item.method + item.key) ?? 0) + 1;
              seen.set(item.method + item.key, nth);
              const input = item.input as Record<string, unknown>;
              const kind = item.method.split('.')[0];
              const code = input.questionId !== undefined ? questionCode(workspace, input.questionId) : '';
              return (
                <List.Item key={`${item.method}|${item.key}|${nth}`}>
                  {t(`outbox.item.${kind}`, { code, id: String(input.kpiId ?? input.dimensionId ?? input.id ?? '') })}
                </List.Item>
              );
            })}
          </List>
        </div>
        <Button size="xs" onClick={onRetry} data-testid="outbox-retry">
          {t('outbox.retryNow')}
        </Button>
      </Group>
    </Alert>
  );
}
