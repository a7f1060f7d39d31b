/**
 * Imports a .cxa.json package, all or nothing: the text is parsed and validated (shape,
 * then references: questions of the framework, respondents of the package, no duplicates),
 * and only then written, in one transaction. A package whose assessment is already in the
 * app is refused (replace / keep both / merge come with respondent kits).
 */
import type { Assessment } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import { type AssessmentPackage, packageSchema } from '../../contract/package-schema.ts';
import { indexFramework } from '../capture/assessment-scope.ts';
import type { Services } from '../context.ts';
import { formatPath } from '../frameworks/validate-framework.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';

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

export function createPackageImporter(db: Db, clock: Clock, services: Services) {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM assessments WHERE id = ?');
  const insertAssessment = db.prepare(
    `INSERT INTO assessments (id, client_id, title, status, language, assessor_name, assessor_firm, framework_id, framework_version, created_at, updated_at)
     VALUES (@id, @clientId, @title, @status, @language, @assessorName, @assessorFirm, @frameworkId, @frameworkVersion, @createdAt, @updatedAt)`,
  );
  const insertRespondent = db.prepare(
    `INSERT INTO respondents (id, assessment_id, name, role, kind, position, created_at, updated_at, deleted_at)
     VALUES (@id, @assessmentId, @name, @role, @kind, @position, @now, @now, @removedAt)`,
  );
  const respondentElsewhere = db.prepare<[string], { assessment_id: string }>('SELECT assessment_id FROM respondents WHERE id = ?');
  const insertAnswer = db.prepare(
    `INSERT INTO answers (assessment_id, question_id, respondent_id, level, na, na_reason, note, updated_at)
     VALUES (@assessmentId, @questionId, @respondentId, @level, @na, @naReason, @note, @now)`,
  );
  const insertConsensus = db.prepare(
    `INSERT INTO consensus (assessment_id, question_id, level, na, rationale, updated_at)
     VALUES (@assessmentId, @questionId, @level, @na, @rationale, @now)`,
  );
  const insertSetting = db.prepare('INSERT INTO dimension_settings (assessment_id, dimension_id, target, importance) VALUES (?, ?, ?, ?)');
  const insertKpi = db.prepare(
    `INSERT INTO kpi_baselines (assessment_id, kpi_id, current_value, target_value, unit, source, updated_at)
     VALUES (@assessmentId, @kpiId, @current, @target, @unit, @source, @now)`,
  );
  const insertDiscussion = db.prepare('INSERT INTO discussion_notes (assessment_id, question_id, notes, updated_at) VALUES (?, ?, ?, ?)');
  const insertEvidence = db.prepare(
    `INSERT INTO evidence (id, assessment_id, question_id, kind, name, location, strength, sha256, size, stored_name, created_at)
     VALUES (@id, @assessmentId, @questionId, @kind, @name, @location, @strength, @sha256, @size, NULL, @now)`,
  );
  const insertAction = db.prepare(
    `INSERT INTO actions (id, assessment_id, title, description, dimension_ids, owner, due, status, horizon, impact, effort,
       recommendation_id, default_action_id, kpi_id, kpi_target, notes, position, created_at, updated_at)
     VALUES (@id, @assessmentId, @title, @description, @dimensionIds, @owner, @due, @status, @horizon, @impact, @effort,
       @recommendationId, @defaultActionId, @kpiId, @kpiTarget, @notes, @position, @now, @now)`,
  );
  const actionElsewhere = db.prepare<[string], { id: string }>('SELECT id FROM actions WHERE id = ?');
  const evidenceElsewhere = db.prepare<[string], { id: string }>('SELECT id FROM evidence WHERE id = ?');

  function check(pkg: AssessmentPackage) {
    const a = pkg.assessment;
    const framework = pkg.framework.definition ?? services.frameworks.get(pkg.framework.id, pkg.framework.version);
    if (framework.id !== pkg.framework.id || framework.version !== pkg.framework.version) {
      fail([{ path: 'framework.definition', message: 'its id and version differ from framework.id and framework.version' }]);
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
      if (evidenceElsewhere.get(e.id))
        problems.push({ path: `assessment.evidence[${i}].id`, message: 'this evidence id is already in the app' });
    });
    const actionIds = new Set<string>();
    a.actions.forEach((x, i) => {
      const path = `assessment.actions[${i}]`;
      if (actionIds.has(x.id) || actionElsewhere.get(x.id))
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

  const write = db.transaction((pkg: AssessmentPackage): string => {
    const a = pkg.assessment;
    if (exists.get(a.id)) {
      throw new AppError(
        'CONFLICT',
        `The assessment "${a.title}" is already in the app. Delete it first to import this copy (choosing replace, keep both or merge comes in a later version).`,
        { id: a.id },
      );
    }
    if (pkg.framework.definition && pkg.framework.id !== services.frameworks.builtIn().id) {
      services.frameworks.import(JSON.stringify(pkg.framework.definition));
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
    a.respondents.forEach((r, i) =>
      insertRespondent.run({
        id: r.id,
        assessmentId: a.id,
        name: r.name,
        role: r.role,
        kind: r.kind,
        position: i + 1,
        now,
        removedAt: r.removedAt ?? null,
      }),
    );
    for (const x of a.answers) {
      insertAnswer.run({
        assessmentId: a.id,
        questionId: x.questionId,
        respondentId: x.respondentId,
        level: x.level,
        na: x.na ? 1 : 0,
        naReason: x.naReason ?? '',
        note: x.note ?? '',
        now,
      });
    }
    for (const c of a.consensus) {
      insertConsensus.run({
        assessmentId: a.id,
        questionId: c.questionId,
        level: c.level,
        na: c.na ? 1 : 0,
        rationale: c.rationale ?? '',
        now,
      });
    }
    for (const d of a.dimensionSettings) insertSetting.run(a.id, d.dimensionId, d.target, d.importance);
    for (const k of a.kpis) insertKpi.run({ assessmentId: a.id, ...k, now });
    for (const d of a.discussion) insertDiscussion.run(a.id, d.questionId, d.notes, now);
    for (const e of a.evidence) insertEvidence.run({ ...e, assessmentId: a.id, now });
    a.actions.forEach((x, i) =>
      insertAction.run({
        id: x.id,
        assessmentId: a.id,
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
        position: i + 1,
        now,
      }),
    );
    return a.id;
  });

  return {
    /** Imports the package text; returns the new assessment. */
    importText(text: string): Assessment {
      const pkg = parsePackage(text);
      return services.assessments.get(write(pkg));
    },
  };
}
