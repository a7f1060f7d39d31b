/**
 * Imports a .cxa.json package, all or nothing: the text is parsed and validated (shape,
 * then references: questions of the framework, respondents of the package, no duplicates),
 * and only then written, in one transaction. When the assessment is already here, the
 * caller chooses: replace it, keep both (the copy gets new ids), or merge (see merge-package).
 */
import { randomUUID } from 'node:crypto';
import type { ConflictSide, ImportOutcome } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import type { Framework } from '../../contract/framework-schema.ts';
import { type AssessmentPackage, packageSchema } from '../../contract/package-schema.ts';
import { indexFramework } from '../assessments/assessment-scope.ts';
import { formatPath } from '../frameworks/validate-framework.ts';
import type { Services } from '../services.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';
import { buildPackage } from './export-package.ts';
import { mergePackage } from './merge-package.ts';
import { createPackageRows } from './package-rows.ts';

interface Problem {
  path: string;
  message: string;
}

function fail(problems: Problem[]): never {
  const shown = problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : '';
  throw new AppError('VALIDATION', `The package was not imported: ${shown.join('; ')}${more}. Nothing was changed.`, { problems });
}

export function parsePackage(text: string): AssessmentPackage {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail([{ path: '(file)', message: `not valid JSON (${(e as Error).message}); the file may be damaged or cut short` }]);
  }
  if ((raw as { format?: unknown })?.format !== 'cx-maturity-assessment') {
    fail([{ path: 'format', message: 'this is not a CX Maturity Studio assessment package (.cxa.json)' }]);
  }
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success) fail(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  return parsed.data;
}

export type ConflictChoice = 'replace' | 'keep-both' | 'merge';

/** The reason given to an N/A answer that came without one (older packages allowed it). */
export const NA_REASON_NOT_GIVEN = 'not given';

/**
 * Brings package content the API would refuse into the shape the API saves, and says what
 * was changed: an N/A answer with no reason gets the reason "not given" (the next edit of its
 * note would otherwise be refused), and a reason on an answer that is not N/A is dropped
 * (the API clears it too).
 */
export function normalisePackage(pkg: AssessmentPackage): string[] {
  const adjustments: string[] = [];
  pkg.assessment.answers.forEach((x, i) => {
    if (x.na && !(x.naReason ?? '').trim()) {
      x.naReason = NA_REASON_NOT_GIVEN;
      adjustments.push(`assessment.answers[${i}].naReason: an N/A answer had no reason; it was given the reason "${NA_REASON_NOT_GIVEN}"`);
    } else if (!x.na && x.naReason) x.naReason = '';
  });
  return adjustments;
}

/** The same package with every id made new, so that a second copy can sit beside the first. */
export function withNewIds(pkg: AssessmentPackage): AssessmentPackage {
  const respondentIds = new Map(pkg.assessment.respondents.map((r) => [r.id, randomUUID()]));
  const a = pkg.assessment;
  return {
    ...pkg,
    assessment: {
      ...a,
      id: randomUUID(),
      title: `${a.title} (2)`.slice(0, 200),
      respondents: a.respondents.map((r) => ({ ...r, id: respondentIds.get(r.id) as string })),
      answers: a.answers.map((x) => ({ ...x, respondentId: respondentIds.get(x.respondentId) ?? x.respondentId })),
      evidence: a.evidence.map((e) => ({ ...e, id: randomUUID() })),
      actions: a.actions.map((x) => ({ ...x, id: randomUUID() })),
    },
  };
}

