/**
 * The report's building blocks on docx 9: page geometry, Word styles (Title, Subtitle,
 * Heading 1-3, Caption, Table Text: real styles the client can restyle, with the accent
 * colour on headings), paragraphs that keep line breaks, tables with a repeated header row,
 * and pictures with alternative text. Text handed to these is already clean (sanitize.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  type IRunOptions,
  type IStylesOptions,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Language } from '../../contract/framework-schema.ts';
import { DOCUMENT_FONTS } from './report-fonts.ts';

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** Width of the text, in twips. */
  contentTwips: number;
  /** Width of the text, in CSS pixels (96 to the inch). */
  contentPx: number;
  /** Height of the text, in CSS pixels. */
  contentHeightPx: number;
}

export function pageGeometry(paper: 'A4' | 'Letter'): PageGeometry {
  const [width, height] = paper === 'Letter' ? [12240, 15840] : [11906, 16838];
  const margin = { top: 1247, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567 };
  const contentTwips = width - margin.left - margin.right;
  return {
    width,
    height,
    margin,
    contentTwips,
    contentPx: Math.floor(contentTwips / 15),
    contentHeightPx: Math.floor((height - margin.top - margin.bottom) / 15),
  };
}

export const GREY = '595959';
export const LIGHT = 'F2F4F7';
const BORDER = 'BFC5CC';

export interface Theme {
  /** RRGGBB, no '#'. */
  accent: string;
  /** Text colour on the accent (white on dark accents, near-black on light ones). */
  onAccent: string;
  language: Language;
}

export function theme(accentColor: string | undefined, language: Language): Theme {
  const accent = accentColor && /^#[0-9a-fA-F]{6}$/.test(accentColor) ? accentColor.slice(1).toUpperCase() : '1F4E79';
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(accent.slice(i, i + 2), 16) / 255) as [number, number, number];
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return { accent, onAccent: luminance > 0.4 ? '1A1A1A' : 'FFFFFF', language };
}

/** The accent as a heading colour: a very light accent would vanish on white, so it falls back to dark grey. */
function headingColor(t: Theme): string {
  return t.onAccent === 'FFFFFF' ? t.accent : '262626';
}

/**
 * The metrics of the report's paragraph styles, in Word units (size in half-points,
 * spacing in twips, line in 240ths of single spacing): the styles are written from this
 * table, and estimate-pages.ts lays the pages out with it.
 */
export interface StyleMetrics {
  size: number;
  before: number;
  after: number;
  line: number;
  bold?: boolean;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Left indent, twips. */
  indent?: number;
  /** Height a bottom border adds (line and space), twips. */
  border?: number;
  /** The line is exactly `line` twips high, whatever the font (lineRule exact). */
  exact?: boolean;
}

export const STYLE_METRICS: Record<string, StyleMetrics> = {
  Normal: { size: 20, before: 0, after: 120, line: 288 },
  Title: { size: 52, before: 0, after: 200, line: 240, bold: true },
  Subtitle: { size: 34, before: 0, after: 160, line: 288 },
  Heading1: { size: 34, before: 0, after: 240, line: 240, bold: true, keepNext: true, keepLines: true, border: 150 },
  Heading2: { size: 26, before: 320, after: 120, line: 240, bold: true, keepNext: true, keepLines: true },
  Heading3: { size: 21, before: 200, after: 80, line: 240, bold: true, keepNext: true, keepLines: true },
  AppendixHeading: { size: 26, before: 320, after: 120, line: 240, bold: true, keepNext: true, keepLines: true },
  Caption: { size: 17, before: 60, after: 240, line: 288 },
  TOCHeading: { size: 34, before: 0, after: 240, line: 288, bold: true },
  TOC1: { size: 20, before: 40, after: 20, line: 288 },
  TOC2: { size: 20, before: 0, after: 20, line: 288, indent: 220 },
  TableText: { size: 18, before: 0, after: 0, line: 252 },
  Small: { size: 17, before: 0, after: 80, line: 288 },
  ListParagraph: { size: 20, before: 0, after: 120, line: 288, indent: 720 },
};

/**
 * Line heights of CJK reports, exact, in twips. Word draws Chinese text in Microsoft YaHei
 * and JhengHei with lines 1.7 em high, and LibreOffice (Noto Sans CJK) with 1.45 em: with
 * exact heights, lines are as high in every word processor (and as compact as Chinese and
 * Japanese documents usually set them), so pages break in the same places.
 */
