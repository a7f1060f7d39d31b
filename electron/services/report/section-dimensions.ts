/**
 * One section per dimension, each on its own page: its numbers; where it stands and what
 * the next level looks like (the framework's level descriptions); the framework's
 * recommendations for its level band; its lowest-scoring questions with today's
 * descriptor; and what people said (notes, de-duplicated and shortened).
 */
import { Paragraph, type Table, TextRun } from 'docx';
import type { Dimension } from '../../contract/framework-schema.ts';
import { bullet, GREY, heading, type PageGeometry, para, runs, type Theme, tiles } from './docx-kit.ts';
import { blocksHeight } from './estimate-pages.ts';
import { summarizeNotes } from './notes-summary.ts';
import { questionsOf, type ReportContext } from './report-context.ts';

type Block = Paragraph | Table;

/** At most this many notes per dimension, of at most this many characters; and lowest-scoring questions. */
const NOTES_SHOWN = 5;
const NOTE_CHARS = 240;
const LOWEST_SHOWN = 3;

/** A page is "full" at this share of its height: what fits below it fits in every word processor. */
const FULL = 0.88;

export function bandOf(level: number): '1-2' | '3' | '4-5' {
  return level <= 2 ? '1-2' : level === 3 ? '3' : '4-5';
}

/** "Current level: 2 Developing" and, below it in the same paragraph, the framework's description of the level. */
function levelParagraph(ctx: ReportContext, label: string, level: number): Paragraph {
  const description = ctx.framework.levelDescriptions?.[level - 1];
  return new Paragraph({
    spacing: { after: 100 },
    children: [
      ...runs(ctx.fill(label, { level, name: ctx.levelName(level) }), { bold: true }),
      ...(description ? runs(`\n${ctx.pick(description)}`) : []),
    ],
  });
}

interface Parts {
  /** Heading, description, figures, levels, recommendations: always shown. */
  main: Block[];
  lowest: Paragraph[];
  notes: Paragraph[];
  /** How many distinct notes there are. */
  distinct: number;
}

function parts(ctx: ReportContext, t: Theme, page: PageGeometry, dimension: Dimension, newPage: boolean): Parts | Block[] {
  const { s } = ctx;
  const d = ctx.dimensionScore.get(dimension.id);
  const main: Block[] = [heading(2, ctx.pick(dimension.title), { newPage }), para(ctx.pick(dimension.description))];
  if (!d) return main;

  main.push(
    tiles(t, page.contentTwips, [
      { label: s.scoreCol, value: ctx.score(d.score), sub: d.score === null ? '' : ctx.percent(d.percent) },
      { label: s.maturityLevel, value: d.level ? String(d.level) : '—', sub: ctx.levelName(d.level) },
      { label: s.targetCol, value: String(d.target) },
      { label: s.gapCol, value: ctx.score(d.gap) },
      { label: s.importanceCol, value: s.importanceLevels[d.importance - 1] ?? String(d.importance) },
      { label: s.coverage, value: ctx.percent(d.coverage * 100) },
    ]),
  );

  main.push(heading(3, s.levelsHeading));
  if (d.level === null) main.push(para(s.notScored));
  else {
    main.push(levelParagraph(ctx, s.currentLevel, d.level));
    main.push(d.level >= 5 ? para(s.topLevel) : levelParagraph(ctx, s.nextLevel, d.level + 1));
  }

  main.push(heading(3, s.recommendations));
  if (d.level === null) main.push(para(s.notScored));
  else {
    const band = bandOf(d.level);
    const recs = ctx.framework.recommendations.filter((r) => r.dimensionId === dimension.id && r.band === band);
    if (recs.length === 0) main.push(para(s.noRecommendations));
    for (const r of recs) {
      main.push(
        new Paragraph({ keepNext: true, spacing: { after: 40 }, children: runs(ctx.pick(r.title), { bold: true }) }),
        para(ctx.pick(r.description), { keepNext: true }),
        para(
          ctx.fill(s.recommendationMeta, {
            horizon: s.horizons[r.horizon],
            impact: s.importanceLevels[r.impact - 1] ?? String(r.impact),
            effort: s.importanceLevels[r.effort - 1] ?? String(r.effort),
          }),
          { style: 'Small' },
        ),
      );
    }
  }

  const lowest = questionsOf(ctx, dimension)
    .filter((q) => q.score?.value !== null && q.score?.value !== undefined)
    .sort((a, b) => (a.score?.value ?? 0) - (b.score?.value ?? 0))
    .slice(0, LOWEST_SHOWN)
    .map(({ question, score }) => {
      const value = score?.value ?? 1;
      const descriptor = ctx.pick(question.levels[Math.min(4, Math.max(0, Math.floor(value) - 1))]);
      return new Paragraph({
        bullet: { level: 0 },
        spacing: { after: 80 },
        children: [
          ...runs(ctx.pick(question.text)),
          new TextRun({
            text: ctx.language === 'en' || ctx.language === 'es' ? ` (${ctx.score(value)})` : `（${ctx.score(value)}）`,
            bold: true,
          }),
          ...runs(`\n${ctx.fill(s.questionToday, { descriptor })}`, { color: GREY, size: 18 }),
        ],
      });
    });

  // What people said: consensus rationales first (the settled view), then the answers' notes and N/A reasons.
  const questionIds = new Set(dimension.questions.map((q) => q.id));
  const order = new Map(dimension.questions.map((q, i) => [q.id, i]));
  const rationales = ctx.consensus.filter((c) => questionIds.has(c.questionId)).map((c) => c.rationale);
  const answerNotes = ctx.answers
    .filter((a) => questionIds.has(a.questionId))
    .sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0))
    .flatMap((a) => [a.note, a.na ? a.naReason : '']);
  const summary = summarizeNotes(
    [...rationales, ...answerNotes].map((n) => ctx.user(n)),
    NOTES_SHOWN,
    (n) => ctx.user(n, NOTE_CHARS),
  );
  return { main, lowest, notes: summary.shown.map((n) => bullet(n)), distinct: summary.shown.length + summary.more };
}