export function createPackageImporter(
  db: Db,
  clock: Clock,
  services: Services,
  /** Runs once the package is valid and about to be written (a backup of the database). */
  beforeWrite: () => void = () => {},
) {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM assessments WHERE id = ?');
  const answerCount = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM answers WHERE assessment_id = ?');
  const insertAssessment = db.prepare(
    `INSERT INTO assessments (id, client_id, title, status, language, assessor_name, assessor_firm, framework_id, framework_version, created_at, updated_at)
     VALUES (@id, @clientId, @title, @status, @language, @assessorName, @assessorFirm, @frameworkId, @frameworkVersion, @createdAt, @updatedAt)`,
  );
  const respondentElsewhere = db.prepare<[string], { assessment_id: string }>('SELECT assessment_id FROM respondents WHERE id = ?');
  const rows = createPackageRows(db);
  // Ids that already belong to another assessment cannot be taken over by this one.
  const actionOwner = db.prepare<[string], { assessment_id: string }>('SELECT assessment_id FROM actions WHERE id = ?');
  const evidenceOwner = db.prepare<[string], { assessment_id: string }>('SELECT assessment_id FROM evidence WHERE id = ?');

  function check(pkg: AssessmentPackage) {
    const a = pkg.assessment;
    const definition = pkg.framework.definition;
    if (definition && (definition.id !== pkg.framework.id || definition.version !== pkg.framework.version)) {
      fail([{ path: 'framework.definition', message: 'its id and version differ from framework.id and framework.version' }]);
    }
    // Checked against the framework as the app holds it (an embedded custom one was imported
    // just before): an embedded copy of the built-in framework, edited or with another
    // version, must not let in questions the app does not have.
    let framework: Framework;
    try {
      framework = services.frameworks.get(pkg.framework.id, pkg.framework.version);
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'NOT_FOUND') throw e;
      fail([
        {
          path: 'framework',
          message: definition
            ? `framework ${pkg.framework.id} ${pkg.framework.version} is not in this app, and the copy in the package cannot stand in for it: ${pkg.framework.id} is the id of the framework that ships with the app`
            : `framework ${pkg.framework.id} ${pkg.framework.version} is not in this app and the package does not include it; import that framework first`,
        },
      ]);
    }
    const index = indexFramework(framework);
    const problems: Problem[] = [];
    const respondentIds = new Set<string>();
    a.respondents.forEach((r, i) => {
      if (respondentIds.has(r.id)) problems.push({ path: `assessment.respondents[${i}].id`, message: `duplicate respondent id ${r.id}` });
      respondentIds.add(r.id);
      const other = respondentElsewhere.get(r.id);
      if (other && other.assessment_id !== a.id)
        problems.push({ path: `assessment.respondents[${i}].id`, message: 'this respondent id belongs to another assessment' });
    });
    const answerKeys = new Set<string>();
    a.answers.forEach((x, i) => {
      const path = `assessment.answers[${i}]`;
      if (!index.questionIds.has(x.questionId))
        problems.push({
          path: `${path}.questionId`,
          message: `"${x.questionId}" is not a question of framework ${framework.id} ${framework.version}`,
        });
      if (!respondentIds.has(x.respondentId))
        problems.push({ path: `${path}.respondentId`, message: 'not one of the package respondents' });
      if (x.na && x.level !== null) problems.push({ path: `${path}.level`, message: 'an N/A answer has no level' });
      const key = `${x.questionId}|${x.respondentId}`;
      if (answerKeys.has(key)) problems.push({ path, message: 'a second answer to the same question by the same respondent' });
      answerKeys.add(key);
    });
    const consensusKeys = new Set<string>();
    a.consensus.forEach((c, i) => {
      const path = `assessment.consensus[${i}]`;
      if (!index.questionIds.has(c.questionId))
        problems.push({ path: `${path}.questionId`, message: `"${c.questionId}" is not a question of this framework` });
      if (c.na && c.level !== null) problems.push({ path: `${path}.level`, message: 'an N/A consensus has no level' });
      if (consensusKeys.has(c.questionId)) problems.push({ path, message: 'a second consensus for the same question' });
      consensusKeys.add(c.questionId);
    });
    const unique = <T>(items: T[], key: (t: T) => string, valid: (t: T) => boolean, name: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const k = key(item);
        if (!valid(item)) problems.push({ path: `assessment.${name}[${i}]`, message: `"${k}" is not ${what} of this framework` });
        if (seen.has(k)) problems.push({ path: `assessment.${name}[${i}]`, message: `"${k}" appears twice` });
        seen.add(k);
      });
    };
    unique(
      a.dimensionSettings,
      (d) => d.dimensionId,
      (d) => index.dimensionIds.has(d.dimensionId),
      'dimensionSettings',
      'a dimension',
    );
    unique(
      a.kpis,
      (k) => k.kpiId,
      (k) => index.kpiIds.has(k.kpiId),
      'kpis',
      'a KPI',
    );
    unique(
      a.discussion,
      (d) => d.questionId,
      (d) => index.discussionIds.has(d.questionId),
      'discussion',
      'a discussion question',
    );
    unique(
      a.evidence,
      (e) => e.id,
      (e) => index.questionIds.has(e.questionId),
      'evidence',
      'evidence on a question',
    );
    a.evidence.forEach((e, i) => {
      const owner = evidenceOwner.get(e.id)?.assessment_id;
      if (owner && owner !== a.id)
        problems.push({ path: `assessment.evidence[${i}].id`, message: 'this evidence id belongs to another assessment' });
    });
    const actionIds = new Set<string>();
    a.actions.forEach((x, i) => {
      const path = `assessment.actions[${i}]`;
      const owner = actionOwner.get(x.id)?.assessment_id;
      if (actionIds.has(x.id) || (owner && owner !== a.id))
        problems.push({ path: `${path}.id`, message: 'this action id is already used' });
      actionIds.add(x.id);
      x.dimensionIds.forEach((d, j) => {
        if (!index.dimensionIds.has(d))
          problems.push({ path: `${path}.dimensionIds[${j}]`, message: `"${d}" is not a dimension of this framework` });
      });
      if (x.kpiId && !index.kpiIds.has(x.kpiId))
        problems.push({ path: `${path}.kpiId`, message: `"${x.kpiId}" is not a KPI of this framework` });
    });
    if (problems.length) fail(problems);
  }

  const children = [
    'actions',
    'evidence',
    'discussion_notes',
    'kpi_baselines',
    'dimension_settings',
    'consensus',
    'answers',
    'respondents',
  ];
  const purgeStatements = [...children, 'assessments'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE ${table === 'assessments' ? 'id' : 'assessment_id'} = ?`),
  );

  const write = writeTransaction(db, (pkg: AssessmentPackage): string => {
    const a = pkg.assessment;
    if (pkg.framework.definition && pkg.framework.id !== services.frameworks.builtIn().id) {
      try {
        services.frameworks.import(JSON.stringify(pkg.framework.definition));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        fail([
          {
            path: 'framework.definition',
            message:
              e.code === 'CONFLICT'
                ? `framework ${pkg.framework.id} ${pkg.framework.version} is already in this app with different content; the package's copy was changed without a new version number`
                : e.message.replace(/\.$/, ''),
          },
        ]);
      }
    }
    check(pkg);
    const now = clock();
    const client = services.clients.findOrCreate(a.client.name);
    if (!client.industry && !client.location && !client.contactName) {
      services.clients.update({
        id: client.id,
        industry: a.client.industry,
        location: a.client.location,
        contactName: a.client.contactName,
      });
    }
    insertAssessment.run({
      id: a.id,
      clientId: client.id,
      title: a.title,
      status: a.status,
      language: a.language,
      assessorName: a.assessor?.name ?? '',
      assessorFirm: a.assessor?.firm ?? '',
      frameworkId: pkg.framework.id,
      frameworkVersion: pkg.framework.version,
      createdAt: a.createdAt ?? now,
      updatedAt: now,
    });
    for (const r of a.respondents) rows.respondent(a.id, r, now);
    for (const x of a.answers) rows.answer(a.id, x, now);
    for (const c of a.consensus) rows.consensus(a.id, c, now);
    for (const d of a.dimensionSettings) rows.setting(a.id, d);
    for (const k of a.kpis) rows.kpi(a.id, k, now);
    for (const d of a.discussion) rows.discussion(a.id, d, now);
    for (const e of a.evidence) rows.evidence(a.id, e, now);
    for (const x of a.actions) rows.action(a.id, x, now);
    return a.id;
  });

  /**
   * Replaces the assessment here with the package's: what is here is first copied, with new
   * ids, to the Deleted list (restorable), and only then removed; nothing is dropped.
   */
  const replace = writeTransaction(db, (pkg: AssessmentPackage): { id: string; movedToDeleted: ConflictSide } => {
    const here = describeHere(pkg.assessment.id);
    const copy = withNewIds(buildPackage(services, pkg.assessment.id, 'replaced', clock()));
    copy.assessment.title = here.title;
    const copyId = write(copy);
    services.assessments.delete(copyId);
    for (const purge of purgeStatements) purge.run(pkg.assessment.id);
    return { id: write(pkg), movedToDeleted: { ...here, id: copyId, deleted: true } };
  });

  function describeHere(id: string): ConflictSide {
    const here = services.assessments.get(id);
    return {
      id,
      title: here.title,
      client: here.client.name,
      updatedAt: here.updatedAt,
      answers: answerCount.get(id)?.n ?? 0,
      deleted: here.deletedAt !== null,
    };
  }

  return {
    /**
     * Imports the package text. When its assessment is already here, `onConflict` says what
     * to do; without it the import is refused with a CONFLICT that names the choices.
     */
    importText(text: string, onConflict?: ConflictChoice): ImportOutcome {
      const pkg = parsePackage(text);
      const adjustments = normalisePackage(pkg);
      const a = pkg.assessment;
      const base = { merge: null, adjustments, replaced: null };
      if (!exists.get(a.id)) {
        beforeWrite();
        return { ...base, assessment: services.assessments.get(write(pkg)), outcome: 'imported' };
      }
      const here = describeHere(a.id);
      const incoming: ConflictSide = {
        id: a.id,
        title: a.title,
        client: a.client.name,
        updatedAt: a.updatedAt ?? null,
        answers: a.answers.length,
        deleted: false,
      };
      if (!onConflict) {
        const sameName = here.title === incoming.title && here.client === incoming.client;
        const names = sameName
          ? `"${a.title}"`
          : `"${here.client} / ${here.title}" (${here.answers} answers), which the package "${incoming.client} / ${incoming.title}" (${incoming.answers} answers) carries the id of,`;
        throw new AppError(
          'CONFLICT',
          here.deleted
            ? `The assessment ${names} is in the app's deleted assessments. Restore it to merge, or choose to replace it or keep both.`
            : `The assessment ${names} is already in the app. Choose to replace it, keep both, or merge the two.`,
          { id: a.id, title: a.title, here, incoming, choices: ['replace', 'keep-both', 'merge'] },
        );
      }
      beforeWrite();
      if (onConflict === 'replace') {
        const { id, movedToDeleted } = replace(pkg);
        return { ...base, assessment: services.assessments.get(id), outcome: 'replaced', replaced: movedToDeleted };
      }
      if (onConflict === 'keep-both') return { ...base, assessment: services.assessments.get(write(withNewIds(pkg))), outcome: 'copied' };
      const merge = mergePackage(db, clock, services, rows, pkg, check);
      return { ...base, assessment: services.assessments.get(a.id), outcome: 'merged', merge };
    },
  };
}
