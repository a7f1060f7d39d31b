/**
 * Merges a package into the same assessment already in the app, in one transaction:
 * what is missing is added, what is the same is left alone, an answer changed later in the
 * package than here is updated, and anything else that differs is kept as it is here and
 * listed as a conflict: never silently overwritten. Importing the same package twice
 * therefore changes nothing the second time.
 */
import type { MergeReport } from '../../contract/api.ts';
import type { Answer, ConsensusEntry } from '../../contract/capture-types.ts';
import { AppError } from '../../contract/errors.ts';
import type { AssessmentPackage } from '../../contract/package-schema.ts';
import type { Services } from '../context.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import type { PackageAnswer, PackageConsensus, PackageRows } from './package-rows.ts';

const describeAnswer = (x: { level: number | null; na: boolean; note?: string }) =>
  `${x.na ? 'N/A' : (x.level ?? '—')}${x.note ? `, note “${x.note.slice(0, 60)}${x.note.length > 60 ? '…' : ''}”` : ''}`;

function sameAnswer(local: Answer, incoming: PackageAnswer): boolean {
  return (
    local.level === incoming.level &&
    local.na === incoming.na &&
    local.note === (incoming.note ?? '') &&
    (!local.na || local.naReason === (incoming.naReason ?? ''))
  );
}

function sameConsensus(local: ConsensusEntry, incoming: PackageConsensus): boolean {
  return local.level === incoming.level && local.na === incoming.na && local.rationale === (incoming.rationale ?? '');
}

export function mergePackage(
  db: Db,
  clock: Clock,
  services: Services,
  rows: PackageRows,
  pkg: AssessmentPackage,
  check: (pkg: AssessmentPackage) => void,
): MergeReport {
  return db.transaction((): MergeReport => {
    const a = pkg.assessment;
    const here = services.assessments.get(a.id);
    if (here.frameworkId !== pkg.framework.id || here.frameworkVersion !== pkg.framework.version) {
      throw new AppError(
        'CONFLICT',
        `This assessment uses framework ${here.frameworkId} ${here.frameworkVersion}; the package uses ${pkg.framework.id} ${pkg.framework.version}. They cannot be merged: keep both instead.`,
      );
    }
    check(pkg);
    const now = clock();
    const report: MergeReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] };

    const respondents = new Set(services.respondents.list(a.id).map((r) => r.id));
    for (const r of a.respondents) {
      if (respondents.has(r.id)) continue;
      rows.respondent(a.id, r, now);
      report.added++;
    }

    const answers = new Map(services.answers.list(a.id).map((x) => [`${x.questionId}|${x.respondentId}`, x]));
    for (const incoming of a.answers) {
      const local = answers.get(`${incoming.questionId}|${incoming.respondentId}`);
      if (!local) {
        rows.answer(a.id, incoming, now);
        report.added++;
      } else if (sameAnswer(local, incoming)) {
        report.unchanged++;
      } else if (incoming.updatedAt && incoming.updatedAt > local.updatedAt) {
        rows.answer(a.id, incoming, now);
        report.updated++;
      } else {
        report.conflicts.push({
          kind: 'answer',
          questionId: incoming.questionId,
          respondentId: incoming.respondentId,
          local: describeAnswer(local),
          incoming: describeAnswer(incoming),
        });
      }
    }

    const consensus = new Map(services.answers.listConsensus(a.id).map((c) => [c.questionId, c]));
    for (const incoming of a.consensus) {
      const local = consensus.get(incoming.questionId);
      if (!local) {
        rows.consensus(a.id, incoming, now);
        report.added++;
      } else if (sameConsensus(local, incoming)) report.unchanged++;
      else {
        report.conflicts.push({
          kind: 'consensus',
          questionId: incoming.questionId,
          local: describeAnswer({ ...local, note: local.rationale }),
          incoming: describeAnswer({ ...incoming, note: incoming.rationale }),
        });
      }
    }

    const settings = new Map(services.settingsOfAssessment.listDimensions(a.id).map((d) => [d.dimensionId, d]));
    for (const incoming of a.dimensionSettings) {
      const local = settings.get(incoming.dimensionId);
      if (!local) {
        rows.setting(a.id, incoming);
        report.added++;
      } else if (local.target === incoming.target && local.importance === incoming.importance) report.unchanged++;
      else {
        report.conflicts.push({
          kind: 'target',
          itemId: incoming.dimensionId,
          local: `target ${local.target}, importance ${local.importance}`,
          incoming: `target ${incoming.target}, importance ${incoming.importance}`,
        });
      }
    }

    const kpis = new Map(services.settingsOfAssessment.listKpis(a.id).map((k) => [k.kpiId, k]));
    for (const incoming of a.kpis) {
      const local = kpis.get(incoming.kpiId);
      if (!local) {
        rows.kpi(a.id, incoming, now);
        report.added++;
      } else if (JSON.stringify(local) === JSON.stringify({ ...incoming })) report.unchanged++;
      else {
        report.conflicts.push({
          kind: 'kpi',
          itemId: incoming.kpiId,
          local: `${local.current ?? '—'} → ${local.target ?? '—'} ${local.unit}`,
          incoming: `${incoming.current ?? '—'} → ${incoming.target ?? '—'} ${incoming.unit}`,
        });
      }
    }

    const discussion = new Map(services.settingsOfAssessment.listDiscussion(a.id).map((d) => [d.questionId, d.notes]));
    for (const incoming of a.discussion) {
      const local = discussion.get(incoming.questionId);
      if (local === undefined) {
        rows.discussion(a.id, incoming, now);
        report.added++;
      } else if (local === incoming.notes) report.unchanged++;
      else
        report.conflicts.push({
          kind: 'discussion',
          questionId: incoming.questionId,
          local: local.slice(0, 80),
          incoming: incoming.notes.slice(0, 80),
        });
    }

    const evidence = new Set(services.evidence.list(a.id).map((e) => e.id));
    for (const e of a.evidence) {
      if (evidence.has(e.id)) report.unchanged++;
      else {
        rows.evidence(a.id, e, now);
        report.added++;
      }
    }
    const actions = new Set(services.actions.list(a.id).map((x) => x.id));
    for (const x of a.actions) {
      if (actions.has(x.id)) report.unchanged++;
      else {
        rows.action(a.id, x, now);
        report.added++;
      }
    }

    if (report.added + report.updated > 0) services.scope.touch(a.id);
    return report;
  })();
}
