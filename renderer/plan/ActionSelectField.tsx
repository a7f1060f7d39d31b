/** Status, horizon, impact or effort of an action: a choice saved the moment it is made. */
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_HORIZONS, ACTION_STATUSES, type Action } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { useActionField } from './useActionField.ts';

type ChoiceField = 'status' | 'horizon' | 'impact' | 'effort';

interface Props {
  action: Action;
  field: ChoiceField;
  updateAction: WorkspaceApi['updateAction'];
  label: string;
  hiddenLabel?: boolean;
  size?: 'xs' | 'sm';
  /** Narrow, for a table cell: smaller text and padding so that the choice stays readable. */
  compact?: boolean;
  testId?: string;
}

export function ActionSelectField({ action, field, updateAction, label, hiddenLabel, size = 'sm', compact, testId }: Props) {
  const { t } = useTranslation();
  const f = useActionField(action, field, updateAction);
  const data =
    field === 'status'
      ? ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))
      : field === 'horizon'
        ? ACTION_HORIZONS.map((h) => ({ value: h, label: t(`horizon.${h}`) }))
        : [1, 2, 3].map((n) => ({ value: String(n), label: t(`plan.scale.${n}`) }));
  const numeric = field === 'impact' || field === 'effort';

  return (
    <NativeSelect
      {...(hiddenLabel ? { 'aria-label': label } : { label })}
      size={size}
      data={data}
      value={String(f.draft)}
      error={f.error}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        const value = (numeric ? Number(raw) : raw) as Action[ChoiceField];
        f.setDraft(value);
        void f.commit(value);
      }}
      rightSectionWidth={compact ? 20 : undefined}
      styles={compact ? { input: { paddingInlineStart: 8, paddingInlineEnd: 20, fontSize: 13 } } : undefined}
      data-testid={testId}
    />
  );
}
