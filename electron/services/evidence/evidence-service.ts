/**
 * Evidence behind an answer: a reference (document name and where it lives) or a file,
 * copied into the app's data folder under its SHA-256 (written to a temporary name, then
 * renamed, so a half-written file never looks complete).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVIDENCE_FILE_MAX_BYTES, type Evidence, type EvidenceStrength } from '../../contract/capture-types.ts';
import { AppError } from '../../contract/errors.ts';
import type { AssessmentScope } from '../assessments/assessment-scope.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

interface EvidenceRow {
  id: string;
  assessment_id: string;
  question_id: string;
  kind: 'file' | 'reference';
  name: string;
  location: string;
  strength: EvidenceStrength;
  sha256: string | null;
  size: number | null;
  created_at: string;
  deleted_at: string | null;
}

const toEvidence = (r: EvidenceRow): Evidence => ({
  id: r.id,
  questionId: r.question_id,
  kind: r.kind,
  name: r.name,
  location: r.location,
  strength: r.strength,
  sha256: r.sha256,
  size: r.size,
  createdAt: r.created_at,
});

export function createEvidenceService(db: Db, clock: Clock, scope: AssessmentScope, evidenceDir: string) {
  const byId = db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE id = ?');
  const byAssessment = db.prepare<[string], EvidenceRow>(
    'SELECT * FROM evidence WHERE assessment_id = ? AND deleted_at IS NULL ORDER BY created_at',
  );
  const insert = db.prepare(
    `INSERT INTO evidence (id, assessment_id, question_id, kind, name, location, strength, sha256, size, stored_name, created_at)
     VALUES (@id, @assessmentId, @questionId, @kind, @name, @location, @strength, @sha256, @size, @storedName, @now)`,
  );
  const update = db.prepare('UPDATE evidence SET name = @name, location = @location, strength = @strength WHERE id = @id');
  const setDeleted = db.prepare('UPDATE evidence SET deleted_at = ? WHERE id = ?');

  function row(id: string): EvidenceRow {
    const r = byId.get(id);
    if (!r || r.deleted_at) throw new AppError('NOT_FOUND', 'This piece of evidence does not exist (it may have been removed).', { id });
    return r;
  }

  const addReference = writeTransaction(
    db,
    (input: { assessmentId: string; questionId: string; name: string; location?: string; strength: EvidenceStrength }) => {
      scope.requireQuestion(scope.writable(input.assessmentId), input.questionId);
      const id = randomUUID();
      insert.run({
        ...input,
        id,
        kind: 'reference',
        location: input.location ?? '',
        sha256: null,
        size: null,
        storedName: null,
        now: clock(),
      });
      scope.touch(input.assessmentId);
      return toEvidence(row(id));
    },
  );

  /** Copies the file into the data folder first (outside the transaction), then records it. */
  function addFile(input: {
    assessmentId: string;
    questionId: string;
    fileName: string;
    contentBase64: string;
    strength: EvidenceStrength;
  }) {
    scope.requireQuestion(scope.writable(input.assessmentId), input.questionId);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length > EVIDENCE_FILE_MAX_BYTES) {
      throw new AppError('VALIDATION', `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; evidence files must be at most 25 MB.`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = join(evidenceDir, sha256);
    if (!existsSync(stored)) {
      const temp = `${stored}.${process.pid}.tmp`;
      try {
        mkdirSync(evidenceDir, { recursive: true });
        writeFileSync(temp, bytes);
        renameSync(temp, stored);
      } catch (e) {
        rmSync(temp, { force: true });
        const code = (e as NodeJS.ErrnoException).code;
        throw new AppError(
          'STORAGE',
          code === 'ENOSPC'
            ? 'The disk is full: the evidence file was not saved. Free some space and try again.'
            : `The evidence file could not be saved in ${evidenceDir} (${code ?? (e as Error).message}).`,
        );
      }
    }
    return writeTransaction(db, () => {
      const id = randomUUID();
      insert.run({
        id,
        assessmentId: input.assessmentId,
        questionId: input.questionId,
        kind: 'file',
        name: input.fileName,
        location: '',
        strength: input.strength,
        sha256,
        size: bytes.length,
        storedName: sha256,
        now: clock(),
      });
      scope.touch(input.assessmentId);
      return toEvidence(row(id));
    })();
  }

  const change = writeTransaction(db, (input: { id: string; name?: string; location?: string; strength?: EvidenceStrength }) => {
    const current = row(input.id);
    scope.writable(current.assessment_id);
    update.run({
      id: current.id,
      name: input.name ?? current.name,
      location: input.location ?? current.location,
      strength: input.strength ?? current.strength,
    });
    scope.touch(current.assessment_id);
    return toEvidence(row(current.id));
  });

  const remove = writeTransaction(db, (id: string) => {
    const current = row(id);
    scope.writable(current.assessment_id);
    setDeleted.run(clock(), id);
    scope.touch(current.assessment_id);
    return toEvidence({ ...current });
  });

  return {
    list: (assessmentId: string) => byAssessment.all(assessmentId).map(toEvidence),
    addReference,
    addFile,
    update: change,
    remove,
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
