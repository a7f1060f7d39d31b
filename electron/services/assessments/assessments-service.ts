/**
 * Assessments: create, list, rename, delete (a state, with restore). Every write is one
 * small transaction and bumps updated_at, which orders the home screen.
 */
import { randomUUID } from 'node:crypto';
import type { Assessment, AssessmentStatus, AssessmentSummary } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { Language } from '../../contract/framework-schema.ts';
import type { ClientsService } from '../clients/clients-service.ts';
import type { FrameworksService } from '../frameworks/frameworks-service.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';

interface AssessmentRow {
  id: string;
  client_id: string;
  title: string;
  status: AssessmentStatus;
  language: Language;
  assessor_name: string;
  assessor_firm: string;
  framework_id: string;
  framework_version: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface SummaryRow {
  id: string;
  title: string;
  status: AssessmentStatus;
  language: Language;
  client_id: string;
  client_name: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface NewAssessment {
  clientName: string;
  title: string;
  language: Language;
  assessorName: string;
  assessorFirm: string;
  /** The framework to assess against; the shipped one (or the newest version of the id) by default. */
  framework?: { id: string; version?: string };
}

export function createAssessmentsService(
  db: Db,
  clock: Clock,
  clients: ClientsService,
  frameworks: FrameworksService,
  /** Runs inside the creating transaction (the action plan adds its preparation actions). */
  afterCreate: (assessment: Assessment) => void = () => {},
) {
  const byId = db.prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE id = ?');
  const summaries = db.prepare<[number], SummaryRow>(
    `SELECT a.id, a.title, a.status, a.language, a.client_id, c.name AS client_name, a.updated_at, a.deleted_at
       FROM assessments a JOIN clients c ON c.id = a.client_id
      WHERE (a.deleted_at IS NOT NULL) = ?
      ORDER BY a.updated_at DESC, a.rowid DESC`,
  );
  const insert = db.prepare(
    `INSERT INTO assessments (id, client_id, title, status, language, assessor_name, assessor_firm,
       framework_id, framework_version, created_at, updated_at)
     VALUES (@id, @clientId, @title, 'draft', @language, @assessorName, @assessorFirm,
       @frameworkId, @frameworkVersion, @now, @now)`,
  );
  const setTitle = db.prepare('UPDATE assessments SET title = ?, updated_at = ? WHERE id = ?');
  const setDeleted = db.prepare('UPDATE assessments SET deleted_at = ?, updated_at = ? WHERE id = ?');

  function row(id: string): AssessmentRow {
    const found = byId.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'This assessment does not exist. It may have been removed.', { id });
    return found;
  }

  function get(id: string): Assessment {
    const r = row(id);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      language: r.language,
      client: clients.get(r.client_id),
      assessorName: r.assessor_name,
      assessorFirm: r.assessor_firm,
      frameworkId: r.framework_id,
      frameworkVersion: r.framework_version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      deletedAt: r.deleted_at,
    };
  }

  function list(options: { search?: string; deleted?: boolean } = {}): AssessmentSummary[] {
    const needle = options.search?.normalize('NFC').trim().toLocaleLowerCase('en') ?? '';
    return summaries
      .all(options.deleted ? 1 : 0)
      .filter((r) => !needle || r.title.toLocaleLowerCase('en').includes(needle) || r.client_name.toLocaleLowerCase('en').includes(needle))
      .map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        language: r.language,
        clientId: r.client_id,
        clientName: r.client_name,
        updatedAt: r.updated_at,
        deletedAt: r.deleted_at,
      }));
  }

  const create = writeTransaction(db, (input: NewAssessment): Assessment => {
    // Resolve the framework first: an unknown one must not leave a new client behind.
    const chosen = input.framework ? frameworks.get(input.framework.id, input.framework.version) : frameworks.builtIn();
    const ref = { id: chosen.id, version: chosen.version };
    const client = clients.findOrCreate(input.clientName);
    const id = randomUUID();
    insert.run({
      id,
      clientId: client.id,
      title: input.title,
      language: input.language,
      assessorName: input.assessorName,
      assessorFirm: input.assessorFirm,
      frameworkId: ref.id,
      frameworkVersion: ref.version,
      now: clock(),
    });
    afterCreate(get(id));
    return get(id);
  });

  const rename = writeTransaction(db, (id: string, title: string): Assessment => {
    // Deleted is read-only: for its title too, as for everything captured in it.
    if (row(id).deleted_at) throw new AppError('CONFLICT', 'This assessment is deleted. Restore it before changing it.', { id });
    setTitle.run(title, clock(), id);
    return get(id);
  });

  const remove = writeTransaction(db, (id: string): Assessment => {
    const current = row(id);
    if (current.deleted_at) return get(id);
    const now = clock();
    setDeleted.run(now, now, id);
    return get(id);
  });

  const restore = writeTransaction(db, (id: string): Assessment => {
    const current = row(id);
    if (!current.deleted_at) return get(id);
    setDeleted.run(null, clock(), id);
    return get(id);
  });

  return { get, list, create, rename, delete: remove, restore };
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
