/**
 * A free-text field saved while typing (after a pause) and when it is left. What is typed
 * stays in the field whatever happens: a save error is shown next to it and the next pause
 * or blur tries again; text over the limit is kept, marked, and not sent.
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldError } from '../common/error-text.ts';
import { FLUSH_EVENT } from '../common/useFlushOnHide.ts';

export const AUTOSAVE_DELAY_MS = 800;

interface Options {
  /** The value as saved (from the workspace). */
  saved: string;
  /** Writes the value; rejects with the API error. */
  save: (value: string) => Promise<unknown>;
  /** Longest value accepted, in characters. */
  max: number;
  /** The input field the service names in its validation errors. */
  field: string;
  /** The message for text over the limit, given the limit and the length, both formatted. */
  tooLongMessage: (max: string, length: string) => string;
  delay?: number;
}

export function useAutosaveText({ saved, save, max, field, tooLongMessage, delay = AUTOSAVE_DELAY_MS }: Options) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState(saved);
  const [saveError, setSaveError] = useState<string | undefined>();
  const valueRef = useRef(saved);
  /** The last value sent (or received); null after a failed save, so the next flush retries. */
  const lastSent = useRef<string | null>(saved);
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const next = valueRef.current;
    if (next === lastSent.current || next.length > max) return;
    lastSent.current = next;
    inFlight.current++;
    // One save at a time, in the order typed, so an older text never lands after a newer one.
    queue.current = queue.current.then(() =>
      saveRef.current(next).then(
        () => {
          inFlight.current--;
          if (valueRef.current === next) setSaveError(undefined);
        },
        (e: unknown) => {
          inFlight.current--;
          if (lastSent.current === next) lastSent.current = null;
          setSaveError(fieldError(t, e, field) ?? errorText(t, e));
        },
      ),
    );
  }, [max, field, t]);

  // Take a value saved elsewhere (or normalised by the service) only when nothing here is pending.
  useEffect(() => {
    if (saved === valueRef.current) {
      lastSent.current = saved;
      return;
    }
    if (inFlight.current === 0 && timer.current === undefined && valueRef.current === lastSent.current) {
      valueRef.current = saved;
      lastSent.current = saved;
      setValue(saved);
    }
  }, [saved]);

  // Leaving the view (or the question) saves what is pending.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);
  // The page hiding or closing (pagehide, visibilitychange, the host's flush) sends what was typed at once.
  useEffect(() => {
    const onFlush = () => flushRef.current();
    window.addEventListener(FLUSH_EVENT, onFlush);
    return () => window.removeEventListener(FLUSH_EVENT, onFlush);
  }, []);

  const onChange = useCallback(
    (next: string) => {
      valueRef.current = next;
      setValue(next);
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = next.length > max ? undefined : setTimeout(flush, delay);
    },
    [flush, delay, max],
  );

  const tooLong = value.length > max;
  const format = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const error = tooLong ? tooLongMessage(format(max), format(value.length)) : saveError;
  return { value, onChange, onBlur: flush, flush, error, tooLong };
}
