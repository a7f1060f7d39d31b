/**
 * Answers (one per question and respondent) and the consultant's consensus (one per
 * question). Each change is its own small transaction, saved the moment it is made.
 */
import type { Answer, ConsensusEntry } from '../../contract/capture-types.ts';
import { AppError } from '../../contract/errors.ts';
import type { AssessmentScope } from '../assessments/assessment-scope.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';
import type { RespondentsService } from './respondents-service.ts';

interface AnswerRow {
  question_id: string;
  respondent_id: string;
  level: number | null;
  na: number;
  na_reason: string;
  note: string;
  updated_at: string;
}
interface ConsensusRow {
  question_id: string;
  level: number | null;
  na: number;
  rationale: string;
  updated_at: string;
}

const toAnswer = (r: AnswerRow): Answer => ({
  questionId: r.question_id,
  respondentId: r.respondent_id,
  level: r.level,
  na: r.na === 1,
  naReason: r.na_reason,
  note: r.note,
  updatedAt: r.updated_at,
});
const toConsensus = (r: ConsensusRow): ConsensusEntry => ({
  questionId: r.question_id,
  level: r.level,
  na: r.na === 1,
  rationale: r.rationale,
  updatedAt: r.updated_at,
});

export interface AnswerPatch {
  assessmentId: string;
  questionId: string;
  respondentId: string;
  level?: number | null;
  na?: boolean;
  naReason?: string;
  note?: string;
}

export interface ConsensusPatch {
  assessmentId: string;
  questionId: string;
  level?: number | null;
  na?: boolean;
  rationale?: string;
}

/** Applies level / N/A changes: a level clears N/A, N/A clears the level. */
function nextState(current: { level: number | null; na: boolean }, patch: { level?: number | null; na?: boolean }) {
  if (patch.level !== undefined && patch.level !== null && patch.na === true) {
    throw new AppError('VALIDATION', 'level: an answer is either a level or N/A, not both.', {
      issues: [{ path: 'level', message: 'either a level or N/A' }],
    });
  }
  let { level, na } = current;
  if (patch.level !== undefined) {
    level = patch.level;
    if (level !== null) na = false;
  }
  if (patch.na !== undefined) {
    na = patch.na;
    if (na) level = null;
  }
  return { level, na };
}

export function createAnswersService(db: Db, clock: Clock, scope: AssessmentScope, respondents: RespondentsService) {
  const answerRow = db.prepare<[string, string, string], AnswerRow>(
    'SELECT * FROM answers WHERE assessment_id = ? AND question_id = ? AND respondent_id = ?',
  );
  const answersOf = db.prepare<[string], AnswerRow>('SELECT * FROM answers WHERE assessment_id = ?');
  const upsertAnswer = db.prepare(
    `INSERT INTO answers (assessment_id, question_id, respondent_id, level, na, na_reason, note, updated_at)
     VALUES (@assessmentId, @questionId, @respondentId, @level, @na, @naReason, @note, @now)
     ON CONFLICT (assessment_id, question_id, respondent_id) DO UPDATE SET
       level = excluded.level, na = excluded.na, na_reason = excluded.na_reason, note = excluded.note, updated_at = excluded.updated_at`,
  );
  const consensusRow = db.prepare<[string, string], ConsensusRow>('SELECT * FROM consensus WHERE assessment_id = ? AND question_id = ?');
  const consensusOf = db.prepare<[string], ConsensusRow>('SELECT * FROM consensus WHERE assessment_id = ?');
  const upsertConsensus = db.prepare(
    `INSERT INTO consensus (assessment_id, question_id, level, na, rationale, updated_at)
     VALUES (@assessmentId, @questionId, @level, @na, @rationale, @now)
     ON CONFLICT (assessment_id, question_id) DO UPDATE SET
       level = excluded.level, na = excluded.na, rationale = excluded.rationale, updated_at = excluded.updated_at`,
  );
  const deleteConsensus = db.prepare('DELETE FROM consensus WHERE assessment_id = ? AND question_id = ?');

  const setAnswer = writeTransaction(db, (patch: AnswerPatch): Answer => {
    const index = scope.writable(patch.assessmentId);
    scope.requireQuestion(index, patch.questionId);
    respondents.active(patch.respondentId, patch.assessmentId);
    const current = answerRow.get(patch.assessmentId, patch.questionId, patch.respondentId);
    const state = nextState({ level: current?.level ?? null, na: current?.na === 1 }, patch);
    const naReason = patch.naReason ?? current?.na_reason ?? '';
    if (state.na && !naReason.trim()) {
      throw new AppError('VALIDATION', 'naReason: say why this question does not apply (N/A needs a reason).', {
        issues: [{ path: 'naReason', message: 'N/A needs a reason' }],
      });
    }
    upsertAnswer.run({
      assessmentId: patch.assessmentId,
      questionId: patch.questionId,
      respondentId: patch.respondentId,
      level: state.level,
      na: state.na ? 1 : 0,
      naReason: state.na ? naReason : '',
      note: patch.note ?? current?.note ?? '',
      now: clock(),
    });
    scope.touch(patch.assessmentId);
    return toAnswer(answerRow.get(patch.assessmentId, patch.questionId, patch.respondentId) as AnswerRow);
  });

  /** Sets the agreed level; clearing level, N/A and rationale removes the consensus (null). */
  const setConsensus = writeTransaction(db, (patch: ConsensusPatch): ConsensusEntry | null => {
    const index = scope.writable(patch.assessmentId);
    scope.requireQuestion(index, patch.questionId);
    const current = consensusRow.get(patch.assessmentId, patch.questionId);
    const state = nextState({ level: current?.level ?? null, na: current?.na === 1 }, patch);
    const rationale = patch.rationale ?? current?.rationale ?? '';
    if (state.level === null && !state.na && !rationale.trim()) {
      deleteConsensus.run(patch.assessmentId, patch.questionId);
      scope.touch(patch.assessmentId);
      return null;
    }
    upsertConsensus.run({
      assessmentId: patch.assessmentId,
      questionId: patch.questionId,
      level: state.level,
      na: state.na ? 1 : 0,
      rationale,
      now: clock(),
    });
    scope.touch(patch.assessmentId);
    return toConsensus(consensusRow.get(patch.assessmentId, patch.questionId) as ConsensusRow);
  });

  return {
    set: setAnswer,
    list: (assessmentId: string) => answersOf.all(assessmentId).map(toAnswer),
    setConsensus,
    listConsensus: (assessmentId: string) => consensusOf.all(assessmentId).map(toConsensus),
  };
}

export type AnswersService = ReturnType<typeof createAnswersService>;
