/**
 * The action plan's rules, apart from the screen: which priority gaps have no action yet,
 * which recommendations fit a dimension's level band, what is overdue, and the table's
 * filtering and sorting. Scores come from the scoring service (ScoreReport); nothing here
 * computes one.
 */
import {
  ACTION_HORIZONS,
  ACTION_STATUSES,
  type Action,
  type ActionHorizon,
  type ActionStatus,
} from '../../electron/contract/capture-types.ts';
import type { Framework, Recommendation } from '../../electron/contract/framework-schema.ts';
import type { DimensionScore, ScoreReport } from '../../electron/contract/scores.ts';

export type LevelBand = Recommendation['band'];

/** The recommendations' level band of a dimension score: below 3 → 1-2, 3.x → 3, 4 and above → 4-5. */
export function levelBand(score: number): LevelBand {
  const level = Math.floor(score);
  if (level < 3) return '1-2';
  if (level === 3) return '3';
  return '4-5';
}

/** The framework's recommendations for a dimension at the band of its current score. */
export function recommendationsFor(framework: Framework, gap: DimensionScore): Recommendation[] {
  if (gap.score === null) return [];
  const band = levelBand(gap.score);
  return framework.recommendations.filter((r) => r.dimensionId === gap.id && r.band === band);
}

/** The priority gaps (priority > 0, in the report's priority order) that no action names. */
export function gapsWithoutAction(report: ScoreReport, actions: Action[]): DimensionScore[] {
  const covered = new Set(actions.flatMap((a) => a.dimensionIds));
  return report.gaps.filter((g) => (g.priority ?? 0) > 0 && !covered.has(g.id));
}

/** Today as YYYY-MM-DD in the local calendar. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A due date before today on an action that is not done. */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return action.status !== 'done' && action.due !== '' && action.due < today;
}

/** A YYYY-MM-DD date in the interface language (the calendar date, whatever the time zone). */
export function formatDue(due: string, language: string): string {
  if (!due) return '';
  const date = new Date(`${due}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return due;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** By due date, undated last, then in plan order. */
export function byDue(a: Action, b: Action): number {
  if (a.due !== b.due) {
    if (!a.due) return 1;
    if (!b.due) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.position - b.position;
}

export const SORT_KEYS = ['title', 'dimensions', 'owner', 'due', 'status', 'horizon', 'impact', 'effort'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  /** null: the plan's own order. */
  key: SortKey | null;
  direction: 'ascending' | 'descending';
}

export interface Filters {
  status: ActionStatus | '';
  horizon: ActionHorizon | '';
  dimension: string;
  text: string;
}
export const NO_FILTERS: Filters = { status: '', horizon: '', dimension: '', text: '' };
export const hasFilters = (f: Filters) => f.status !== '' || f.horizon !== '' || f.dimension !== '' || f.text.trim() !== '';

export interface PlanContext {
  language: string;
  /** A dimension's title in the interface language. */
  dimensionTitle: (id: string) => string;
  /** A dimension's place in the framework. */
  dimensionOrder: (id: string) => number;
}

export function filterActions(actions: Action[], filters: Filters, ctx: PlanContext): Action[] {
  const needle = filters.text.trim().toLocaleLowerCase(ctx.language);
  return actions.filter((a) => {
    if (filters.status && a.status !== filters.status) return false;
    if (filters.horizon && a.horizon !== filters.horizon) return false;
    if (filters.dimension && !a.dimensionIds.includes(filters.dimension)) return false;
    if (!needle) return true;
    const haystack = [a.title, a.owner, a.description, a.notes, ...a.dimensionIds.map(ctx.dimensionTitle)]
      .join('\n')
      .toLocaleLowerCase(ctx.language);
    return haystack.includes(needle);
  });
}

/** Sorted copy; empty owners, dates and dimensions go last whichever the direction. */
export function sortActions(actions: Action[], sort: Sort, ctx: PlanContext): Action[] {
  const { key } = sort;
  if (key === null) return [...actions].sort((a, b) => a.position - b.position);
  const collator = new Intl.Collator(ctx.language, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const firstDimension = (a: Action) => (a.dimensionIds.length ? Math.min(...a.dimensionIds.map(ctx.dimensionOrder)) : null);
  const compare = (a: Action, b: Action): number | null => {
    switch (key) {
      case 'title':
        return collator.compare(a.title, b.title);
      case 'owner':
        return a.owner && b.owner ? collator.compare(a.owner, b.owner) : a.owner || b.owner ? null : 0;
      case 'due':
        return a.due && b.due ? a.due.localeCompare(b.due) : a.due || b.due ? null : 0;
      case 'dimensions': {
        const x = firstDimension(a);
        const y = firstDimension(b);
        return x !== null && y !== null ? x - y : x !== null || y !== null ? null : 0;
      }
      case 'status':
        return ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status);
      case 'horizon':
        return ACTION_HORIZONS.indexOf(a.horizon) - ACTION_HORIZONS.indexOf(b.horizon);
      case 'impact':
        return a.impact - b.impact;
      case 'effort':
        return a.effort - b.effort;
    }
  };
  const isEmpty = (a: Action) =>
    (key === 'owner' && !a.owner) || (key === 'due' && !a.due) || (key === 'dimensions' && a.dimensionIds.length === 0);
  return [...actions].sort((a, b) => {
    const c = compare(a, b);
    if (c === null) return isEmpty(a) ? 1 : -1;
    return c * sign || a.position - b.position;
  });
}

/** The impact × effort cell that holds the quick wins. */
export const isQuickWin = (impact: number, effort: number) => impact === 3 && effort === 1;