const CJK_LINES: Record<string, number> = {
  Normal: 320,
  Title: 680,
  Subtitle: 480,
  Heading1: 480,
  Heading2: 380,
  Heading3: 320,
  AppendixHeading: 380,
  Caption: 260,
  TOCHeading: 480,
  TOC1: 300,
  TOC2: 300,
  TableText: 270,
  Small: 270,
  ListParagraph: 320,
};

/** The report's styles in a language: CJK reports have exact line heights. */
export function styleMetrics(language: Language): Record<string, StyleMetrics> {
  if (language === 'en' || language === 'es') return STYLE_METRICS;
  return Object.fromEntries(
    Object.entries(STYLE_METRICS).map(([id, metrics]) => [id, { ...metrics, line: CJK_LINES[id] ?? metrics.line, exact: true }]),
  );
}

/** Spacing of a style. lineRule is written out: LibreOffice takes a line without one as exact, and clips pictures to it. */
const spacingOf = (metrics: StyleMetrics) => ({
  before: metrics.before,
  after: metrics.after,
  line: metrics.line,
  lineRule: metrics.exact ? LineRuleType.EXACT : LineRuleType.AUTO,
});

export function documentStyles(t: Theme): IStylesOptions {
  const metrics = styleMetrics(t.language);
  const m = (id: string) => metrics[id] as StyleMetrics;
  const spacing = (id: string) => spacingOf(m(id));
  const fonts = DOCUMENT_FONTS[t.language];
  const font = { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, ...(fonts.eastAsia ? { eastAsia: fonts.eastAsia } : {}) };
  const heading = headingColor(t);
  const keep = { keepNext: true, keepLines: true };
  return {
    default: {
      document: {
        run: { font, size: m('Normal').size, color: '262626', language: { value: fonts.lang, eastAsia: fonts.eastAsiaLang } },
        paragraph: { spacing: spacing('Normal') },
      },
      title: { run: { font, size: m('Title').size, bold: true, color: heading }, paragraph: { spacing: spacing('Title') } },
      heading1: {
        run: { font, size: m('Heading1').size, bold: true, color: heading },
        paragraph: {
          spacing: spacing('Heading1'),
          ...keep,
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: t.accent, space: 6 } },
        },
      },
      heading2: {
        run: { font, size: m('Heading2').size, bold: true, color: heading },
        paragraph: { spacing: spacing('Heading2'), ...keep },
      },
      heading3: {
        run: { font, size: m('Heading3').size, bold: true, color: '404040' },
        paragraph: { spacing: spacing('Heading3'), ...keep },
      },
      caption: {
        run: { font, size: m('Caption').size, italics: false, color: GREY },
        paragraph: { spacing: spacing('Caption'), alignment: AlignmentType.CENTER },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: m('Subtitle').size, color: '404040' },
        paragraph: { spacing: spacing('Subtitle') },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: m('TOCHeading').size, bold: true, color: heading },
        paragraph: { spacing: spacing('TOCHeading') },
      },
      {
        // The appendix's headings: in the navigation pane (outline level 2), not in the table of contents.
        id: 'AppendixHeading',
        name: 'Appendix Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font, size: m('AppendixHeading').size, bold: true, color: heading },
        paragraph: { spacing: spacing('AppendixHeading'), ...keep, outlineLevel: 1 },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: spacing('TOC1') } },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: spacing('TOC2'), indent: { left: m('TOC2').indent } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: m('TableText').size },
        paragraph: { spacing: spacing('TableText') },
      },
      {
        id: 'Small',
        name: 'Small Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: m('Small').size, color: GREY },
        paragraph: { spacing: spacing('Small') },
      },
    ],
  };
}

/** Text runs, with "\n" as line breaks. */
export function runs(text: string, props: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return text.split('\n').map((part, i) => new TextRun({ ...props, text: part, ...(i > 0 ? { break: 1 } : {}) }));
}

/**
 * A heading in Word's Heading 1-3 style. A Heading 1 starts a new page, and so does any
 * heading asked to (the report starts each dimension on its own page: the table of
 * contents' page numbers then hold in every word processor, whatever its line breaks).
 */
export function heading(level: 1 | 2 | 3, text: string, options: { newPage?: boolean } = {}): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, pageBreakBefore: level === 1 || options.newPage ? true : undefined, children: runs(text) });
}

/** A heading of the appendix (its own style: not in the table of contents, which lists the appendix once). */
export function appendixHeading(text: string, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({ style: 'AppendixHeading', pageBreakBefore: options.newPage ? true : undefined, children: runs(text) });
}

