/** The people interviewed in an assessment. Removing one keeps their answers, restorable. */
import { randomUUID } from 'node:crypto';
import type { Respondent, RespondentKind } from '../../contract/capture-types.ts';
import { AppError } from '../../contract/errors.ts';
import type { AssessmentScope } from '../assessments/assessment-scope.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

interface RespondentRow {
  id: string;
  assessment_id: string;
  name: string;
  role: string;
  kind: RespondentKind;
  position: number;
  deleted_at: string | null;
}

const toRespondent = (r: RespondentRow): Respondent => ({
  id: r.id,
  name: r.name,
  role: r.role,
  kind: r.kind,
  position: r.position,
  deletedAt: r.deleted_at,
});

export function createRespondentsService(db: Db, clock: Clock, scope: AssessmentScope) {
  const byId = db.prepare<[string], RespondentRow>('SELECT * FROM respondents WHERE id = ?');
  const byAssessment = db.prepare<[string], RespondentRow>(
    'SELECT * FROM respondents WHERE assessment_id = ? ORDER BY position, created_at',
  );
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM respondents WHERE assessment_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO respondents (id, assessment_id, name, role, kind, position, created_at, updated_at)
     VALUES (@id, @assessmentId, @name, @role, @kind, @position, @now, @now)`,
  );
  const update = db.prepare('UPDATE respondents SET name = @name, role = @role, kind = @kind, updated_at = @now WHERE id = @id');
  const setDeleted = db.prepare('UPDATE respondents SET deleted_at = ?, updated_at = ? WHERE id = ?');

  function row(id: string): RespondentRow {
    const r = byId.get(id);
    if (!r) throw new AppError('NOT_FOUND', 'This respondent does not exist.', { id });
    return r;
  }

  /** A respondent that may receive answers: present and not removed. */
  function active(id: string, assessmentId: string): RespondentRow {
    const r = row(id);
    if (r.assessment_id !== assessmentId) throw new AppError('NOT_FOUND', 'This respondent is not part of this assessment.', { id });
    if (r.deleted_at) throw new AppError('CONFLICT', `${r.name} was removed from this assessment. Restore them to record answers.`, { id });
    return r;
  }

  const add = writeTransaction(db, (input: { assessmentId: string; name: string; role?: string; kind: RespondentKind; id?: string }) => {
    scope.writable(input.assessmentId);
    const id = input.id ?? randomUUID();
    insert.run({
      id,
      assessmentId: input.assessmentId,
      name: input.name,
      role: input.role ?? '',
      kind: input.kind,
      position: nextPosition.get(input.assessmentId)?.next ?? 1,
      now: clock(),
    });
    scope.touch(input.assessmentId);
    return toRespondent(row(id));
  });

  const change = writeTransaction(db, (input: { id: string; name?: string; role?: string; kind?: RespondentKind }) => {
    const current = row(input.id);
    scope.writable(current.assessment_id);
    update.run({
      id: current.id,
      name: input.name ?? current.name,
      role: input.role ?? current.role,
      kind: input.kind ?? current.kind,
      now: clock(),
    });
    scope.touch(current.assessment_id);
    return toRespondent(row(current.id));
  });

  const setRemoved = (removed: boolean) =>
    writeTransaction(db, (id: string) => {
      const current = row(id);
      scope.writable(current.assessment_id);
      const now = clock();
      setDeleted.run(removed ? now : null, now, id);
      scope.touch(current.assessment_id);
      return toRespondent(row(id));
    });

  return {
    list: (assessmentId: string) => byAssessment.all(assessmentId).map(toRespondent),
    add,
    update: change,
    remove: setRemoved(true),
    restore: setRemoved(false),
    active,
  };
}

export type RespondentsService = ReturnType<typeof createRespondentsService>;
