/**
 * Every field of one action, for the table's "Details" and the cards of the matrix and
 * the roadmap: description, dimensions, the linked KPI and its target, notes. Each field
 * is saved when it is left or chosen.
 */
import { Button, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action, Workspace } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { pickText } from '../frameworks/Localized.tsx';
import { ActionSelectField } from './ActionSelectField.tsx';
import { ActionTextField } from './ActionTextField.tsx';
import { DimensionsField } from './DimensionsField.tsx';
import { DueDateField } from './DueDateField.tsx';
import { KpiLinkFields } from './KpiLinkFields.tsx';
import { OverdueFlag } from './OverdueFlag.tsx';
import { isOverdue } from './plan-model.ts';

interface Props {
  action: Action | null;
  workspace: Workspace;
  today: string;
  updateAction: WorkspaceApi['updateAction'];
  onDelete: (action: Action) => void;
  onClose: () => void;
}

export function ActionDrawer({ action, workspace, today, updateAction, onDelete, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const fw = workspace.framework;
  const recommendation = action?.recommendationId ? fw.recommendations.find((r) => r.id === action.recommendationId) : undefined;
  const defaultAction = action?.defaultActionId ? fw.defaultActions.find((d) => d.id === action.defaultActionId) : undefined;
  // Leaving the field saves it: blur it before the drawer (and the field) goes away.
  const close = () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onClose();
  };
  return (
    <Drawer
      opened={action !== null}
      onClose={close}
      position="right"
      size="lg"
      title={t('plan.drawer.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {action && (
        <Stack gap="md" key={action.id} data-testid="action-drawer">
          <ActionTextField
            action={action}
            field="title"
            kind="wrap"
            updateAction={updateAction}
            label={t('plan.column.title')}
            testId="drawer-title"
          />
          <ActionTextField
            action={action}
            field="description"
            kind="multiline"
            updateAction={updateAction}
            label={t('plan.field.description')}
            testId="drawer-description"
          />
          {(recommendation || defaultAction) && (
            <Text size="xs" c="dimmed" data-testid="action-origin">
              {recommendation
                ? t('plan.drawer.fromRecommendation', { title: pickText(recommendation.title, i18n.language).value })
                : t('plan.drawer.fromDefault')}
            </Text>
          )}
          <DimensionsField action={action} framework={fw} updateAction={updateAction} />
          <SimpleGrid cols={2} spacing="md">
            <ActionTextField
              action={action}
              field="owner"
              kind="line"
              updateAction={updateAction}
              label={t('plan.column.owner')}
              placeholder={t('plan.field.ownerPlaceholder')}
              testId="drawer-owner"
            />
            <Stack gap={4}>
              <DueDateField action={action} updateAction={updateAction} label={t('plan.column.due')} testId="drawer-due" />
              {isOverdue(action, today) && <OverdueFlag size="sm" />}
            </Stack>
            <ActionSelectField
              action={action}
              field="status"
              updateAction={updateAction}
              label={t('plan.column.status')}
              testId="drawer-status"
            />
            <ActionSelectField
              action={action}
              field="horizon"
              updateAction={updateAction}
              label={t('plan.column.horizon')}
              testId="drawer-horizon"
            />
            <ActionSelectField
              action={action}
              field="impact"
              updateAction={updateAction}
              label={t('plan.column.impact')}
              testId="drawer-impact"
            />
            <ActionSelectField
              action={action}
              field="effort"
              updateAction={updateAction}
              label={t('plan.column.effort')}
              testId="drawer-effort"
            />
          </SimpleGrid>
          <KpiLinkFields action={action} framework={fw} baselines={workspace.kpis} updateAction={updateAction} />
          <ActionTextField
            action={action}
            field="notes"
            kind="multiline"
            updateAction={updateAction}
            label={t('plan.field.notes')}
            testId="drawer-notes"
          />
          <Text size="xs" c="dimmed">
            {t('plan.drawer.savedHint')}
          </Text>
          <Group justify="space-between">
            <Button color="red" variant="light" onClick={() => onDelete(action)} data-testid="drawer-delete">
              {t('plan.drawer.delete')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
