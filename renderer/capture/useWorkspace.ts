/**
 * The capture screens' state: the workspace of one assessment, and every write to it.
 * A write goes to the service at once (saved when given, no save button); the screen
 * shows the saved value the service returns. Answer changes can be undone (Ctrl/Cmd+Z).
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { MethodInput, MethodResult } from '../../electron/contract/api.ts';
import type { Action, Answer, ConsensusEntry, Workspace } from '../../electron/contract/capture-types.ts';
import { call } from '../api/client.ts';
import { Outbox, type OutboxItem, type OutboxMethod } from './outbox.ts';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; error: unknown };

type AnswerPatch = MethodInput<'answers.set'>;

const answerKey = (questionId: string, respondentId: string) => `${questionId}|${respondentId}`;

const applyAnswer = (ws: Workspace, answer: Answer): Workspace => ({
  ...ws,
  answers: [
    ...ws.answers.filter((a) => answerKey(a.questionId, a.respondentId) !== answerKey(answer.questionId, answer.respondentId)),
    answer,
  ],
});

/** Action plan writes: the saved action replaces the one shown (or is added). */
const applyAction = (ws: Workspace, action: Action): Workspace => {
  const others = ws.actions.filter((a) => a.id !== action.id);
  return { ...ws, actions: [...others, action].sort((x, y) => x.position - y.position) };
};

/** What an acknowledged outbox change does to the workspace shown. */
function applyAck(ws: Workspace, item: OutboxItem, value: unknown): Workspace {
  const input = item.input as Record<string, unknown>;
  switch (item.method) {
    case 'answers.set':
      return applyAnswer(ws, value as Answer);
    case 'consensus.set': {
      const entry = value as ConsensusEntry | null;
      return { ...ws, consensus: [...ws.consensus.filter((c) => c.questionId !== input.questionId), ...(entry ? [entry] : [])] };
    }
    case 'dimensions.set': {
      const setting = value as Workspace['dimensionSettings'][number];
      return { ...ws, dimensionSettings: [...ws.dimensionSettings.filter((d) => d.dimensionId !== setting.dimensionId), setting] };
    }
    case 'kpis.set': {
      const kpi = value as Workspace['kpis'][number];
      return { ...ws, kpis: [...ws.kpis.filter((k) => k.kpiId !== kpi.kpiId), kpi] };
    }
    case 'discussion.set': {
      const note = value as Workspace['discussion'][number];
      return { ...ws, discussion: [...ws.discussion.filter((d) => d.questionId !== input.questionId), note] };
    }
    case 'actions.update':
      return applyAction(ws, value as Action);
  }
}

/** The outbox key of a change: the same key means the same thing changed (a later change may supersede). */
function outboxKey(method: OutboxMethod, input: Record<string, unknown>): string {
  const id = (name: string) => String(input[name] ?? '');
  if (method === 'answers.set') return `${id('questionId')}|${id('respondentId')}`;
  if (method === 'consensus.set' || method === 'discussion.set') return id('questionId');
  if (method === 'dimensions.set') return id('dimensionId');
  if (method === 'kpis.set') return id('kpiId');
  return id('id');
}

