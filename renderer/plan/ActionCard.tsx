/**
 * One action as a card of the matrix or the roadmap: a button that opens the action's
 * editor. Title (wrapped), status, due date (with "Overdue"), owner.
 */
import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import { OverdueFlag } from './OverdueFlag.tsx';
import classes from './plan.module.css';
import { formatDue, isOverdue } from './plan-model.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface Props {
  action: Action;
  today: string;
  onOpen: (id: string) => void;
  /** Extra line, e.g. the dimensions on the roadmap or the horizon in the matrix. */
  detail?: string;
}

export function ActionCard({ action, today, onOpen, detail }: Props) {
  const { t, i18n } = useTranslation();
  const overdue = isOverdue(action, today);
  return (
    <UnstyledButton
      className={classes.card}
      onClick={() => onOpen(action.id)}
      data-status={action.status}
      data-overdue={overdue}
      data-action-id={action.id}
      data-action-focus={action.id}
      data-testid="action-card"
    >
      <span className={classes.cardTitle}>{action.title}</span>
      <Group gap={6} wrap="wrap">
        <StatusBadge status={action.status} />
        {action.due && (
          <Text component="span" size="xs" c="dimmed">
            {t('plan.card.due', { date: formatDue(action.due, i18n.language) })}
          </Text>
        )}
        {overdue && <OverdueFlag />}
      </Group>
      {(action.owner || detail) && (
        <Text component="span" size="xs" c="dimmed">
          {[action.owner, detail].filter(Boolean).join(' · ')}
        </Text>
      )}
    </UnstyledButton>
  );
}
