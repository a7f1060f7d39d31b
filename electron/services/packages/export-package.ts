/** Builds the .cxa package of one assessment from the database. */
import { type AssessmentPackage, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from '../../contract/package-schema.ts';
import type { Services } from '../services.ts';

export function buildPackage(
  services: Services,
  assessmentId: string,
  appVersion: string,
  now = new Date().toISOString(),
): AssessmentPackage {
  const a = services.assessments.get(assessmentId);
  const builtIn = services.frameworks.builtIn();
  const isCustom = a.frameworkId !== builtIn.id;
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    exportedAt: now,
    exportedBy: { app: 'CX Maturity Studio', version: appVersion },
    framework: {
      id: a.frameworkId,
      version: a.frameworkVersion,
      ...(isCustom ? { definition: services.frameworks.get(a.frameworkId, a.frameworkVersion) } : {}),
    },
    assessment: {
      id: a.id,
      title: a.title,
      status: a.status,
      language: a.language,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      client: { name: a.client.name, industry: a.client.industry, location: a.client.location, contactName: a.client.contactName },
      assessor: { name: a.assessorName, firm: a.assessorFirm },
      respondents: services.respondents
        .list(a.id)
        .map((r) => ({ id: r.id, name: r.name, role: r.role, kind: r.kind, removedAt: r.deletedAt })),
      answers: services.answers
        .list(a.id)
        .sort((x, y) => x.questionId.localeCompare(y.questionId) || x.respondentId.localeCompare(y.respondentId))
        .map((x) => ({
          questionId: x.questionId,
          respondentId: x.respondentId,
          level: x.level,
          na: x.na,
          naReason: x.naReason,
          note: x.note,
          updatedAt: x.updatedAt,
        })),
      consensus: services.answers
        .listConsensus(a.id)
        .sort((x, y) => x.questionId.localeCompare(y.questionId))
        .map((c) => ({ questionId: c.questionId, level: c.level, na: c.na, rationale: c.rationale, updatedAt: c.updatedAt })),
      dimensionSettings: services.settingsOfAssessment.listDimensions(a.id).sort((x, y) => x.dimensionId.localeCompare(y.dimensionId)),
      actions: services.actions.list(a.id).map((x) => ({
        id: x.id,
        title: x.title,
        description: x.description,
        dimensionIds: x.dimensionIds,
        owner: x.owner,
        due: x.due,
        status: x.status,
        horizon: x.horizon,
        impact: x.impact,
        effort: x.effort,
        recommendationId: x.recommendationId,
        defaultActionId: x.defaultActionId,
        kpiId: x.kpiId,
        kpiTarget: x.kpiTarget,
        notes: x.notes,
      })),
      kpis: services.settingsOfAssessment.listKpis(a.id).sort((x, y) => x.kpiId.localeCompare(y.kpiId)),
      discussion: services.settingsOfAssessment.listDiscussion(a.id).sort((x, y) => x.questionId.localeCompare(y.questionId)),
      evidence: services.evidence.list(a.id).map((e) => ({
        id: e.id,
        questionId: e.questionId,
        kind: e.kind,
        name: e.name,
        location: e.location,
        strength: e.strength,
        sha256: e.sha256,
        size: e.size,
      })),
    },
  };
}

/** A file name from the client and title, safe on every system. */
export function packageFileName(clientName: string, title: string): string {
  const base = `${clientName} - ${title}`
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what file systems refuse
    .replace(/[\u0000-\u001F<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'assessment'}.cxa`;
}
