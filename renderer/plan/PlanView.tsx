/**
 * The action plan: the priority gaps that have no action yet (each with its recommended
 * actions a click away), and the plan itself as a table edited in place, an impact ×
 * effort matrix with the quick wins picked out, or a roadmap by horizon. Every change is
 * saved at once; a deleted action can be brought back with Undo. Gaps and priorities come
 * from the scoring service.
 */
import { Alert, Button, Center, Group, Loader, SegmentedControl, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../electron/contract/capture-types.ts';
import { LANGUAGES, type Language } from '../../electron/contract/framework-schema.ts';
import { call } from '../api/client.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { downloadText } from '../common/download.ts';
import { errorText } from '../common/error-text.ts';
import { UndoBar, type UndoOffer } from '../common/UndoBar.tsx';
import { pickText } from '../frameworks/Localized.tsx';
import { useScores } from '../results/useScores.ts';
import { ActionDrawer } from './ActionDrawer.tsx';
import { ActionTable } from './ActionTable.tsx';
import { AddActionModal } from './AddActionModal.tsx';
import { GapsWithoutAction } from './GapsWithoutAction.tsx';
import { ImpactEffortMatrix } from './ImpactEffortMatrix.tsx';
import { PlanEmpty } from './PlanEmpty.tsx';
import { PlanFilters } from './PlanFilters.tsx';
import { type Filters, filterActions, NO_FILTERS, type PlanContext, type Sort, type SortKey, sortActions, todayIso } from './plan-model.ts';
import { RoadmapView } from './RoadmapView.tsx';

const VIEWS = ['table', 'matrix', 'roadmap'] as const;
type View = (typeof VIEWS)[number];

export function PlanView({ ws }: { ws: WorkspaceApi }) {
  const { t, i18n } = useTranslation();
  const { workspace } = ws;
  const { report, error: scoresError } = useScores(workspace);
  const [view, setView] = useState<View>('table');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: null, direction: 'ascending' });
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState<string[] | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [frozen, setFrozen] = useState<{ key: string; ids: string[] } | null>(null);
  const dismissUndo = useCallback(() => setUndo(null), []);
  const language = i18n.language;
  const framework = workspace?.framework;

  const ctx = useMemo<PlanContext>(() => {
    const dimensions = framework?.sections.flatMap((s) => s.dimensions) ?? [];
    const title = new Map(dimensions.map((d) => [d.id, pickText(d.title, language).value]));
    const order = new Map(dimensions.map((d, i) => [d.id, i]));
    return { language, dimensionTitle: (id) => title.get(id) ?? id, dimensionOrder: (id) => order.get(id) ?? dimensions.length };
  }, [framework, language]);

  // The added action (or the one after a deleted one) gets the focus once it is on screen.
  useEffect(() => {
    if (!focusId) return;
    const target = document.querySelector<HTMLElement>(`[data-action-focus="${focusId}"]`);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
    setFocusId(null);
  }, [focusId]);

  if (!workspace || !framework) return null;
  const actions = workspace.actions;
  const today = todayIso();

  // Which actions show, and in what order, is worked out when the sort, the filters or the
  // set of actions change, not on every edit: a row does not jump away while it is edited.
  const key = JSON.stringify([sort, filters, language, actions.map((a) => a.id)]);
  let ids = frozen?.key === key ? frozen.ids : null;
  if (ids === null) {
    ids = sortActions(filterActions(actions, filters, ctx), sort, ctx).map((a) => a.id);
    setFrozen({ key, ids });
  }
  const byId = new Map(actions.map((a) => [a.id, a]));
  const visible = ids.flatMap((id) => byId.get(id) ?? []);
  const opened = openId ? (byId.get(openId) ?? null) : null;

  function onSort(column: SortKey) {
    setSort((s) =>
      s.key === column
        ? { key: column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key: column, direction: 'ascending' },
    );
  }

  function added(action: Action) {
    if (filterActions([action], filters, ctx).length === 0) setFilters(NO_FILTERS);
    setAnnouncement(t('plan.added', { title: action.title }));
    setFocusId(action.id);
  }

  async function addRecommended(recommendationId: string) {
    setProblem(null);
    try {
      added(await ws.actionFromRecommendation(recommendationId));
    } catch (e) {
      setProblem(e);
    }
  }

  async function remove(action: Action) {
    setProblem(null);
    const index = visible.findIndex((a) => a.id === action.id);
    const next = visible[index + 1] ?? visible[index - 1];
    try {
      await ws.removeAction(action.id);
    } catch (e) {
      setProblem(e);
      return;
    }
    setOpenId((id) => (id === action.id ? null : id));
    if (next) setFocusId(next.id);
    setUndo({
      key: Date.now(),
      message: t('plan.deleted', { title: action.title }),
      undo: async () => {
        await ws.restoreAction(action.id);
        setFocusId(action.id);
      },
    });
  }

  async function exportCsv() {
    setProblem(null);
    const lang: Language = (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
    try {
      const file = await call('exports.csv', { assessmentId: workspace?.assessment.id ?? '', kind: 'actions', language: lang });
      downloadText(file.fileName, file.content, 'text/csv');
    } catch (e) {
      setProblem(e);
    }
  }

  return (
    <Stack gap="md" data-testid="plan-view">
      {scoresError ? (
        <Alert color="red" title={t('errors.title')}>
          {errorText(t, scoresError)}
        </Alert>
      ) : report ? (
        <GapsWithoutAction
          report={report}
          actions={actions}
          framework={framework}
          dimensionTitle={ctx.dimensionTitle}
          onAddRecommendation={(id) => void addRecommended(id)}
          onWrite={(dimensionId) => setAdding([dimensionId])}
        />
      ) : (
        <Center>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}

      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <Title order={3} size="h4">
            {t('plan.title')}
          </Title>
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as View)}
            data={VIEWS.map((v) => ({ value: v, label: t(`plan.views.${v}`) }))}
            aria-label={t('plan.views.label')}
            data-testid="plan-views"
          />
        </Group>
        <Group gap="xs">
          <Button onClick={() => setAdding([])} data-testid="add-action">
            {t('plan.add.button')}
          </Button>
          <Button variant="default" onClick={() => void exportCsv()} data-testid="export-csv">
            {t('plan.exportCsv')}
          </Button>
        </Group>
      </Group>

      {problem !== null && (
        <Alert color="red" title={t('errors.title')} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setProblem(null)}>
          {errorText(t, problem)}
        </Alert>
      )}

      {actions.length === 0 ? (
        <PlanEmpty kind="no-actions" onAdd={() => setAdding([])} onClearFilters={() => setFilters(NO_FILTERS)} />
      ) : (
        <>
          <PlanFilters filters={filters} onChange={setFilters} framework={framework} shown={visible.length} total={actions.length} />
          {visible.length === 0 ? (
            <PlanEmpty kind="no-match" onAdd={() => setAdding([])} onClearFilters={() => setFilters(NO_FILTERS)} />
          ) : view === 'table' ? (
            <ActionTable
              actions={visible}
              sort={sort}
              onSort={onSort}
              today={today}
              updateAction={ws.updateAction}
              dimensionTitle={ctx.dimensionTitle}
              onOpen={setOpenId}
              onDelete={(a) => void remove(a)}
            />
          ) : view === 'matrix' ? (
            <ImpactEffortMatrix actions={visible} today={today} onOpen={setOpenId} />
          ) : (
            <RoadmapView actions={visible} today={today} onOpen={setOpenId} dimensionTitle={ctx.dimensionTitle} />
          )}
        </>
      )}

      <ActionDrawer
        action={opened}
        workspace={workspace}
        today={today}
        updateAction={ws.updateAction}
        onDelete={(a) => void remove(a)}
        onClose={() => setOpenId(null)}
      />
      <AddActionModal
        dimensionIds={adding}
        framework={framework}
        createAction={ws.createAction}
        onCreated={(a) => {
          setAdding(null);
          added(a);
        }}
        onClose={() => setAdding(null)}
      />
      <UndoBar offer={undo} onDone={dismissUndo} />
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </Stack>
  );
}
