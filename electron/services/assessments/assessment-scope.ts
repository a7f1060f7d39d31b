/**
 * What every capture write checks first: the assessment exists and is not deleted, the
 * question or dimension belongs to its framework. Then, after the write, the assessment's
 * last change moves on (and a draft becomes "in progress").
 */
import { AppError } from '../../contract/errors.ts';
import type { Framework } from '../../contract/framework-schema.ts';
import type { FrameworksService } from '../frameworks/frameworks-service.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';

export interface FrameworkIndex {
  framework: Framework;
  questionIds: Set<string>;
  dimensionIds: Set<string>;
  kpiIds: Set<string>;
  discussionIds: Set<string>;
}

export function indexFramework(framework: Framework): FrameworkIndex {
  const dimensions = framework.sections.flatMap((s) => s.dimensions);
  return {
    framework,
    questionIds: new Set(dimensions.flatMap((d) => d.questions.map((q) => q.id))),
    dimensionIds: new Set(dimensions.map((d) => d.id)),
    kpiIds: new Set(framework.kpis.map((k) => k.id)),
    discussionIds: new Set(framework.discussionQuestions.map((d) => d.id)),
  };
}

export function createAssessmentScope(db: Db, clock: Clock, frameworks: FrameworksService) {
  const find = db.prepare<[string], { framework_id: string; framework_version: string; deleted_at: string | null; status: string }>(
    'SELECT framework_id, framework_version, deleted_at, status FROM assessments WHERE id = ?',
  );
  const touchRow = db.prepare(
    "UPDATE assessments SET updated_at = ?, status = CASE WHEN status = 'draft' THEN 'in-progress' ELSE status END WHERE id = ?",
  );
  const indexes = new Map<string, FrameworkIndex>();

  function frameworkIndex(id: string, version: string): FrameworkIndex {
    const key = `${id}@${version}`;
    let index = indexes.get(key);
    if (!index) {
      index = indexFramework(frameworks.get(id, version));
      indexes.set(key, index);
    }
    return index;
  }

  /** The framework of an assessment that may be read (deleted ones included). */
  function readable(assessmentId: string): FrameworkIndex {
    const row = find.get(assessmentId);
    if (!row) throw new AppError('NOT_FOUND', 'This assessment does not exist. It may have been removed.', { id: assessmentId });
    return frameworkIndex(row.framework_id, row.framework_version);
  }

  /** The framework of an assessment that may be changed: it must exist and not be deleted. */
  function writable(assessmentId: string): FrameworkIndex {
    const index = readable(assessmentId);
    if (find.get(assessmentId)?.deleted_at) {
      throw new AppError('CONFLICT', 'This assessment is deleted. Restore it before changing it.', { id: assessmentId });
    }
    return index;
  }

  function requireQuestion(index: FrameworkIndex, questionId: string) {
    if (!index.questionIds.has(questionId)) {
      throw new AppError('VALIDATION', `questionId: "${questionId}" is not a question of this assessment's framework.`, {
        issues: [{ path: 'questionId', message: 'not a question of this framework' }],
      });
    }
  }

  function requireIn(set: Set<string>, id: string, field: string, what: string) {
    if (!set.has(id)) {
      throw new AppError('VALIDATION', `${field}: "${id}" is not ${what} of this assessment's framework.`, {
        issues: [{ path: field, message: `not ${what} of this framework` }],
      });
    }
  }

  function touch(assessmentId: string) {
    touchRow.run(clock(), assessmentId);
  }

  return { readable, writable, requireQuestion, requireIn, touch, frameworkIndex };
}

export type AssessmentScope = ReturnType<typeof createAssessmentScope>;
