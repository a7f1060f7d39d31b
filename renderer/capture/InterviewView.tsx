/**
 * The Interview tab, where a consultant spends the workshop day: the framework on the left
 * with each dimension's progress, the respondents, and one question at a time, answered with
 * the mouse or with one key (1–5, N, J/K, R, E, Ctrl/Cmd+Z; "?" lists them).
 */
import { Alert, Button, Grid, Kbd, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent, RespondentKind, Workspace } from '../../electron/contract/capture-types.ts';
import { call } from '../api/client.ts';
import { errorText } from '../common/error-text.ts';
import { UndoBar, type UndoOffer } from '../common/UndoBar.tsx';
import { activeRespondents, flattenQuestions, isAnswered, isSelfAssessment } from './interview-model.ts';
import { useAutoAdvance, usePlace } from './interview-storage.ts';
import { NaReasonModal } from './NaReasonModal.tsx';
import { NoRespondents } from './NoRespondents.tsx';
import { QuestionNavigator } from './QuestionNavigator.tsx';
import { QuestionPane } from './QuestionPane.tsx';
import { RespondentBar } from './RespondentBar.tsx';
import { RespondentModal } from './RespondentModal.tsx';
import { ShortcutsModal } from './ShortcutsModal.tsx';
import { useCaptureKeys } from './useCaptureKeys.ts';
import { useCaptureWriter } from './useCaptureWriter.ts';
import type { WorkspaceApi } from './useWorkspace.ts';

const NOTICE_MS = 6000;

export function InterviewView({ ws }: { ws: WorkspaceApi }) {
  const workspace = ws.workspace;
  if (!workspace) return null;
  return <Interview ws={ws} workspace={workspace} key={workspace.assessment.id} />;
}

