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

export function documentStyles(t: Theme): IStylesOptions {
  const fonts = DOCUMENT_FONTS[t.language];
  const font = { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, ...(fonts.eastAsia ? { eastAsia: fonts.eastAsia } : {}) };
  const heading = headingColor(t);
  return {
    default: {
      document: {
        run: { font, size: 20, color: '262626', language: { value: fonts.lang, eastAsia: fonts.eastAsiaLang } },
        paragraph: { spacing: { after: 120, line: 288 } },
      },
      title: {
        run: { font, size: 52, bold: true, color: heading },
        paragraph: { spacing: { before: 0, after: 200, line: 240 } },
      },
      heading1: {
        run: { font, size: 34, bold: true, color: heading },
        paragraph: {
          spacing: { before: 0, after: 240, line: 240 },
          keepNext: true,
          keepLines: true,
          pageBreakBefore: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: t.accent, space: 6 } },
        },
      },
      heading2: {
        run: { font, size: 26, bold: true, color: heading },
        paragraph: { spacing: { before: 320, after: 120, line: 240 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font, size: 21, bold: true, color: '404040' },
        paragraph: { spacing: { before: 200, after: 80, line: 240 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font, size: 17, italics: false, color: GREY },
        paragraph: { spacing: { before: 60, after: 240 }, alignment: AlignmentType.CENTER },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 34, color: '404040' },
        paragraph: { spacing: { after: 160 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 34, bold: true, color: heading },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 18 },
        paragraph: { spacing: { before: 0, after: 0, line: 252 } },
      },
      {
        id: 'Small',
        name: 'Small Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 17, color: GREY },
        paragraph: { spacing: { after: 80 } },
      },
    ],
  };
}

/** Text runs, with "\n" as line breaks. */
export function runs(text: string, props: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return text.split('\n').map((part, i) => new TextRun({ ...props, text: part, ...(i > 0 ? { break: 1 } : {}) }));
}

export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, children: runs(text) });
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
export type Cell = string | { text?: string; paragraphs?: Paragraph[]; bold?: boolean; shade?: string; span?: number; color?: string };

const alignment = (a: Align | undefined) =>
  a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;

const cellBorders = {
  top: { style: BorderStyle.SINGLE, size: 4, color: BORDER },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: BORDER },
  left: { style: BorderStyle.NIL, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NIL, size: 0, color: 'FFFFFF' },
};

function columnTwips(columns: Column[], total: number): number[] {
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
          borders: cellBorders,
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
        borders: cellBorders,
        children: c.paragraphs ?? [
          new Paragraph({
            style: 'TableText',
            alignment: alignment(align),
            children: runs(c.text ?? '', { bold: c.bold, color: c.color }),
          }),
        ],
      });
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
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
                  spacing: { before: 40 },
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
    spacing: { before: 120, after: 0 },
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
