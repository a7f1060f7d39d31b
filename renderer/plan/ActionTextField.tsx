/**
 * A text field of an action (title, owner, description, notes), saved when it is left or
 * on Enter; in a one-line field Escape puts the saved text back. A title wraps over
 * several lines (long Japanese or Spanish titles stay readable) but stays one line of text.
 */
import { Textarea, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { useActionField } from './useActionField.ts';

type TextField = 'title' | 'owner' | 'description' | 'notes';

interface Props {
  action: Action;
  field: TextField;
  updateAction: WorkspaceApi['updateAction'];
  label: string;
  /** Label read by assistive technology only (the table's column header shows it). */
  hiddenLabel?: boolean;
  /** 'wrap': one line of text shown wrapped; 'line': a plain one-line input; 'multiline': paragraphs. */
  kind: 'wrap' | 'line' | 'multiline';
  placeholder?: string;
  description?: string;
  size?: 'xs' | 'sm';
  testId?: string;
  /** Marks the field that gets the focus when its action is added. */
  focusTarget?: boolean;
}

export function ActionTextField({
  action,
  field,
  updateAction,
  label,
  hiddenLabel,
  kind,
  placeholder,
  description,
  size = 'sm',
  testId,
  focusTarget,
}: Props) {
  const f = useActionField(action, field, updateAction);
  const value = f.draft as string;
  const labelProps = hiddenLabel ? { 'aria-label': label } : { label };
  const common = {
    ...labelProps,
    description,
    placeholder,
    size,
    value,
    error: f.error,
    onBlur: () => void f.commit(),
    // In a table cell (label hidden) the text gets the room the padding would take.
    styles: hiddenLabel ? { input: { paddingInline: 8 } } : undefined,
    'data-testid': testId,
    'data-action-focus': focusTarget ? action.id : undefined,
  };

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key === 'Escape' && kind !== 'multiline' && (value !== f.saved || f.error)) {
      e.stopPropagation();
      f.reset();
    }
    if (e.key === 'Enter' && kind !== 'multiline' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void f.commit();
    }
  }

  if (kind === 'line') {
    return <TextInput {...common} onChange={(e) => f.setDraft(e.currentTarget.value)} onKeyDown={onKeyDown} />;
  }
  return (
    <Textarea
      {...common}
      autosize
      minRows={kind === 'multiline' ? 3 : 1}
      maxRows={kind === 'multiline' ? 12 : 6}
      onChange={(e) => {
        const text = e.currentTarget.value;
        f.setDraft(kind === 'wrap' ? text.replace(/[\r\n]+/g, ' ') : text);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
