/**
 * The action plan of an assessment: the framework's preparation actions to start with,
 * actions taken over from a gap's recommendation in one click (keeping the link), and
 * actions written by hand. Removing one is a state, restorable.
 */
import { randomUUID } from 'node:crypto';
import type { Action, ActionHorizon, ActionStatus } from '../../contract/capture-types.ts';
import { AppError } from '../../contract/errors.ts';
import type { Language } from '../../contract/framework-schema.ts';
import type { AssessmentScope } from '../assessments/assessment-scope.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

interface ActionRow {
  id: string;
  assessment_id: string;
  title: string;
  description: string;
  dimension_ids: string;
  owner: string;
  due: string;
  status: ActionStatus;
  horizon: ActionHorizon;
  impact: number;
  effort: number;
  recommendation_id: string | null;
  default_action_id: string | null;
  kpi_id: string | null;
  kpi_target: number | null;
  notes: string;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const toAction = (r: ActionRow): Action => ({
  id: r.id,
  title: r.title,
  description: r.description,
  dimensionIds: JSON.parse(r.dimension_ids) as string[],
  owner: r.owner,
  due: r.due,
  status: r.status,
  horizon: r.horizon,
  impact: r.impact,
  effort: r.effort,
  recommendationId: r.recommendation_id,
  defaultActionId: r.default_action_id,
  kpiId: r.kpi_id,
  kpiTarget: r.kpi_target,
  notes: r.notes,
  position: r.position,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type ActionFields = Partial<Omit<Action, 'id' | 'position' | 'createdAt' | 'updatedAt'>>;

/** A date in ISO form plus a number of days, as YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function createActionsService(db: Db, clock: Clock, scope: AssessmentScope) {
  const byId = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?');
  const live = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE assessment_id = ? AND deleted_at IS NULL ORDER BY position');
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM actions WHERE assessment_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO actions (id, assessment_id, title, description, dimension_ids, owner, due, status, horizon, impact, effort,
       recommendation_id, default_action_id, kpi_id, kpi_target, notes, position, created_at, updated_at)
     VALUES (@id, @assessmentId, @title, @description, @dimensionIds, @owner, @due, @status, @horizon, @impact, @effort,
       @recommendationId, @defaultActionId, @kpiId, @kpiTarget, @notes, @position, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE actions SET title = @title, description = @description, dimension_ids = @dimensionIds, owner = @owner, due = @due,
       status = @status, horizon = @horizon, impact = @impact, effort = @effort, kpi_id = @kpiId, kpi_target = @kpiTarget,
       notes = @notes, updated_at = @now WHERE id = @id`,
  );
  const setDeleted = db.prepare('UPDATE actions SET deleted_at = ?, updated_at = ? WHERE id = ?');

  function row(id: string): ActionRow {
    const r = byId.get(id);
    if (!r) throw new AppError('NOT_FOUND', 'This action does not exist.', { id });
    return r;
  }

  function checkLinks(assessmentId: string, fields: ActionFields) {
    const index = scope.writable(assessmentId);
    for (const [i, d] of (fields.dimensionIds ?? []).entries()) scope.requireIn(index.dimensionIds, d, `dimensionIds.${i}`, 'a dimension');
    if (fields.kpiId) scope.requireIn(index.kpiIds, fields.kpiId, 'kpiId', 'a KPI');
    return index;
  }

  function insertAction(assessmentId: string, fields: ActionFields & { title: string }): Action {
    const id = randomUUID();
    insert.run({
      id,
      assessmentId,
      title: fields.title,
      description: fields.description ?? '',
      dimensionIds: JSON.stringify(fields.dimensionIds ?? []),
      owner: fields.owner ?? '',
      due: fields.due ?? '',
      status: fields.status ?? 'not-started',
      horizon: fields.horizon ?? '3-12m',
      impact: fields.impact ?? 2,
      effort: fields.effort ?? 2,
      recommendationId: fields.recommendationId ?? null,
      defaultActionId: fields.defaultActionId ?? null,
      kpiId: fields.kpiId ?? null,
      kpiTarget: fields.kpiTarget ?? null,
      notes: fields.notes ?? '',
      position: nextPosition.get(assessmentId)?.next ?? 1,
      now: clock(),
    });
    return toAction(row(id));
  }

  const create = writeTransaction(db, (assessmentId: string, fields: ActionFields & { title: string }) => {
    checkLinks(assessmentId, fields);
    const action = insertAction(assessmentId, fields);
    scope.touch(assessmentId);
    return action;
  });

  /** Takes a framework recommendation over as an action, in the assessment's language. */
  const createFromRecommendation = writeTransaction(db, (assessmentId: string, recommendationId: string, language: Language) => {
    const index = scope.writable(assessmentId);
    const rec = index.framework.recommendations.find((r) => r.id === recommendationId);
    if (!rec) throw new AppError('NOT_FOUND', `There is no recommendation "${recommendationId}" in this framework.`);
    const action = insertAction(assessmentId, {
      title: (rec.title[language] ?? rec.title.en).slice(0, 200),
      description: rec.description[language] ?? rec.description.en,
      dimensionIds: [rec.dimensionId],
      horizon: rec.horizon,
      impact: rec.impact,
      effort: rec.effort,
      recommendationId: rec.id,
    });
    scope.touch(assessmentId);
    return action;
  });

  /** The framework's preparation actions, added once when an assessment is created. */
  function addDefaults(assessmentId: string, language: Language, startedAt: string) {
    const index = scope.writable(assessmentId);
    for (const a of index.framework.defaultActions) {
      insertAction(assessmentId, {
        title: (a.title[language] ?? a.title.en).slice(0, 200),
        description: a.description[language] ?? a.description.en,
        owner: (a.assignedTo[language] ?? a.assignedTo.en).slice(0, 200),
        due: addDays(startedAt, a.dueInDays),
        horizon: a.horizon,
        dimensionIds: a.dimensionIds,
        defaultActionId: a.id,
      });
    }
  }

  const change = writeTransaction(db, (id: string, fields: ActionFields) => {
    const current = toAction(row(id));
    const assessmentId = row(id).assessment_id;
    scope.writable(assessmentId);
    if (row(id).deleted_at) throw new AppError('CONFLICT', 'This action was removed. Restore it before changing it.', { id });
    checkLinks(assessmentId, fields);
    const next = { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as Action;
    update.run({
      id,
      title: next.title,
      description: next.description,
      dimensionIds: JSON.stringify(next.dimensionIds),
      owner: next.owner,
      due: next.due,
      status: next.status,
      horizon: next.horizon,
      impact: next.impact,
      effort: next.effort,
      kpiId: next.kpiId,
      kpiTarget: next.kpiTarget,
      notes: next.notes,
      now: clock(),
    });
    scope.touch(assessmentId);
    return toAction(row(id));
  });

  const setRemoved = (removed: boolean) =>
    writeTransaction(db, (id: string) => {
      const current = row(id);
      scope.writable(current.assessment_id);
      const now = clock();
      setDeleted.run(removed ? now : null, now, id);
      scope.touch(current.assessment_id);
      return toAction(row(id));
    });

  return {
    list: (assessmentId: string) => live.all(assessmentId).map(toAction),
    create,
    createFromRecommendation,
    addDefaults,
    update: change,
    remove: setRemoved(true),
    restore: setRemoved(false),
  };
}

export type ActionsService = ReturnType<typeof createActionsService>;
