/** The answers, scores and action plan of an assessment as CSV, with headers in the chosen language. */
import type { ExportedPackage } from '../../contract/api.ts';
import type { Language } from '../../contract/framework-schema.ts';
import { translate } from '../i18n/translate.ts';
import { packageFileName } from '../packages/export-package.ts';
import { scoreAssessment } from '../scoring/assessment-scores.ts';
import type { Services } from '../services.ts';
import { type Cell, toCsv } from './csv.ts';

export type CsvKind = 'answers' | 'scores' | 'actions';

export function assessmentCsv(services: Services, assessmentId: string, kind: CsvKind, language: Language): ExportedPackage {
  const a = services.assessments.get(assessmentId);
  const fw = services.scope.readable(assessmentId).framework;
  const pick = (text: { en: string } & Partial<Record<Language, string>>) => text[language] ?? text.en;
  const h = (key: string) => translate(language, `csv.${key}`);
  const dimensions = fw.sections.flatMap((s) => s.dimensions.map((d) => ({ section: s, dimension: d })));
  const dimensionTitle = new Map(dimensions.map(({ dimension }) => [dimension.id, pick(dimension.title)]));
  let header: string[];
  let rows: Cell[][];

  if (kind === 'answers') {
    const respondents = services.respondents.list(assessmentId);
    const answers = services.answers.list(assessmentId);
    const consensus = new Map(services.answers.listConsensus(assessmentId).map((c) => [c.questionId, c]));
    header = ['section', 'dimension', 'questionId', 'question', 'respondent', 'role', 'level', 'na', 'naReason', 'note'].map(h);
    rows = [];
    for (const { section, dimension } of dimensions) {
      for (const q of dimension.questions) {
        for (const r of respondents) {
          const x = answers.find((y) => y.questionId === q.id && y.respondentId === r.id);
          if (!x) continue;
          rows.push([
            pick(section.title),
            pick(dimension.title),
            q.id,
            pick(q.text),
            r.name,
            r.role,
            x.level,
            x.na ? 'N/A' : '',
            x.naReason,
            x.note,
          ]);
        }
        const c = consensus.get(q.id);
        if (c)
          rows.push([
            pick(section.title),
            pick(dimension.title),
            q.id,
            pick(q.text),
            h('consensus'),
            '',
            c.level,
            c.na ? 'N/A' : '',
            '',
            c.rationale,
          ]);
      }
    }
  } else if (kind === 'scores') {
    const report = scoreAssessment(services, assessmentId);
    header = [
      'sectionId',
      'dimensionId',
      'dimension',
      'score',
      'percent',
      'level',
      'coverage',
      'target',
      'importance',
      'gap',
      'priority',
    ].map(h);
    rows = report.dimensions.map((d) => [
      d.sectionId,
      d.id,
      dimensionTitle.get(d.id),
      d.score,
      d.percent,
      d.level,
      d.coverage,
      d.target,
      d.importance,
      d.gap,
      d.priority,
    ]);
    for (const s of report.sections) rows.push([s.id, '', h('sectionTotal'), s.score, s.percent, s.level, s.coverage, '', '', '', '']);
    rows.push([
      '',
      '',
      h('overall'),
      report.overall.score,
      report.overall.percent,
      report.overall.level,
      report.overall.coverage,
      '',
      '',
      '',
      '',
    ]);
  } else {
    header = [
      'title',
      'description',
      'dimensions',
      'owner',
      'due',
      'status',
      'horizon',
      'impact',
      'effort',
      'kpi',
      'kpiTarget',
      'notes',
    ].map(h);
    const kpiName = new Map(fw.kpis.map((k) => [k.id, pick(k.name)]));
    rows = services.actions
      .list(assessmentId)
      .map((x) => [
        x.title,
        x.description,
        x.dimensionIds.map((d) => dimensionTitle.get(d) ?? d).join('; '),
        x.owner,
        x.due,
        translate(language, `actionStatus.${x.status}`),
        translate(language, `horizon.${x.horizon}`),
        x.impact,
        x.effort,
        x.kpiId ? (kpiName.get(x.kpiId) ?? x.kpiId) : '',
        x.kpiTarget,
        x.notes,
      ]);
  }
  const base = packageFileName(a.client.name, a.title).replace(/\.cxa$/, '');
  return { fileName: `${base} - ${kind}.csv`, content: toCsv(header, rows) };
}