export function para(text: string | ParagraphChild[], options: { style?: string; bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  const children = typeof text === 'string' ? runs(text, { bold: options.bold }) : text;
  return new Paragraph({ children, style: options.style, keepNext: options.keepNext });
}

export function bullet(children: string | ParagraphChild[], level = 0): Paragraph {
  return new Paragraph({ bullet: { level }, children: typeof children === 'string' ? runs(children) : children, spacing: { after: 60 } });
}

export type Align = 'left' | 'right' | 'center';
export interface Column {
  header: string;
  /** Relative width. */
  width: number;
  align?: Align;
}
/** Characters from which a cell's row may break across pages. */
const LONG_CELL = 1200;

export type Cell = string | { text?: string; paragraphs?: Paragraph[]; bold?: boolean; shade?: string; span?: number; color?: string };

const alignment = (a: Align | undefined) =>
  a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;

/** Rules between rows, none between columns: set once on the table (per-cell borders would double the XML). */
const line = { style: BorderStyle.SINGLE, size: 4, color: BORDER };
const none = { style: BorderStyle.NIL, size: 0, color: 'FFFFFF' };
const tableBorders = { top: line, bottom: line, insideHorizontal: line, left: none, right: none, insideVertical: none };

export function columnTwips(columns: Column[], total: number): number[] {
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / sum) * total));
  widths[widths.length - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * A real Word table: fixed layout at the text width, a header row in the accent colour
 * that repeats on every page (tableHeader), rows that do not split across pages, light
 * banding. Cells take text (line breaks kept) or paragraphs; `span` merges columns.
 */
export function dataTable(t: Theme, width: number, columns: Column[], rows: Cell[][], options: { banded?: boolean } = {}): Table {
  const widths = columnTwips(columns, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: t.accent, color: 'auto' },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: [
            new Paragraph({
              style: 'TableText',
              alignment: alignment(c.align),
              children: runs(c.header, { bold: true, color: t.onAccent }),
            }),
          ],
        }),
    ),
  });
  const body = rows.map((row, r) => {
    let col = 0;
    const cells = row.map((cell) => {
      const c = typeof cell === 'string' ? { text: cell } : cell;
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const align = columns[col]?.align;
      col += span;
      const fill = c.shade ?? (options.banded !== false && r % 2 === 1 ? LIGHT : undefined);
      return new TableCell({
        width: { size: w, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
        children: c.paragraphs ?? [
          new Paragraph({
            style: 'TableText',
            alignment: alignment(align),
            children: runs(c.text ?? '', { bold: c.bold, color: c.color }),
          }),
        ],
      });
    });
    // A row of very long text may break across pages (else it could not fit one); others stay whole.
    const long = row.some((cell) => (typeof cell === 'string' ? cell : (cell.text ?? '')).length > LONG_CELL);
    return new TableRow({ cantSplit: !long, children: cells });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    rows: [header, ...body],
  });
}

/** A row of figure tiles (label over a large value), for key numbers. */
export function tiles(t: Theme, width: number, items: { label: string; value: string; sub?: string }[]): Table {
  const widths = columnTwips(
    items.map(() => ({ header: '', width: 1 })),
    width,
  );
  const gapBorder = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 80, bottom: 80, left: 120, right: 120 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: items.map(
          (item, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, fill: LIGHT, color: 'auto' },
              borders: {
                top: { style: BorderStyle.SINGLE, size: 18, color: t.accent },
                bottom: gapBorder,
                left: gapBorder,
                right: gapBorder,
              },
              children: [
                new Paragraph({ style: 'TableText', children: runs(item.label, { color: GREY, size: 16 }) }),
                new Paragraph({
                  style: 'TableText',
                  // Exact, so the large figure is as tall everywhere (and never clipped by the style's exact CJK lines).
                  spacing: { before: 40, line: 400, lineRule: LineRuleType.EXACT },
                  children: runs(item.value, { bold: true, size: 30, color: headingColor(t) }),
                }),
                ...(item.sub ? [new Paragraph({ style: 'TableText', children: runs(item.sub, { color: GREY, size: 16 }) })] : []),
              ],
            }),
        ),
      }),
    ],
  });
}

/** A picture on its own line, centred, with alternative text, kept with its caption. */
export function picture(
  png: Buffer,
  size: { width: number; height: number },
  maxPx: { width: number; height: number },
  alt: { name: string; title: string; description: string },
): Paragraph {
  const scale = Math.min(1, maxPx.width / size.width, maxPx.height / size.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: alt,
      }),
    ],
  });
}

export function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', children: runs(text) });
}

/** Width and height of a PNG, from its header; null when the data is not a PNG. */
export function pngSize(data: Buffer | Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.readUInt32BE(4) !== 0x0d0a1a0a) return null;
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : null;
}
