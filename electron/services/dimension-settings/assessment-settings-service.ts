/** Per-assessment settings around the answers: dimension targets, KPI baselines, discussion notes. */
import {
  DEFAULT_IMPORTANCE,
  DEFAULT_TARGET,
  type DimensionSetting,
  type DiscussionNote,
  type KpiBaseline,
} from '../../contract/capture-types.ts';
import type { AssessmentScope } from '../assessments/assessment-scope.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

interface KpiRow {
  kpi_id: string;
  current_value: number | null;
  target_value: number | null;
  unit: string;
  source: string;
}

export function createAssessmentSettingsService(db: Db, clock: Clock, scope: AssessmentScope) {
  const dimensionRow = db.prepare<[string, string], { target: number; importance: number }>(
    'SELECT target, importance FROM dimension_settings WHERE assessment_id = ? AND dimension_id = ?',
  );
  const dimensionRows = db.prepare<[string], { dimension_id: string; target: number; importance: number }>(
    'SELECT dimension_id, target, importance FROM dimension_settings WHERE assessment_id = ?',
  );
  const upsertDimension = db.prepare(
    `INSERT INTO dimension_settings (assessment_id, dimension_id, target, importance) VALUES (?, ?, ?, ?)
     ON CONFLICT (assessment_id, dimension_id) DO UPDATE SET target = excluded.target, importance = excluded.importance`,
  );
  const kpiRow = db.prepare<[string, string], KpiRow>('SELECT * FROM kpi_baselines WHERE assessment_id = ? AND kpi_id = ?');
  const kpiRows = db.prepare<[string], KpiRow>('SELECT * FROM kpi_baselines WHERE assessment_id = ?');
  const upsertKpi = db.prepare(
    `INSERT INTO kpi_baselines (assessment_id, kpi_id, current_value, target_value, unit, source, updated_at)
     VALUES (@assessmentId, @kpiId, @current, @target, @unit, @source, @now)
     ON CONFLICT (assessment_id, kpi_id) DO UPDATE SET current_value = excluded.current_value, target_value = excluded.target_value,
       unit = excluded.unit, source = excluded.source, updated_at = excluded.updated_at`,
  );
  const discussionRows = db.prepare<[string], { question_id: string; notes: string }>(
    'SELECT question_id, notes FROM discussion_notes WHERE assessment_id = ?',
  );
  const upsertDiscussion = db.prepare(
    `INSERT INTO discussion_notes (assessment_id, question_id, notes, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (assessment_id, question_id) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`,
  );
  const toKpi = (r: KpiRow): KpiBaseline => ({
    kpiId: r.kpi_id,
    current: r.current_value,
    target: r.target_value,
    unit: r.unit,
    source: r.source,
  });

  const setDimension = writeTransaction(
    db,
    (input: { assessmentId: string; dimensionId: string; target?: number; importance?: number }) => {
      const index = scope.writable(input.assessmentId);
      scope.requireIn(index.dimensionIds, input.dimensionId, 'dimensionId', 'a dimension');
      const current = dimensionRow.get(input.assessmentId, input.dimensionId);
      const setting: DimensionSetting = {
        dimensionId: input.dimensionId,
        target: input.target ?? current?.target ?? DEFAULT_TARGET,
        importance: input.importance ?? current?.importance ?? DEFAULT_IMPORTANCE,
      };
      upsertDimension.run(input.assessmentId, input.dimensionId, setting.target, setting.importance);
      scope.touch(input.assessmentId);
      return setting;
    },
  );

  const setKpi = writeTransaction(
    db,
    (input: { assessmentId: string; kpiId: string; current?: number | null; target?: number | null; unit?: string; source?: string }) => {
      const index = scope.writable(input.assessmentId);
      scope.requireIn(index.kpiIds, input.kpiId, 'kpiId', 'a KPI');
      const current = kpiRow.get(input.assessmentId, input.kpiId);
      upsertKpi.run({
        assessmentId: input.assessmentId,
        kpiId: input.kpiId,
        current: input.current !== undefined ? input.current : (current?.current_value ?? null),
        target: input.target !== undefined ? input.target : (current?.target_value ?? null),
        unit: input.unit ?? current?.unit ?? '',
        source: input.source ?? current?.source ?? '',
        now: clock(),
      });
      scope.touch(input.assessmentId);
      return toKpi(kpiRow.get(input.assessmentId, input.kpiId) as KpiRow);
    },
  );

  const setDiscussion = writeTransaction(db, (input: { assessmentId: string; questionId: string; notes: string }): DiscussionNote => {
    const index = scope.writable(input.assessmentId);
    scope.requireIn(index.discussionIds, input.questionId, 'questionId', 'a discussion question');
    upsertDiscussion.run(input.assessmentId, input.questionId, input.notes, clock());
    scope.touch(input.assessmentId);
    return { questionId: input.questionId, notes: input.notes };
  });

  return {
    setDimension,
    listDimensions: (assessmentId: string): DimensionSetting[] =>
      dimensionRows.all(assessmentId).map((r) => ({ dimensionId: r.dimension_id, target: r.target, importance: r.importance })),
    setKpi,
    listKpis: (assessmentId: string) => kpiRows.all(assessmentId).map(toKpi),
    setDiscussion,
    listDiscussion: (assessmentId: string): DiscussionNote[] =>
      discussionRows.all(assessmentId).map((r) => ({ questionId: r.question_id, notes: r.notes })),
  };
}

export type AssessmentSettingsService = ReturnType<typeof createAssessmentSettingsService>;
