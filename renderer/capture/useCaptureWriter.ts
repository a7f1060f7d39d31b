/**
 * Every write the interview makes, one after the other (so a quick "3, 0, 4" lands in that
 * order and undo always sees the latest state), shown at once on screen while it is saved.
 * A failed answer stays reported, with its patch, until it is retried or another write works.
 */
import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../electron/contract/api.ts';
import type { Answer } from '../../electron/contract/capture-types.ts';
import { answerKey, type ShownAnswer } from './interview-model.ts';
import type { WorkspaceApi } from './useWorkspace.ts';

export type AnswerPatch = Omit<MethodInput<'answers.set'>, 'assessmentId'>;

interface Pending {
  token: number;
  patch: AnswerPatch;
}

const EMPTY: ShownAnswer = { level: null, na: false, naReason: '', note: '' };

/** The answer as it will be once the patch is saved (the same rules as the service). */
export function applyPatch(current: ShownAnswer, patch: AnswerPatch): ShownAnswer {
  const next = { ...current };
  if (patch.level !== undefined) {
    next.level = patch.level;
    if (patch.level !== null) next.na = false;
  }
  if (patch.na !== undefined) {
    next.na = patch.na;
    if (patch.na) next.level = null;
  }
  if (patch.naReason !== undefined) next.naReason = patch.naReason;
  if (patch.note !== undefined) next.note = patch.note;
  return next;
}

export function useCaptureWriter(ws: WorkspaceApi) {
  const wsRef = useRef(ws);
  wsRef.current = ws;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const counter = useRef(0);
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const [failure, setFailure] = useState<{ patch: AnswerPatch; error: unknown } | null>(null);

  /** Runs after every write already asked for, whether it worked or not. */
  const enqueue = useCallback(<T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(run, run);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const setAnswer = useCallback((patch: AnswerPatch): Promise<Answer> => {
    const key = answerKey(patch.questionId, patch.respondentId);
    counter.current += 1;
    const token = counter.current;
    setPending((p) => ({ ...p, [key]: { token, patch } }));
    // The outbox keeps the order and retries; answers do not wait for one another here.
    const done = wsRef.current.setAnswer(patch);
    done.then(
      () => setFailure(null),
      (error: unknown) => setFailure({ patch, error }),
    );
    void done
      .catch(() => undefined)
      .finally(() =>
        setPending((p) => {
          if (p[key]?.token !== token) return p;
          const { [key]: _, ...rest } = p;
          return rest;
        }),
      );
    return done;
  }, []);

  const undo = useCallback(() => enqueue(() => wsRef.current.undo()), [enqueue]);

  /** Respondent and evidence changes: after the answers on their way, then the workspace is reloaded. */
  const writeAndReload = useCallback(<T>(run: () => Promise<T>) => enqueue(() => wsRef.current.writeAndReload(run)), [enqueue]);

  const shown = useCallback(
    (questionId: string, respondentId: string): ShownAnswer => {
      const saved = ws.findAnswer(questionId, respondentId);
      const base: ShownAnswer = saved ? { level: saved.level, na: saved.na, naReason: saved.naReason, note: saved.note } : EMPTY;
      const p = pending[answerKey(questionId, respondentId)];
      if (p) return applyPatch(base, p.patch);
      // Changes kept from before a reload, still waiting in the outbox.
      let shownAnswer = base;
      for (const item of ws.outbox.items) {
        const input = item.input as AnswerPatch;
        if (item.method === 'answers.set' && input.questionId === questionId && input.respondentId === respondentId) {
          shownAnswer = applyPatch(shownAnswer, input);
        }
      }
      return shownAnswer;
    },
    [ws.findAnswer, ws.outbox, pending],
  );

  const retry = useCallback(() => {
    if (failure) void setAnswer(failure.patch).catch(() => undefined);
  }, [failure, setAnswer]);

  return {
    setAnswer,
    undo,
    writeAndReload,
    shown,
    pending,
    failure,
    retry,
    dismissFailure: useCallback(() => setFailure(null), []),
  };
}

export type CaptureWriter = ReturnType<typeof useCaptureWriter>;