export function useWorkspace(assessmentId: string) {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [outbox] = useState(
    () =>
      new Outbox(assessmentId, (item, value) => {
        setWorkspace((ws) => (ws ? applyAck(ws, item, value) : ws));
        if (outbox.size === 0) setSave({ kind: 'saved', at: Date.now() });
      }),
  );
  useEffect(() => {
    outbox.open();
    return () => outbox.close();
  }, [outbox]);
  const outboxState = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);

  /** Sends one change through the outbox; resolves once saved, rejects only if the service refuses it for good. */
  const send = useCallback(
    async <M extends OutboxMethod>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
      setSave({ kind: 'saving' });
      try {
        return await outbox.send(outboxKey(method, input as Record<string, unknown>), method, input);
      } catch (e) {
        setSave({ kind: 'error', error: e });
        throw e;
      }
    },
    [outbox],
  );
  /** Previous states of changed answers, newest last, for undo. */
  const undoStack = useRef<AnswerPatch[]>([]);
  const latest = useRef<Workspace | null>(null);
  latest.current = workspace;

  const reload = useCallback(async () => {
    try {
      setWorkspace(await call('capture.get', { assessmentId }));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [assessmentId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one write with the saving / saved / error indicator; rethrows so forms can show field errors. */
  const write = useCallback(async <T>(run: () => Promise<T>, apply: (ws: Workspace, value: T) => Workspace): Promise<T> => {
    setSave({ kind: 'saving' });
    try {
      const value = await run();
      setWorkspace((ws) => (ws ? apply(ws, value) : ws));
      setSave({ kind: 'saved', at: Date.now() });
      return value;
    } catch (e) {
      setSave({ kind: 'error', error: e });
      throw e;
    }
  }, []);

  const findAnswer = useCallback(
    (questionId: string, respondentId: string) =>
      workspace?.answers.find((a) => a.questionId === questionId && a.respondentId === respondentId),
    [workspace],
  );

  const setAnswer = useCallback(
    async (patch: Omit<AnswerPatch, 'assessmentId'>) => {
      const before = latest.current?.answers.find((a) => a.questionId === patch.questionId && a.respondentId === patch.respondentId);
      const result = await send('answers.set', { ...patch, assessmentId });
      undoStack.current.push({
        assessmentId,
        questionId: patch.questionId,
        respondentId: patch.respondentId,
        level: before?.level ?? null,
        na: before?.na ?? false,
        naReason: before?.naReason ?? '',
        note: before?.note ?? '',
      });
      if (undoStack.current.length > 100) undoStack.current.shift();
      return result;
    },
    [assessmentId, send],
  );

  /** Puts back the answer as it was before the last change; returns the question and respondent it touched. */
  const undo = useCallback(async (): Promise<{ questionId: string; respondentId: string } | null> => {
    const previous = undoStack.current.pop();
    if (!previous) return null;
    const { na, naReason, ...rest } = previous;
    // Restoring N/A needs its reason; restoring a level (or nothing) clears N/A.
    const patch = na ? { ...rest, na: true, naReason } : { ...rest, na: false };
    await send('answers.set', patch);
    return { questionId: previous.questionId, respondentId: previous.respondentId };
  }, [send]);

  const setConsensus = useCallback(
    (patch: Omit<MethodInput<'consensus.set'>, 'assessmentId'>) => send('consensus.set', { ...patch, assessmentId }),
    [assessmentId, send],
  );

  const setDimension = useCallback(
    (patch: Omit<MethodInput<'dimensions.set'>, 'assessmentId'>) => send('dimensions.set', { ...patch, assessmentId }),
    [assessmentId, send],
  );

  const setKpi = useCallback(
    (patch: Omit<MethodInput<'kpis.set'>, 'assessmentId'>) => send('kpis.set', { ...patch, assessmentId }),
    [assessmentId, send],
  );

  const setDiscussion = useCallback(
    (questionId: string, notes: string) => send('discussion.set', { assessmentId, questionId, notes }),
    [assessmentId, send],
  );

  const createAction = useCallback(
    (fields: Omit<MethodInput<'actions.create'>, 'assessmentId'>) =>
      write(() => call('actions.create', { ...fields, assessmentId }), applyAction),
    [assessmentId, write],
  );
  const actionFromRecommendation = useCallback(
    (recommendationId: string) => write(() => call('actions.fromRecommendation', { assessmentId, recommendationId }), applyAction),
    [assessmentId, write],
  );
  const updateAction = useCallback((patch: MethodInput<'actions.update'>) => send('actions.update', patch), [send]);
  const removeAction = useCallback(
    (id: string) =>
      write(
        () => call('actions.remove', { id }),
        (ws, removed: Action) => ({ ...ws, actions: ws.actions.filter((a) => a.id !== removed.id) }),
      ),
    [write],
  );
  const restoreAction = useCallback((id: string) => write(() => call('actions.restore', { id }), applyAction), [write]);

  /** Respondent and evidence changes: written, then the workspace is reloaded. */
  const writeAndReload = useCallback(
    async <T>(run: () => Promise<T>): Promise<T> => {
      const value = await write(run, (ws) => ws);
      await reload();
      return value;
    },
    [write, reload],
  );

  return {
    workspace,
    loadError,
    save,
    outbox: outboxState,
    retryNow: useCallback(() => outbox.retryNow(), [outbox]),
    reload,
    findAnswer,
    setAnswer,
    undo,
    setConsensus,
    setDimension,
    setKpi,
    setDiscussion,
    createAction,
    actionFromRecommendation,
    updateAction,
    removeAction,
    restoreAction,
    writeAndReload,
  };
}

export type WorkspaceApi = ReturnType<typeof useWorkspace>;
