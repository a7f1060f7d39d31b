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
import type { Services } from '../services.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';
import type { PackageAnswer, PackageConsensus, PackageRows } from './package-rows.ts';

const describeAnswer = (x: { level: number | null; na: boolean; note?: string }) =>
  `${x.na ? 'N/A' : (x.level ?? '—')}${x.note ? `, note “${x.note.slice(0, 60)}${x.note.length > 60 ? '…' : ''}”` : ''}`;

/** A package timestamp further ahead of this machine's clock than this is not trusted. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

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
  return writeTransaction(db, (): MergeReport => {
    const a = pkg.assessment;
    const here = services.assessments.get(a.id);
    // Merging into an assessment in the trash would change what nobody can see.
    services.scope.writable(a.id);
    if (here.frameworkId !== pkg.framework.id || here.frameworkVersion !== pkg.framework.version) {
      throw new AppError(
        'CONFLICT',
        `This assessment uses framework ${here.frameworkId} ${here.frameworkVersion}; the package uses ${pkg.framework.id} ${pkg.framework.version}. They cannot be merged: keep both instead.`,
      );
    }
    check(pkg);
    const now = clock();
    const trusted = (stamp: string) => Date.parse(stamp) <= Date.parse(now) + FUTURE_TOLERANCE_MS;
    const report: MergeReport = { added: 0, updated: 0, unchanged: 0, conflicts: [] };

    const respondents = new Map(services.respondents.list(a.id).map((r) => [r.id, r]));
    for (const r of a.respondents) {
      const local = respondents.get(r.id);
      if (!local) {
        rows.respondent(a.id, r, now);
        report.added++;
      } else if (local.name === r.name && local.role === r.role) report.unchanged++;
      else
        report.conflicts.push({
          kind: 'respondent',
          respondentId: r.id,
          local: `${local.name}, ${local.role}`,
          incoming: `${r.name}, ${r.role}`,
        });
    }

    const answers = new Map(services.answers.list(a.id).map((x) => [`${x.questionId}|${x.respondentId}`, x]));
    for (const incoming of a.answers) {
      const local = answers.get(`${incoming.questionId}|${incoming.respondentId}`);
      if (!local) {
        rows.answer(a.id, incoming, now);
        report.added++;
      } else if (sameAnswer(local, incoming)) {
        report.unchanged++;
      } else if (incoming.updatedAt && trusted(incoming.updatedAt) && Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt)) {
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

    // Removed rows count too: their ids are taken, and a removal here is a choice to keep.
    const evidence = new Map(
      (
        db.prepare('SELECT id, name, location, strength, deleted_at FROM evidence WHERE assessment_id = ?').all(a.id) as {
          id: string;
          name: string;
          location: string;
          strength: string;
          deleted_at: string | null;
        }[]
      ).map((e) => [e.id, e]),
    );
    for (const e of a.evidence) {
      const local = evidence.get(e.id);
      if (!local) {
        rows.evidence(a.id, e, now);
        report.added++;
      } else if (local.deleted_at || (local.name === e.name && local.location === e.location && local.strength === e.strength))
        report.unchanged++;
      else
        report.conflicts.push({
          kind: 'evidence',
          itemId: e.id,
          local: `${local.name} (${local.strength})`,
          incoming: `${e.name} (${e.strength})`,
        });
    }
    const actions = new Map(
      (
        db.prepare('SELECT id, title, owner, due, status, deleted_at FROM actions WHERE assessment_id = ?').all(a.id) as {
          id: string;
          title: string;
          owner: string;
          due: string;
          status: string;
          deleted_at: string | null;
        }[]
      ).map((x) => [x.id, x]),
    );
    for (const x of a.actions) {
      const local = actions.get(x.id);
      const summary = (y: { title: string; owner: string; due: string; status: string }) =>
        `${y.title} · ${y.owner || '—'} · ${y.due || '—'} · ${y.status}`;
      if (!local) {
        rows.action(a.id, x, now);
        report.added++;
      } else if (local.deleted_at || summary(local) === summary(x)) report.unchanged++;
      else report.conflicts.push({ kind: 'action', itemId: x.id, local: summary(local), incoming: summary(x) });
    }

    if (report.added + report.updated > 0) services.scope.touch(a.id);
    return report;
  })();
}
