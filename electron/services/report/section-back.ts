/** The back of the report: KPI baseline, team discussion, action plan, appendix of answers, sources. */
import { Paragraph, type Table } from 'docx';
import type { Language } from '../../contract/framework-schema.ts';
import { appendixHeading, type Cell, dataTable, GREY, heading, LIGHT, type PageGeometry, para, runs, type Theme } from './docx-kit.ts';
import { blocksHeight } from './estimate-pages.ts';
import { pagedTable } from './paged-table.ts';
import type { ReportContext } from './report-context.ts';
import { breakLongRuns, cleanLine } from './sanitize.ts';

type Block = Paragraph | Table;

const UNIT_OF: Record<string, string | undefined> = { percent: 'percent', seconds: 'second', minutes: 'minute' };

/** A KPI value in the report's language: "8.5%", "95 sec" / "95秒", or a plain number with the unit's name. */
export function kpiValue(value: number | null, unit: string, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const intlUnit = UNIT_OF[unit];
  if (intlUnit)
    return new Intl.NumberFormat(language, { style: 'unit', unit: intlUnit, unitDisplay: 'short', maximumFractionDigits: 2 }).format(value);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  return ['score', 'count', 'ratio', ''].includes(unit) ? number : `${number} ${unit}`;
}

export function kpiBaseline(ctx: ReportContext, t: Theme, page: PageGeometry): Block[] {
  const { s } = ctx;
  const blocks: Block[] = [heading(1, s.kpiHeading)];
  const recorded = ctx.kpis.filter((k) => k.current !== null || k.target !== null);
  if (recorded.length === 0) return [...blocks, para(s.noKpis)];
  const order = new Map(ctx.framework.kpis.map((k, i) => [k.id, i]));
  recorded.sort((a, b) => (order.get(a.kpiId) ?? 999) - (order.get(b.kpiId) ?? 999));
  blocks.push(para(s.kpiIntro));
  blocks.push(
    dataTable(
      t,
      page.contentTwips,
      [
        { header: s.kpiCol, width: 28 },
        { header: s.currentCol, width: 14, align: 'right' },
        { header: s.targetCol, width: 14, align: 'right' },
        { header: s.betterCol, width: 15 },
        { header: s.sourceCol, width: 29 },
      ],
      recorded.map((k) => {
        const kpi = ctx.framework.kpis.find((x) => x.id === k.kpiId);
        const unit = ctx.line(k.unit) || kpi?.unit || '';
        return [
          { text: kpi ? ctx.pick(kpi.name) : ctx.line(k.kpiId), bold: true },
          kpiValue(k.current, unit, ctx.language),
          kpiValue(k.target, unit, ctx.language),
          kpi ? (kpi.higherIsBetter ? s.higher : s.lower) : '—',
          ctx.user(k.source, 400),
        ];
      }),
    ),
  );
  return blocks;
}

export function discussion(ctx: ReportContext): Block[] {
  const { s } = ctx;
  const blocks: Block[] = [heading(1, s.discussion)];
  const notes = new Map(ctx.discussion.map((d) => [d.questionId, ctx.user(d.notes, 6000)]));
  const answered = ctx.framework.discussionQuestions.filter((q) => notes.get(q.id));
  if (answered.length === 0) return [...blocks, para(s.noDiscussion)];
  blocks.push(para(s.discussionIntro));
  answered.forEach((q, i) => {
    blocks.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160, after: 60 },
        children: runs(`${i + 1}. ${ctx.pick(q.text)}`, { bold: true }),
      }),
    );
    blocks.push(para(notes.get(q.id) ?? ''));
  });
  return blocks;
}