function Interview({ ws, workspace }: { ws: WorkspaceApi; workspace: Workspace }) {
  const { t } = useTranslation();
  const assessmentId = workspace.assessment.id;
  const writer = useCaptureWriter(ws);
  const entries = useMemo(() => flattenQuestions(workspace.framework), [workspace.framework]);
  const [place, setPlace] = usePlace(assessmentId);
  const [autoAdvance, setAutoAdvance] = useAutoAdvance();
  const active = useMemo(() => activeRespondents(workspace.respondents), [workspace.respondents]);
  const removed = useMemo(() => workspace.respondents.filter((r) => r.deletedAt), [workspace.respondents]);
  const selfMode = isSelfAssessment(active);

  const entry = entries.find((e) => e.question.id === place.questionId) ?? entries[0];
  const respondent = active.find((r) => r.id === place.respondentId) ?? active[0] ?? null;

  const [naTarget, setNaTarget] = useState<{ questionId: string; respondentId: string; reason: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [editing, setEditing] = useState<{ respondent: Respondent | null } | null>(null);
  const [undoOffer, setUndoOffer] = useState<UndoOffer | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const answerEndRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);

  const { shown, pending } = writer;
  const answered = useMemo(() => {
    const set = new Set<string>();
    if (!respondent) return set;
    for (const a of workspace.answers) if (a.respondentId === respondent.id && isAnswered(a)) set.add(a.questionId);
    for (const p of Object.values(pending)) {
      if (p.patch.respondentId !== respondent.id) continue;
      if (isAnswered(shown(p.patch.questionId, respondent.id))) set.add(p.patch.questionId);
      else set.delete(p.patch.questionId);
    }
    return set;
  }, [workspace.answers, pending, shown, respondent]);

  /** Questions of the current respondent with a change still waiting in the outbox. */
  const waiting = useMemo(() => {
    const set = new Set<string>();
    for (const item of ws.outbox.items) {
      const input = item.input as { questionId?: string; respondentId?: string };
      if (item.method === 'answers.set' && input.respondentId === respondent?.id && input.questionId) set.add(input.questionId);
    }
    return set;
  }, [ws.outbox, respondent]);

  // Keep the remembered place valid (first visit, a removed respondent).
  useEffect(() => {
    if (entry && place.questionId !== entry.question.id) setPlace({ questionId: entry.question.id });
    if (respondent && place.respondentId !== respondent.id) setPlace({ respondentId: respondent.id });
  }, [entry, respondent, place, setPlace]);

  // The question moved: the respondent, the question and its five levels come into view
  // together (the assessment's header scrolls away while answering). Not on arrival.
  const questionId = entry?.question.id;
  const arrived = useRef(false);
  useEffect(() => {
    if (!questionId) return;
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    // Measured in the next frame, so the new question is not held back by it.
    const frame = requestAnimationFrame(() => {
      const top = topRef.current?.getBoundingClientRect();
      const pane = paneRef.current?.getBoundingClientRect();
      const end = answerEndRef.current?.getBoundingClientRect();
      if (!top || !pane || !end) return;
      const header = 64;
      if (top.top >= header - 8 && end.bottom <= window.innerHeight) return;
      // The respondents too when everything fits (a projector), else from the question down.
      const from = end.bottom - top.top <= window.innerHeight - header ? top.top : pane.top;
      window.scrollBy({ top: from - header });
    });
    return () => cancelAnimationFrame(frame);
  }, [questionId]);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const go = useCallback(
    (index: number) => {
      const target = entries[Math.max(0, Math.min(entries.length - 1, index))];
      if (target) setPlace({ questionId: target.question.id });
    },
    [entries, setPlace],
  );
  const next = useCallback(() => entry && go(entry.index + 1), [entry, go]);
  const previous = useCallback(() => entry && go(entry.index - 1), [entry, go]);

  const goToDimension = useCallback(
    (dimensionId: string) => {
      const first = entries.find((e) => e.dimension.id === dimensionId);
      if (first) setPlace({ questionId: first.question.id });
    },
    [entries, setPlace],
  );

  const answer = entry && respondent ? shown(entry.question.id, respondent.id) : null;

  const pickLevel = useCallback(
    (level: number) => {
      if (!entry || !respondent || !answer) return;
      if (answer.level !== level) {
        writer.setAnswer({ questionId: entry.question.id, respondentId: respondent.id, level }).catch(() => undefined);
      }
      if (autoAdvance) next();
    },
    [entry, respondent, answer, writer, autoAdvance, next],
  );

  const clear = useCallback(() => {
    if (!entry || !respondent || !answer) return;
    if (answer.level === null && !answer.na) return;
    writer.setAnswer({ questionId: entry.question.id, respondentId: respondent.id, level: null, na: false }).catch(() => undefined);
  }, [entry, respondent, answer, writer]);

  const openNa = useCallback(() => {
    if (!entry || !respondent || !answer) return;
    setNaTarget({ questionId: entry.question.id, respondentId: respondent.id, reason: answer.naReason });
  }, [entry, respondent, answer]);

  const cycleRespondent = useCallback(
    (step: 1 | -1) => {
      if (selfMode || active.length < 2 || !respondent) return;
      const i = active.findIndex((r) => r.id === respondent.id);
      const target = active[(i + step + active.length) % active.length];
      if (target) setPlace({ respondentId: target.id });
    },
    [selfMode, active, respondent, setPlace],
  );

  const undo = useCallback(() => {
    writer.undo().then(
      (target) => {
        if (!target) {
          setNotice({ text: t('capture.interview.undo.nothing'), error: false });
          return;
        }
        const who = workspace.respondents.find((r) => r.id === target.respondentId);
        setPlace({
          questionId: target.questionId,
          ...(who && !who.deletedAt ? { respondentId: target.respondentId } : {}),
        });
        setNotice({
          text: selfMode
            ? t('capture.interview.undo.doneSelf', { id: target.questionId })
            : t('capture.interview.undo.done', { id: target.questionId, name: who?.name ?? '' }),
          error: false,
        });
      },
      (e: unknown) => setNotice({ text: errorText(t, e), error: true }),
    );
  }, [writer, workspace.respondents, setPlace, selfMode, t]);

  const keysEnabled = !naTarget && !helpOpen && !editing;
  useCaptureKeys(keysEnabled && Boolean(entry), {
    level: pickLevel,
    clear,
    na: openNa,
    next,
    previous,
    note: () => noteRef.current?.focus(),
    respondent: cycleRespondent,
    undo,
    help: openHelp,
  });

  const saveRespondent = async (values: { name: string; role: string; kind: RespondentKind }) => {
    const target = editing?.respondent;
    if (target) {
      await writer.writeAndReload(() => call('respondents.update', { id: target.id, ...values }));
    } else {
      const added = await writer.writeAndReload(() => call('respondents.add', { assessmentId, ...values }));
      setPlace({ respondentId: added.id });
    }
  };

  const addSelf = async () => {
    const name = workspace.assessment.assessorName.trim() || t('capture.interview.me');
    const added = await writer.writeAndReload(() => call('respondents.add', { assessmentId, name, kind: 'self' }));
    setPlace({ respondentId: added.id });
  };

  const { writeAndReload } = writer;
  const removeRespondent = useCallback(
    async (r: Respondent) => {
      try {
        await writeAndReload(() => call('respondents.remove', { id: r.id }));
        const i = active.findIndex((a) => a.id === r.id);
        const rest = active.filter((a) => a.id !== r.id);
        const nextOne = rest[i] ?? rest[0];
        if (nextOne) setPlace({ respondentId: nextOne.id });
        setUndoOffer({
          key: Date.now(),
          message: t('capture.interview.respondent.removedMessage', { name: r.name }),
          undo: async () => {
            await writeAndReload(() => call('respondents.restore', { id: r.id }));
            setPlace({ respondentId: r.id });
          },
        });
      } catch (e) {
        setNotice({ text: errorText(t, e), error: true });
      }
    },
    [writeAndReload, active, setPlace, t],
  );

  const restoreRespondent = useCallback(
    async (r: Respondent) => {
      try {
        await writeAndReload(() => call('respondents.restore', { id: r.id }));
        setPlace({ respondentId: r.id });
      } catch (e) {
        setNotice({ text: errorText(t, e), error: true });
      }
    },
    [writeAndReload, setPlace, t],
  );

  const selectRespondent = useCallback((id: string) => setPlace({ respondentId: id }), [setPlace]);
  const addRespondent = useCallback(() => setEditing({ respondent: null }), []);
  const editRespondent = useCallback((r: Respondent) => setEditing({ respondent: r }), []);
  const shortcutsButton = useMemo(
    () => (
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={openHelp}
        aria-keyshortcuts="?"
        data-testid="shortcuts-button"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('capture.interview.keys.button')}
        <Kbd size="xs" ml={6}>
          ?
        </Kbd>
      </Button>
    ),
    [openHelp, t],
  );

  if (!entry) return <Text c="dimmed">{t('capture.interview.noQuestions')}</Text>;

  const evidence = workspace.evidence.filter((e) => e.questionId === entry.question.id);
  const failure = writer.failure
    ? { error: writer.failure.error, questionId: writer.failure.patch.questionId, respondentId: writer.failure.patch.respondentId }
    : null;

  return (
    <>
      <Grid gap="md" data-testid="interview-view" data-mode={selfMode ? 'self' : 'interview'}>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Stack gap="xs" style={{ position: 'sticky', top: 72 }}>
            <QuestionNavigator
              framework={workspace.framework}
              currentDimensionId={entry.dimension.id}
              answered={answered}
              waiting={waiting}
              onDimension={goToDimension}
            />
            {shortcutsButton}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="sm" ref={topRef}>
            {respondent ? (
              <>
                <RespondentBar
                  active={active}
                  removed={removed}
                  currentId={respondent.id}
                  selfMode={selfMode}
                  onSelect={selectRespondent}
                  onAdd={addRespondent}
                  onEdit={editRespondent}
                  onRemove={removeRespondent}
                  onRestore={restoreRespondent}
                />
                {notice && (
                  <Alert
                    color={notice.error ? 'red' : 'indigo'}
                    variant="light"
                    py={6}
                    role={notice.error ? 'alert' : 'status'}
                    withCloseButton
                    closeButtonLabel={t('common.close')}
                    onClose={() => setNotice(null)}
                    data-testid="interview-notice"
                  >
                    {notice.text}
                  </Alert>
                )}
                {answer && (
                  <QuestionPane
                    assessmentId={assessmentId}
                    framework={workspace.framework}
                    entry={entry}
                    isFirst={entry.index === 0}
                    isLast={entry.index === entries.length - 1}
                    respondent={respondent}
                    selfMode={selfMode}
                    answer={answer}
                    answered={answered}
                    evidence={evidence}
                    failure={failure}
                    waiting={waiting.has(entry.question.id)}
                    noteRef={noteRef}
                    onLevel={pickLevel}
                    onClear={clear}
                    onNa={openNa}
                    onNext={next}
                    onPrevious={previous}
                    onQuestion={(id) => setPlace({ questionId: id })}
                    onNote={(note) => writer.setAnswer({ questionId: entry.question.id, respondentId: respondent.id, note })}
                    autoAdvance={autoAdvance}
                    onAutoAdvance={setAutoAdvance}
                    paneRef={paneRef}
                    answerEndRef={answerEndRef}
                    onRetry={writer.retry}
                    onDismissFailure={writer.dismissFailure}
                    writeAndReload={writer.writeAndReload}
                  />
                )}
              </>
            ) : (
              <NoRespondents onAdd={addRespondent} onSelf={addSelf} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <VisuallyHidden aria-live="polite" data-testid="question-announcer">
        {respondent
          ? t('capture.interview.announce', {
              id: entry.question.id,
              n: entry.indexInDimension + 1,
              total: entry.dimension.questions.length,
              name: respondent.name,
            })
          : ''}
      </VisuallyHidden>
      <NaReasonModal
        opened={naTarget !== null}
        questionId={naTarget?.questionId ?? ''}
        initialReason={naTarget?.reason ?? ''}
        onClose={() => setNaTarget(null)}
        onSave={async (reason) => {
          if (!naTarget) return;
          await writer.setAnswer({ questionId: naTarget.questionId, respondentId: naTarget.respondentId, na: true, naReason: reason });
          if (autoAdvance && naTarget.questionId === entry.question.id) next();
        }}
      />
      <ShortcutsModal opened={helpOpen} selfMode={selfMode} onClose={() => setHelpOpen(false)} />
      <RespondentModal
        opened={editing !== null}
        respondent={editing?.respondent ?? null}
        onClose={() => setEditing(null)}
        onSubmit={saveRespondent}
      />
      <UndoBar offer={undoOffer} onDone={() => setUndoOffer(null)} />
    </>
  );
}