function assemble(ctx: ReportContext, p: Parts, lowest: number, notes: number): Block[] {
  const { s } = ctx;
  const more = p.distinct - notes;
  return [
    ...p.main,
    ...(lowest > 0 ? [heading(3, s.lowestQuestions), ...p.lowest.slice(0, lowest)] : []),
    heading(3, s.notesHeading),
    ...(p.distinct === 0 ? [para(s.noNotes)] : p.notes.slice(0, notes)),
    ...(more > 0
      ? [para(ctx.fill(ctx.options.includeAppendix ? s.moreNotesAppendix : s.moreNotes, { count: more }), { style: 'Small' })]
      : []),
  ];
}

/**
 * A dimension's section, on its own page. Its notes, then its lowest-scoring questions,
 * are cut down until the section fills its page with room to spare, so that no word
 * processor pushes its last lines onto a page of their own. A section that cannot fit one
 * page even so keeps all of them, on two pages in every word processor.
 */
export function dimensionSection(
  ctx: ReportContext,
  t: Theme,
  page: PageGeometry,
  dimension: Dimension,
  newPage: boolean,
  above: Block[] = [],
): Block[] {
  const p = parts(ctx, t, page, dimension, newPage);
  if (Array.isArray(p)) return p;
  const H = page.contentHeightPx * 15;
  const candidates: { lowest: number; notes: number }[] = [];
  for (let n = p.notes.length; n >= Math.min(1, p.notes.length); n--) candidates.push({ lowest: p.lowest.length, notes: n });
  for (let l = p.lowest.length - 1; l >= 1; l--) candidates.push({ lowest: l, notes: Math.min(1, p.notes.length) });
  const height = (c: { lowest: number; notes: number }) =>
    blocksHeight([...above, ...assemble(ctx, p, c.lowest, c.notes)] as (Paragraph | Table)[], page.contentTwips, ctx.language);
  const fitting = candidates.find((c) => height(c) <= FULL * H);
  const full = candidates[0] as { lowest: number; notes: number };
  const chosen = fitting ?? (height(full) > (2 - FULL) * H ? full : (candidates.at(-1) as { lowest: number; notes: number }));
  return assemble(ctx, p, chosen.lowest, chosen.notes);
}

export function dimensions(ctx: ReportContext, t: Theme, page: PageGeometry): Block[] {
  const title = heading(1, ctx.s.byDimension);
  return [title, ...ctx.dimensions.flatMap((d, i) => dimensionSection(ctx, t, page, d, i > 0, i === 0 ? [title] : []))];
}
