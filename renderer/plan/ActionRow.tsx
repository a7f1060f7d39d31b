/** One action in the table, every field edited in place and saved at once. */
import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { ActionSelectField } from './ActionSelectField.tsx';
import { ActionTextField } from './ActionTextField.tsx';
import { DueDateField } from './DueDateField.tsx';
import { OverdueFlag } from './OverdueFlag.tsx';
import { isOverdue } from './plan-model.ts';

interface Props {
  action: Action;
  today: string;
  updateAction: WorkspaceApi['updateAction'];
  dimensionTitle: (id: string) => string;
  onOpen: (id: string) => void;
  onDelete: (action: Action) => void;
}

export function ActionRow({ action, today, updateAction, dimensionTitle, onOpen, onDelete }: Props) {
  const { t } = useTranslation();
  const title = action.title;
  const label = (column: string) => t('plan.table.fieldOf', { field: t(`plan.column.${column}`), title });
  return (
    <Table.Tr data-testid="action-row" data-action-id={action.id} style={{ verticalAlign: 'top' }}>
      <Table.Td>
        <ActionTextField
          action={action}
          field="title"
          kind="wrap"
          updateAction={updateAction}
          label={label('title')}
          hiddenLabel
          testId="action-title"
          focusTarget
        />
      </Table.Td>
      <Table.Td>
        {action.dimensionIds.length ? (
          <Stack gap={2} pt={6}>
            {action.dimensionIds.map((d) => (
              <Text key={d} size="xs" lh={1.3}>
                {dimensionTitle(d)}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="xs" c="dimmed" pt={6}>
            {t('plan.noDimension')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ActionTextField
          action={action}
          field="owner"
          kind="wrap"
          updateAction={updateAction}
          label={label('owner')}
          hiddenLabel
          placeholder={t('plan.field.ownerPlaceholder')}
          testId="action-owner"
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <DueDateField action={action} updateAction={updateAction} label={label('due')} hiddenLabel testId="action-due" />
          {isOverdue(action, today) && <OverdueFlag />}
        </Stack>
      </Table.Td>
      <Table.Td>
        <ActionSelectField
          action={action}
          field="status"
          updateAction={updateAction}
          label={label('status')}
          hiddenLabel
          compact
          testId="action-status"
        />
      </Table.Td>
      <Table.Td>
        <ActionSelectField
          action={action}
          field="horizon"
          updateAction={updateAction}
          label={label('horizon')}
          hiddenLabel
          compact
          testId="action-horizon"
        />
      </Table.Td>
      <Table.Td>
        <ActionSelectField
          action={action}
          field="impact"
          updateAction={updateAction}
          label={label('impact')}
          hiddenLabel
          compact
          testId="action-impact"
        />
      </Table.Td>
      <Table.Td>
        <ActionSelectField
          action={action}
          field="effort"
          updateAction={updateAction}
          label={label('effort')}
          hiddenLabel
          compact
          testId="action-effort"
        />
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="stretch">
          <Button size="compact-xs" variant="light" onClick={() => onOpen(action.id)} aria-label={t('plan.table.detailsOf', { title })}>
            {t('plan.table.details')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            c="red.9"
            onClick={() => onDelete(action)}
            aria-label={t('plan.table.deleteOf', { title })}
          >
            {t('common.delete')}
          </Button>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
