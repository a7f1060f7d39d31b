/**
 * The due date of an action: the system's date input (YYYY-MM-DD underneath, the
 * interface language's calendar on screen), saved when it is left or on Enter. An
 * incomplete date is not saved: it stays as typed, with the error at the field.
 */
import { TextInput } from '@mantine/core';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { useFlushOnHide } from '../common/useFlushOnHide.ts';
import { useActionField } from './useActionField.ts';

interface Props {
  action: Action;
  updateAction: WorkspaceApi['updateAction'];
  label: string;
  hiddenLabel?: boolean;
  size?: 'xs' | 'sm';
  testId?: string;
}

export function DueDateField({ action, updateAction, label, hiddenLabel, size = 'sm', testId }: Props) {
  const { t } = useTranslation();
  const f = useActionField(action, 'due', updateAction);

  function save(input: HTMLInputElement) {
    if (input.validity.badInput) {
      f.setError(t('plan.field.dueIncomplete'));
      return;
    }
    void f.commit(input.value);
  }

  // Closing or hiding the page sends a date typed but not yet left.
  useFlushOnHide(() => {
    if (f.draft !== action.due) void f.commit(f.draft);
  });

  return (
    <TextInput
      type="date"
      {...(hiddenLabel ? { 'aria-label': label } : { label })}
      size={size}
      value={f.draft}
      error={f.error}
      onChange={(e) => f.setDraft(e.currentTarget.value)}
      onBlur={(e: FocusEvent<HTMLInputElement>) => save(e.currentTarget)}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save(e.currentTarget);
        }
      }}
      styles={hiddenLabel ? { input: { paddingInline: 8 } } : undefined}
      data-testid={testId}
    />
  );
}
