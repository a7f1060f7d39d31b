/** The plan's rules: level bands, gaps without an action, overdue, filtering and sorting. */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { DimensionScore, ScoreReport } from '../../electron/contract/scores.ts';
import {
  byDue,
  filterActions,
  gapsWithoutAction,
  isOverdue,
  levelBand,
  NO_FILTERS,
  type PlanContext,
  sortActions,
  todayIso,
} from './plan-model.ts';

const action = (over: Partial<Action>): Action => ({
  id: over.id ?? 'a',
  title: 'Action',
  description: '',
  dimensionIds: [],
  owner: '',
  due: '',
  status: 'not-started',
  horizon: '3-12m',
  impact: 2,
  effort: 2,
  recommendationId: null,
  defaultActionId: null,
  kpiId: null,
  kpiTarget: null,
  notes: '',
  position: 1,
  createdAt: '',
  updatedAt: '',
  ...over,
});
const gap = (id: string, priority: number): DimensionScore => ({
  id,
  sectionId: 's',
  score: 2,
  percent: 25,
  level: 2,
  coverage: 1,
  target: 4,
  importance: 2,
  gap: priority / 2,
  priority,
});
const ctx: PlanContext = {
  language: 'en',
  dimensionTitle: (id) => ({ d1: 'Customers', d2: 'Channels' })[id] ?? id,
  dimensionOrder: (id) => ['d1', 'd2'].indexOf(id),
};

describe('plan model', () => {
  it('puts a score in its recommendations band', () => {
    expect([1, 2.9, 3, 3.99, 4, 5].map(levelBand)).toEqual(['1-2', '1-2', '3', '3', '4-5', '4-5']);
  });

  it('lists the priority gaps that no action names, in the report’s order', () => {
    const report = { gaps: [gap('d2', 6), gap('d1', 4), gap('d3', 0)] } as unknown as ScoreReport;
    expect(gapsWithoutAction(report, []).map((g) => g.id)).toEqual(['d2', 'd1']);
    expect(gapsWithoutAction(report, [action({ dimensionIds: ['d2'] })]).map((g) => g.id)).toEqual(['d1']);
  });

  it('calls an action overdue when its date has passed and it is not done', () => {
    expect(isOverdue({ due: '2026-01-09', status: 'in-progress' }, '2026-01-10')).toBe(true);
    expect(isOverdue({ due: '2026-01-10', status: 'in-progress' }, '2026-01-10')).toBe(false);
    expect(isOverdue({ due: '2026-01-09', status: 'done' }, '2026-01-10')).toBe(false);
    expect(isOverdue({ due: '', status: 'blocked' }, '2026-01-10')).toBe(false);
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('filters by status, horizon, dimension and text (dimension titles included)', () => {
    const list = [
      action({ id: 'x', title: 'Map journeys', dimensionIds: ['d1'], status: 'done' }),
      action({ id: 'y', title: 'Route calls', dimensionIds: ['d2'], horizon: '0-3m', owner: 'Ana' }),
    ];
    const ids = (f: Partial<typeof NO_FILTERS>) => filterActions(list, { ...NO_FILTERS, ...f }, ctx).map((a) => a.id);
    expect(ids({})).toEqual(['x', 'y']);
    expect(ids({ status: 'done' })).toEqual(['x']);
    expect(ids({ horizon: '0-3m' })).toEqual(['y']);
    expect(ids({ dimension: 'd2' })).toEqual(['y']);
    expect(ids({ text: 'ana' })).toEqual(['y']);
    expect(ids({ text: 'CUSTOMERS' })).toEqual(['x']);
  });

  it('sorts by a column both ways, with empty values last either way', () => {
    const list = [
      action({ id: 'a', due: '2027-03-01', owner: 'Zoe', position: 1 }),
      action({ id: 'b', due: '', owner: '', position: 2 }),
      action({ id: 'c', due: '2026-12-01', owner: 'ana', position: 3 }),
    ];
    const ids = (key: 'due' | 'owner', direction: 'ascending' | 'descending') =>
      sortActions(list, { key, direction }, ctx).map((a) => a.id);
    expect(ids('due', 'ascending')).toEqual(['c', 'a', 'b']);
    expect(ids('due', 'descending')).toEqual(['a', 'c', 'b']);
    expect(ids('owner', 'ascending')).toEqual(['c', 'a', 'b']);
    expect(ids('owner', 'descending')).toEqual(['a', 'c', 'b']);
    expect(sortActions(list, { key: null, direction: 'ascending' }, ctx).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect([...list].sort(byDue).map((a) => a.id)).toEqual(['c', 'a', 'b']);
  });
});
