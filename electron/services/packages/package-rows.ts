/**
 * Writes the parts of a package into the database, one row at a time: shared by a plain
 * import (everything new) and a merge (only what is missing or newer). Callers run these
 * inside their own transaction.
 */
import type { AssessmentPackage } from '../../contract/package-schema.ts';
import type { Db } from '../storage/database.ts';

type Pkg = AssessmentPackage['assessment'];
export type PackageRespondent = Pkg['respondents'][number];
export type PackageAnswer = Pkg['answers'][number];
export type PackageConsensus = Pkg['consensus'][number];
export type PackageAction = Pkg['actions'][number];
export type PackageEvidence = Pkg['evidence'][number];

export function createPackageRows(db: Db) {
  const respondent = db.prepare(
    `INSERT INTO respondents (id, assessment_id, name, role, kind, position, created_at, updated_at, deleted_at)
     VALUES (@id, @assessmentId, @name, @role, @kind, @position, @now, @now, @removedAt)`,
  );
  const nextRespondentPosition = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM respondents WHERE assessment_id = ?',
  );
  const answer = db.prepare(
    `INSERT INTO answers (assessment_id, question_id, respondent_id, level, na, na_reason, note, updated_at)
     VALUES (@assessmentId, @questionId, @respondentId, @level, @na, @naReason, @note, @updatedAt)
     ON CONFLICT (assessment_id, question_id, respondent_id) DO UPDATE SET
       level = excluded.level, na = excluded.na, na_reason = excluded.na_reason, note = excluded.note, updated_at = excluded.updated_at`,
  );
  const consensus = db.prepare(
    `INSERT INTO consensus (assessment_id, question_id, level, na, rationale, updated_at)
     VALUES (@assessmentId, @questionId, @level, @na, @rationale, @updatedAt)`,
  );
  const setting = db.prepare('INSERT INTO dimension_settings (assessment_id, dimension_id, target, importance) VALUES (?, ?, ?, ?)');
  const kpi = db.prepare(
    `INSERT INTO kpi_baselines (assessment_id, kpi_id, current_value, target_value, unit, source, updated_at)
     VALUES (@assessmentId, @kpiId, @current, @target, @unit, @source, @now)`,
  );
  const discussion = db.prepare('INSERT INTO discussion_notes (assessment_id, question_id, notes, updated_at) VALUES (?, ?, ?, ?)');
  const evidence = db.prepare(
    `INSERT INTO evidence (id, assessment_id, question_id, kind, name, location, strength, sha256, size, stored_name, created_at)
     VALUES (@id, @assessmentId, @questionId, @kind, @name, @location, @strength, @sha256, @size, NULL, @now)`,
  );
  const action = db.prepare(
    `INSERT INTO actions (id, assessment_id, title, description, dimension_ids, owner, due, status, horizon, impact, effort,
       recommendation_id, default_action_id, kpi_id, kpi_target, notes, position, created_at, updated_at)
     VALUES (@id, @assessmentId, @title, @description, @dimensionIds, @owner, @due, @status, @horizon, @impact, @effort,
       @recommendationId, @defaultActionId, @kpiId, @kpiTarget, @notes,
       (SELECT COALESCE(MAX(position), 0) + 1 FROM actions WHERE assessment_id = @assessmentId), @now, @now)`,
  );

  return {
    respondent(assessmentId: string, r: PackageRespondent, now: string) {
      const position = nextRespondentPosition.get(assessmentId)?.next ?? 1;
      respondent.run({ id: r.id, assessmentId, name: r.name, role: r.role, kind: r.kind, position, now, removedAt: r.removedAt ?? null });
    },
    /** Inserts or overwrites one answer. */
    answer(assessmentId: string, x: PackageAnswer, now: string) {
      answer.run({
        assessmentId,
        questionId: x.questionId,
        respondentId: x.respondentId,
        level: x.level,
        na: x.na ? 1 : 0,
        naReason: x.naReason ?? '',
        note: x.note ?? '',
        updatedAt: x.updatedAt ?? now,
      });
    },
    consensus(assessmentId: string, c: PackageConsensus, now: string) {
      consensus.run({
        assessmentId,
        questionId: c.questionId,
        level: c.level,
        na: c.na ? 1 : 0,
        rationale: c.rationale ?? '',
        updatedAt: c.updatedAt ?? now,
      });
    },
    setting(assessmentId: string, d: Pkg['dimensionSettings'][number]) {
      setting.run(assessmentId, d.dimensionId, d.target, d.importance);
    },
    kpi(assessmentId: string, k: Pkg['kpis'][number], now: string) {
      kpi.run({ assessmentId, ...k, now });
    },
    discussion(assessmentId: string, d: Pkg['discussion'][number], now: string) {
      discussion.run(assessmentId, d.questionId, d.notes, now);
    },
    evidence(assessmentId: string, e: PackageEvidence, now: string) {
      evidence.run({ ...e, assessmentId, now });
    },
    action(assessmentId: string, x: PackageAction, now: string) {
      action.run({
        id: x.id,
        assessmentId,
        title: x.title,
        description: x.description ?? '',
        dimensionIds: JSON.stringify(x.dimensionIds),
        owner: x.owner,
        due: x.due,
        status: x.status,
        horizon: x.horizon,
        impact: x.impact,
        effort: x.effort,
        recommendationId: x.recommendationId ?? null,
        defaultActionId: x.defaultActionId ?? null,
        kpiId: x.kpiId ?? null,
        kpiTarget: x.kpiTarget ?? null,
        notes: x.notes ?? '',
        now,
      });
    },
  };
}

export type PackageRows = ReturnType<typeof createPackageRows>;
