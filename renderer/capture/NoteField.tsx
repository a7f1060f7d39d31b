/**
 * The note on one answer. Saved while typing (after a short pause) and when the field is
 * left; E focuses it, Esc leaves it. What is typed is kept in the window until it is saved,
 * so a note that is too long, or a reload mid-sentence, loses nothing.
 */

import { Text, Textarea } from '@mantine/core';
import { type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX } from '../../electron/contract/capture-types.ts';
import { errorText, fieldError } from '../common/error-text.ts';
import { FLUSH_EVENT } from '../common/useFlushOnHide.ts';
import { loadDraft, saveDraft } from './interview-storage.ts';

export const NOTE_DEBOUNCE_MS = 600;

interface Props {
  assessmentId: string;
  draftKey: string;
  savedNote: string;
  label: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  onSave: (note: string) => Promise<unknown>;
}

export function NoteField({ assessmentId, draftKey, savedNote, label, disabled, inputRef, onSave }: Props) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState(() => loadDraft(assessmentId, draftKey) ?? savedNote);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ value, savedNote, onSave });
  latest.current = { value, savedNote, onSave };
  const tooLong = value.length > NOTE_MAX;

  // A change from elsewhere (undo, another window) shows when nobody is typing here.
  useEffect(() => {
    if (!focused.current && loadDraft(assessmentId, draftKey) === null) setValue(savedNote);
  }, [savedNote, assessmentId, draftKey]);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const { value: text, savedNote: saved, onSave: save } = latest.current;
    if (text === saved || text.length > NOTE_MAX) return;
    setStatus('saving');
    try {
      await save(text);
      if (latest.current.value === text) saveDraft(assessmentId, draftKey, null);
      setError(null);
      setStatus('saved');
    } catch (e) {
      setError(fieldError(t, e, 'note') ?? errorText(t, e));
      setStatus('idle');
    }
  }, [assessmentId, draftKey, t]);

  // The page hiding or closing (pagehide, visibilitychange, the host's flush) sends what was typed at once.
  useEffect(() => {
    const onFlush = () => void flush();
    window.addEventListener(FLUSH_EVENT, onFlush);
    return () => window.removeEventListener(FLUSH_EVENT, onFlush);
  }, [flush]);

  // Leaving the question (or the tab) saves what is pending.
  useEffect(
    () => () => {
      const { value: text, savedNote: saved } = latest.current;
      if (text !== saved && text.length <= NOTE_MAX) void flush();
    },
    [flush],
  );

  const limitMessage = tooLong ? t('errors.tooLong', { max: NOTE_MAX.toLocaleString(i18n.language) }) : null;
  const count =
    value.length > NOTE_MAX * 0.9
      ? t('capture.interview.note.count', {
          chars: value.length.toLocaleString(i18n.language),
          max: NOTE_MAX.toLocaleString(i18n.language),
        })
      : null;

  return (
    <div>
      <Textarea
        ref={inputRef}
        label={label}
        placeholder={t('capture.interview.note.placeholder')}
        rows={4}
        resize="vertical"
        disabled={disabled}
        value={value}
        error={limitMessage ?? error}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setValue(text);
          setStatus('idle');
          saveDraft(assessmentId, draftKey, text === latest.current.savedNote ? null : text);
          window.clearTimeout(timer.current);
          if (text.length <= NOTE_MAX) timer.current = window.setTimeout(() => void flush(), NOTE_DEBOUNCE_MS);
        }}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          void flush();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            e.currentTarget.blur();
          }
        }}
        aria-keyshortcuts="E"
        data-testid="note-field"
      />
      <Text size="xs" c={tooLong ? 'red.8' : 'dimmed'} mt={4} aria-live="polite" data-testid="note-status" mih={18}>
        {count ? `${count} · ` : ''}
        {status === 'saving'
          ? t('capture.saving')
          : status === 'saved'
            ? t('capture.saved')
            : tooLong
              ? ''
              : t('capture.interview.note.hint')}
      </Text>
    </div>
  );
}
