/**
 * The Word report of an assessment (DESIGN.md, "Files that leave the machine"): an
 * editable .docx in the client's language, styled with Word's own Title and Heading
 * styles, with a table of contents carrying page numbers, charts drawn by the same
 * components as the results screen (as PNG pictures with alternative text), real tables
 * with a repeated header row, page numbers in the footer.
 *
 * buildReport(services, assessmentId, options) → the .docx bytes.
 */
import { Document, Footer, Header, Packer, PageNumber, type PageNumberEstimator, Paragraph, TabStopType, TextRun } from 'docx';
import { AppError } from '../../contract/errors.ts';
import { LANGUAGES } from '../../contract/framework-schema.ts';
import type { Services } from '../services.ts';
import { documentStyles, GREY, type PageGeometry, pageGeometry, type Theme, theme } from './docx-kit.ts';
import { reportPageEstimator } from './estimate-pages.ts';
import { CHART_SCALE, rasterizeSvgAsync, renderChartSvg } from './render-chart-png.ts';
import { reportCharts } from './report-charts.ts';
import { loadReportContext, type ReportContext, type ReportOptions } from './report-context.ts';
import { chartFontFamily } from './report-fonts.ts';
import { actionPlan, appendix, discussion, kpiBaseline, sources } from './section-back.ts';
import { dimensions } from './section-dimensions.ts';
import { contents, cover, executiveSummary, methodology } from './section-front.ts';
import { type Figures, results, spread } from './section-results.ts';

export type { ReportOptions } from './report-context.ts';

/** "Page {page} of {total}" as runs, the numbers as Word fields. */
function pageOf(template: string, props: { size: number; color: string }): TextRun[] {
  return template
    .split(/(\{page\}|\{total\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}'
        ? new TextRun({ ...props, children: [PageNumber.CURRENT] })
        : part === '{total}'
          ? new TextRun({ ...props, children: [PageNumber.TOTAL_PAGES] })
          : new TextRun({ ...props, text: part }),
    );
}

function headerAndFooter(ctx: ReportContext, t: Theme, page: PageGeometry) {
  const small = { size: 16, color: GREY };
  const firm = ctx.line(ctx.options.branding?.firmName || ctx.assessment.assessorFirm, 80);
  const client = ctx.line(ctx.assessment.client.name, 80);
  const tabs = [{ type: TabStopType.RIGHT, position: page.contentTwips }];
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: tabs,
        children: [
          new TextRun({ ...small, text: firm }),
          new TextRun({ ...small, text: `\t${ctx.s.confidential}`, color: t.accent === 'FFFFFF' ? GREY : t.accent }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: tabs,
        children: [new TextRun({ ...small, text: `${client} · ${ctx.s.documentKind}\t` }), ...pageOf(ctx.s.pageOf, small)],
      }),
    ],
  });
  const empty = () => new Paragraph({ children: [] });
  return {
    headers: { default: header, first: new Header({ children: [empty()] }) },
    footers: { default: footer, first: new Footer({ children: [empty()] }) },
  };
}

function checkOptions(options: ReportOptions) {
  if (!LANGUAGES.includes(options.language)) {
    throw new AppError('VALIDATION', `language: must be one of ${LANGUAGES.join(', ')}.`, {
      issues: [{ path: 'language', message: 'unknown language' }],
    });
  }
  if (options.paper !== 'A4' && options.paper !== 'Letter') {
    throw new AppError('VALIDATION', 'paper: must be A4 or Letter.', { issues: [{ path: 'paper', message: 'must be A4 or Letter' }] });
  }
  const accent = options.branding?.accentColor;
  if (accent !== undefined && !/^#[0-9a-fA-F]{6}$/.test(accent)) {
    throw new AppError('VALIDATION', 'branding.accentColor: must be a colour such as #1F4E79.', {
      issues: [{ path: 'branding.accentColor', message: 'must be #RRGGBB' }],
    });
  }
}

/** Builds the .docx of an assessment. Progress goes from 0 to 1 through onProgress. */
export async function buildReport(services: Services, assessmentId: string, options: ReportOptions): Promise<Buffer> {
  const doc = await createReportDocument(services, assessmentId, options);
  const buffer = await Packer.toBuffer(doc);
  options.onProgress?.(1);
  return buffer;
}

/**
 * The report as a docx Document, not yet written. `pageNumbers` lays out its pages for the
 * table of contents (the report's own estimate unless given: tests compare it with
 * docx/layout's).
 */
export async function createReportDocument(
  services: Services,
  assessmentId: string,
  options: ReportOptions,
  pageNumbers: PageNumberEstimator = reportPageEstimator(options.language),
): Promise<Document> {
  checkOptions(options);
  const progress = (f: number) => options.onProgress?.(Math.min(1, Math.max(0, f)));
  progress(0);
  const ctx = loadReportContext(services, assessmentId, options);
  const page = pageGeometry(options.paper);
  const t = theme(options.branding?.accentColor, options.language);
  const now = options.now ?? new Date();
  progress(0.1);

  // Charts: drawn one by one on this thread (React into jsdom); each is rasterised on the
  // thread pool while the next is drawn.
  const specs = reportCharts(ctx, page.contentPx);
  const family = chartFontFamily(options.language);
  const drawn: { spec: (typeof specs)[number]; svg: Awaited<ReturnType<typeof renderChartSvg>>; png: Promise<Buffer> }[] = [];
  for (const [i, spec] of specs.entries()) {
    const svg = await renderChartSvg(spec.element, family);
    const png = rasterizeSvgAsync(svg.svg, options.language, CHART_SCALE);
    png.catch(() => undefined); // Awaited below with the others; no unhandled rejection meanwhile.
    drawn.push({ spec, svg, png });
    progress(0.1 + (0.4 * (i + 1)) / Math.max(1, specs.length));
  }
  const pngs = await Promise.all(drawn.map((d) => d.png));
  progress(0.6);
  const figures: Figures = {
    charts: new Map(drawn.map((d, i) => [d.spec.key, { spec: d.spec, rendered: { ...d.svg, png: pngs[i] as Buffer } }])),
    next: 1,
  };

  const children = [
    ...cover(ctx, t, page, now),
    ...contents(ctx),
    ...executiveSummary(ctx, t, page),
    ...methodology(ctx, t, page),
    ...results(ctx, t, page, figures),
    ...dimensions(ctx, t, page),
    ...spread(ctx, t, page, figures),
    ...kpiBaseline(ctx, t, page),
    ...discussion(ctx),
    ...actionPlan(ctx, t, page),
    ...(options.includeAppendix ? appendix(ctx, t, page) : []),
    ...sources(ctx),
  ];
  progress(0.7);

  const client = ctx.line(ctx.assessment.client.name);
  const firm = ctx.line(options.branding?.firmName || ctx.assessment.assessorFirm);
  const doc = new Document({
    title: `${client} · ${ctx.s.documentKind}`,
    subject: ctx.line(ctx.assessment.title),
    description: ctx.pick(ctx.framework.title),
    creator: firm || 'CX Maturity Studio',
    lastModifiedBy: firm || 'CX Maturity Studio',
    styles: documentStyles(t),
    pageNumbers,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: page.width, height: page.height }, margin: page.margin },
        },
        ...headerAndFooter(ctx, t, page),
        children,
      },
    ],
  });
  return doc;
}
