/** Results: a radar and a table per framework section, the gaps by priority, and the respondent spread. */
import { Paragraph, type Table } from 'docx';
import { type Column, caption, columnTwips, dataTable, heading, type PageGeometry, para, picture, runs, type Theme } from './docx-kit.ts';
import { tableHeight, textHeight } from './estimate-pages.ts';
import type { RenderedChart } from './render-chart-png.ts';
import type { ChartSpec } from './report-charts.ts';
import type { ReportContext } from './report-context.ts';

type Block = Paragraph | Table;

export interface Figures {
  charts: Map<string, { spec: ChartSpec; rendered: RenderedChart }>;
  next: number;
}

/** The picture of a chart and its numbered caption; nothing when the chart was not drawn. */
export function figure(ctx: ReportContext, page: PageGeometry, figures: Figures, key: string, maxHeightPx?: number): Block[] {
  const chart = figures.charts.get(key);
  if (!chart) return [];
  const n = figures.next++;
  return [
    picture(
      chart.rendered.png,
      chart.rendered,
      { width: page.contentPx, height: Math.min(maxHeightPx ?? Number.POSITIVE_INFINITY, Math.floor(page.contentHeightPx * 0.8)) },
      { name: chart.spec.key, title: chart.spec.title, description: chart.spec.alt },
    ),
    caption(ctx.fill(ctx.s.figure, { n, title: chart.spec.title })),
  ];
}

/**
 * How a chart, the text around it and its table share a page. A page that is nearly full
 * in one word processor overflows in another (their line heights differ by a few percent),
 * and the table of contents' page numbers would then be off there: so a group that comes
 * near a page's height gets room to spare, by drawing the chart smaller (down to 75%), or
 * else by starting its table on the next page.
 */
const FULL = 0.88;
function fitPage(page: PageGeometry, chart: { width: number; height: number } | undefined, others: number, table: number) {
  const H = page.contentHeightPx * 15;
  if (!chart) return { maxHeightPx: undefined, breakBeforeTable: false };
  const natural = chart.height * Math.min(1, page.contentPx / chart.width);
  const naturalTwips = natural * 15 + 120;
  const budget = FULL * H - others - table;
  if (naturalTwips <= budget) return { maxHeightPx: undefined, breakBeforeTable: false };
  if (naturalTwips * 0.75 <= budget) return { maxHeightPx: Math.floor((budget - 120) / 15), breakBeforeTable: false };
  if (others + naturalTwips + table > 1.15 * H) {
    const alone = FULL * H - others;
    return {
      maxHeightPx: naturalTwips <= alone ? undefined : Math.max(Math.floor(natural * 0.75), Math.floor((alone - 120) / 15)),
      breakBeforeTable: true,
    };
  }
  return { maxHeightPx: undefined, breakBeforeTable: true };
}

/** The title of a table that starts a new page, away from its chart. */
const tableTitle = (text: string) => new Paragraph({ pageBreakBefore: true, keepNext: true, children: runs(text, { bold: true }) });