export function actionPlan(ctx: ReportContext, t: Theme, page: PageGeometry): Block[] {
  const { s } = ctx;
  const blocks: Block[] = [heading(1, s.actionPlan)];
  if (ctx.actions.length === 0) return [...blocks, para(s.noActions)];
  blocks.push(para(s.actionPlanIntro));
  const actions = [...ctx.actions].sort((a, b) => a.position - b.position);
  blocks.push(
    ...pagedTable(
      t,
      page,
      ctx.language,
      [
        { header: s.actionCol, width: 46 },
        { header: s.ownerCol, width: 20 },
        { header: s.dueCol, width: 16 },
        { header: s.statusCol, width: 18 },
      ],
      actions.map((a): Cell[] => {
        const details = ctx.fill(s.actionDetails, {
          dimensions: a.dimensionIds.length ? ctx.list(a.dimensionIds.map((id) => ctx.dimensionTitle(id))) : '—',
          horizon: s.horizons[a.horizon] ?? ctx.line(a.horizon),
        });
        const description = ctx.user(a.description, 600);
        return [
          {
            paragraphs: [
              new Paragraph({ style: 'TableText', children: runs(ctx.line(a.title, 300), { bold: true }) }),
              ...(description ? [new Paragraph({ style: 'TableText', children: runs(description) })] : []),
              new Paragraph({ style: 'TableText', children: runs(details, { color: GREY, size: 16 }) }),
            ],
          },
          ctx.line(a.owner, 120) || s.notSet,
          a.due ? ctx.date(a.due) : s.notSet,
          s.statuses[a.status] ?? ctx.line(a.status),
        ];
      }),
      blocksHeight(blocks as Paragraph[], page.contentTwips, ctx.language),
    ),
  );
  return blocks;
}

export function appendix(ctx: ReportContext, t: Theme, page: PageGeometry): Block[] {
  const { s } = ctx;
  const blocks: Block[] = [heading(1, s.appendix), para(s.appendixIntro)];
  const answersOf = new Map<string, typeof ctx.answers>();
  for (const a of ctx.answers) answersOf.set(a.questionId, [...(answersOf.get(a.questionId) ?? []), a]);
  const position = new Map(ctx.respondents.map((r, i) => [r.id, i]));
  const consensusOf = new Map(ctx.consensus.map((c) => [c.questionId, c]));
  const answerText = (level: number | null, na: boolean, reason: string) =>
    na ? ctx.fill(s.naReason, { reason: ctx.user(reason) || '—' }) : level ? `${level} ${ctx.levelName(level)}` : s.noAnswer;

  for (const [i, dimension] of ctx.dimensions.entries()) {
    const title = appendixHeading(ctx.pick(dimension.title), { newPage: i > 0 });
    const above = i === 0 ? [...blocks, title] : [title];
    blocks.push(title);
    const rows: Cell[][] = [];
    for (const question of dimension.questions) {
      rows.push([{ text: `${question.id}  ${ctx.pick(question.text)}`, bold: true, shade: LIGHT, span: 3 }]);
      const given = (answersOf.get(question.id) ?? [])
        .filter((a) => a.level !== null || a.na || a.note.trim())
        .sort((a, b) => (position.get(a.respondentId) ?? 0) - (position.get(b.respondentId) ?? 0));
      for (const a of given) rows.push([ctx.people.label(a.respondentId), answerText(a.level, a.na, a.naReason), ctx.user(a.note)]);
      const c = consensusOf.get(question.id);
      if (c && (c.level !== null || c.na || c.rationale.trim())) {
        rows.push([{ text: s.consensus, bold: true }, { text: answerText(c.level, c.na, ''), bold: true }, ctx.user(c.rationale)]);
      }
      if (given.length === 0 && !c) rows.push([{ text: s.noAnswer, span: 3, color: GREY }]);
    }
    blocks.push(
      ...pagedTable(
        t,
        page,
        ctx.language,
        [
          { header: s.respondentCol, width: 24 },
          { header: s.answerCol, width: 20 },
          { header: s.noteCol, width: 56 },
        ],
        rows,
        blocksHeight(above, page.contentTwips, ctx.language),
        { banded: false, keepWithNext: (row) => typeof row[0] === 'object' && (row[0].span ?? 1) > 1 && !!row[0].shade },
      ),
    );
  }
  return blocks;
}

export function sources(ctx: ReportContext): Block[] {
  const { s } = ctx;
  if (ctx.framework.sources.length === 0) return [];
  const blocks: Block[] = [heading(1, s.sources), para(s.sourcesIntro)];
  for (const source of ctx.framework.sources) {
    // Framework text, not a user's: cleaned but not anonymized (an author is not a respondent).
    const plain = (text: string) => breakLongRuns(cleanLine(text));
    blocks.push(
      new Paragraph({ keepNext: true, spacing: { before: 120, after: 20 }, children: runs(plain(source.title), { bold: true }) }),
    );
    const meta = [
      ctx.labelled(s.publisher, plain(source.publisher)),
      ...(source.author ? [ctx.labelled(s.author, plain(source.author))] : []),
    ];
    blocks.push(para(meta.join(' · '), { style: 'Small' }));
    if (source.contributes) blocks.push(para(ctx.pick(source.contributes), { style: 'Small' }));
  }
  return blocks;
}