export function results(ctx: ReportContext, t: Theme, page: PageGeometry, figures: Figures): Block[] {
  const { s } = ctx;
  const blocks: Block[] = [heading(1, s.results)];
  for (const [i, section] of ctx.framework.sections.entries()) {
    const rows = ctx.scores.dimensions.filter((d) => d.sectionId === section.id);
    const sectionScore = ctx.scores.sections.find((x) => x.id === section.id);
    const title = ctx.pick(section.title);
    const description = section.description ? ctx.pick(section.description) : '';
    const scoreLine =
      sectionScore && sectionScore.score !== null
        ? `${ctx.labelled(s.scoreCol, `${ctx.score(sectionScore.score)} (${ctx.percent(sectionScore.percent)})`)} · ${ctx.labelled(s.maturityLevel, `${sectionScore.level} ${ctx.levelName(sectionScore.level)}`)}`
        : '';
    const columns: Column[] = [
      { header: s.dimensionCol, width: 40 },
      { header: s.scoreCol, width: 12, align: 'right' },
      { header: s.percentCol, width: 12, align: 'right' },
      { header: s.levelCol, width: 18 },
      { header: s.targetCol, width: 9, align: 'right' },
      { header: s.coverage, width: 11, align: 'right' },
    ];
    const cells = rows.map((d) => [
      ctx.dimensionTitle(d.id),
      ctx.score(d.score),
      ctx.percent(d.percent),
      d.level ? `${d.level} ${ctx.levelName(d.level)}` : '—',
      String(d.target),
      ctx.percent(d.coverage * 100),
    ]);
    const key = `radar-${section.id}`;
    const w = page.contentTwips;
    const others =
      (i === 0 ? textHeight(s.results, 'Heading1', w, ctx.language) : 0) +
      textHeight(title, 'Heading2', w, ctx.language) +
      (description ? textHeight(description, 'Normal', w, ctx.language) : 0) +
      (scoreLine ? textHeight(scoreLine, 'Normal', w, ctx.language, true) : 0) +
      textHeight(ctx.fill(s.figure, { n: 9, title: figures.charts.get(key)?.spec.title ?? '' }), 'Caption', w, ctx.language);
    const layout = fitPage(
      page,
      figures.charts.get(key)?.rendered,
      others,
      tableHeight(columnTwips(columns, w), [columns.map((c) => c.header), ...cells], ctx.language),
    );
    blocks.push(heading(2, title, { newPage: i > 0 }));
    if (description) blocks.push(para(description));
    if (scoreLine) blocks.push(para(scoreLine, { bold: true }));
    blocks.push(...figure(ctx, page, figures, key, layout.maxHeightPx));
    if (layout.breakBeforeTable) blocks.push(tableTitle(title));
    blocks.push(dataTable(t, w, columns, cells));
  }

  blocks.push(heading(2, s.gapsHeading, { newPage: true }));
  if (ctx.scores.gaps.length === 0) blocks.push(para(s.noGaps));
  else {
    const columns: Column[] = [
      { header: s.dimensionCol, width: 40 },
      { header: s.scoreCol, width: 11, align: 'right' },
      { header: s.targetCol, width: 11, align: 'right' },
      { header: s.gapCol, width: 11, align: 'right' },
      { header: s.importanceCol, width: 15, align: 'right' },
      { header: s.priorityCol, width: 12, align: 'right' },
    ];
    const cells = ctx.scores.gaps.map((d) => [
      ctx.dimensionTitle(d.id),
      ctx.score(d.score),
      String(d.target),
      ctx.score(d.gap),
      s.importanceLevels[d.importance - 1] ?? String(d.importance),
      ctx.score(d.priority),
    ]);
    const w = page.contentTwips;
    const others =
      textHeight(s.gapsHeading, 'Heading2', w, ctx.language) +
      textHeight(s.gapsIntro, 'Normal', w, ctx.language) +
      textHeight(ctx.fill(s.figure, { n: 9, title: s.gapsHeading }), 'Caption', w, ctx.language);
    const layout = fitPage(
      page,
      figures.charts.get('gaps')?.rendered,
      others,
      tableHeight(columnTwips(columns, w), [columns.map((c) => c.header), ...cells], ctx.language),
    );
    blocks.push(para(s.gapsIntro));
    blocks.push(...figure(ctx, page, figures, 'gaps', layout.maxHeightPx));
    if (layout.breakBeforeTable) blocks.push(tableTitle(s.gapsHeading));
    blocks.push(dataTable(t, w, columns, cells));
  }
  return blocks;
}

export function spread(ctx: ReportContext, t: Theme, page: PageGeometry, figures: Figures): Block[] {
  const { s } = ctx;
  const blocks: Block[] = [heading(1, s.spread)];
  if (ctx.respondents.length === 0) return [...blocks, para(s.noRespondents)];
  blocks.push(para(s.spreadIntro));
  blocks.push(...figure(ctx, page, figures, 'heatmap'));
  // The key of the chart's numbered columns, two dimensions a row.
  const names = ctx.scores.dimensions.map((d, i) => [String(i + 1), ctx.dimensionTitle(d.id)]);
  const half = Math.ceil(names.length / 2);
  blocks.push(para(s.heatmapKey, { keepNext: true }));
  blocks.push(
    dataTable(
      t,
      page.contentTwips,
      [
        { header: '#', width: 6, align: 'right' },
        { header: s.dimensionCol, width: 44 },
        { header: '#', width: 6, align: 'right' },
        { header: s.dimensionCol, width: 44 },
      ],
      names.slice(0, half).map((left, i) => [...left, ...(names[half + i] ?? ['', ''])]),
    ),
  );
  blocks.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  const disagreeing = ctx.scores.dimensions.filter((d) =>
    ctx.scores.respondentDimensions.some((c) => c.dimensionId === d.id && c.disagreement),
  );
  blocks.push(
    para(
      disagreeing.length === 0
        ? s.noDisagreement
        : ctx.fill(s.disagreementIn, { list: ctx.list(disagreeing.map((d) => ctx.dimensionTitle(d.id))) }),
    ),
  );
  return blocks;
}
