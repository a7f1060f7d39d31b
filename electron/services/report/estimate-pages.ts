/**
 * Where Word's page breaks fall in the report, estimated fast enough to write the table of
 * contents' page numbers with the document: a docx PageNumberEstimator that lays out the
 * body as Word does in outline (Arial's widths, the East Asian fonts' line heights, the
 * report's paragraph styles; lines broken at spaces and between CJK characters; space
 * before and after; keep with next, keep lines together, widow and orphan control; table
 * rows that do not split, header rows repeated; inline pictures).
 *
 * docx's own estimator (docx/layout) lays pages out more completely, but takes about
 * 50 ms of CPU a page: 2-3 s for a report with its appendix. This one takes a few
 * milliseconds; its tests hold it to docx's layout, heading by heading.
 */
import { Document, type PageNumberEstimator, type Paragraph, type Table } from 'docx';
import type { Language } from '../../contract/framework-schema.ts';
import { ARIAL_BOLD, ARIAL_FIRST, ARIAL_REGULAR } from './arial-widths.ts';
import { type StyleMetrics, styleMetrics } from './docx-kit.ts';

type Xml = Record<string, unknown>;

const nameOf = (el: unknown): string | undefined => (el && typeof el === 'object' ? Object.keys(el)[0] : undefined);
function childrenOf(el: unknown): unknown[] {
  const name = nameOf(el);
  if (!name) return [];
  const content = (el as Xml)[name];
  return Array.isArray(content) ? content : content === undefined ? [] : [content];
}
const childOf = (el: unknown, name: string) => childrenOf(el).find((c) => nameOf(c) === name);
function attr(el: unknown, key: string): string | number | undefined {
  if (!el) return undefined;
  const a = childOf(el, '_attr') as { _attr?: Record<string, string | number> } | undefined;
  if (a?._attr) return a._attr[key];
  const direct = (el as Xml)[nameOf(el) as string] as { _attr?: Record<string, string | number> } | undefined;
  return direct && typeof direct === 'object' && '_attr' in direct ? direct._attr?.[key] : undefined;
}
const num = (v: unknown, fallback: number) => (v === undefined || v === null || Number.isNaN(Number(v)) ? fallback : Number(v));

/** Line height of a font, in ems, as Word draws lines (ascent + descent + gap). */
const ARIAL_LINE = 1.149;
const EAST_ASIAN_LINE: Record<Language, number> = { en: 1.297, es: 1.297, ja: 1.434, 'zh-Hans': 1.714, 'zh-Hant': 1.73 };

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u3098\u309B-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
/** Marks and format characters (zero-width space, joiners, variation selectors) take no room. */
const ZERO = /\p{M}|\p{Cf}/u;

/** Width of a character, in thousandths of an em. */
function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) as number;
  const table = bold ? ARIAL_BOLD : ARIAL_REGULAR;
  const i = code - ARIAL_FIRST;
  if (i >= 0 && i < table.length && (table[i] as number) > 0) return table[i] as number;
  if (ZERO.test(ch)) return 0;
  if (WIDE.test(ch) || code >= 0x1f000) return 1000;
  // Accented letters beyond the table: as their base letter.
  const base = ch.normalize('NFD')[0] as string;
  const j = (base.codePointAt(0) as number) - ARIAL_FIRST;
  if (base !== ch && j >= 0 && j < table.length && (table[j] as number) > 0) return table[j] as number;
  return 556;
}

interface Piece {
  text: string;
  size: number;
  bold: boolean;
}

interface Measured {
  lines: number;
  lineHeight: number;
  /** Height of each line, twips (pictures make their line taller). */
  heights: number[];
}

/** Lays a paragraph's text out in lines of `width` twips. */
function measureLines(pieces: Piece[], pictures: number[], width: number, style: StyleMetrics, language: Language): Measured {
  const multiplier = style.exact ? 0 : style.line / 240;
  let maxSize = style.size;
  let wide = false;
  for (const p of pieces) {
    if (p.text.trim()) maxSize = Math.max(maxSize, p.size);
    if (!wide && WIDE.test(p.text)) wide = true;
  }
  const em = (wide ? Math.max(ARIAL_LINE, EAST_ASIAN_LINE[language]) : ARIAL_LINE) * maxSize * 10; // twips
  const lineHeight = style.exact ? style.line : em * multiplier;

  let lines = 1;
  let lineWidth = 0;
  let word = 0;
  const flushWord = () => {
    if (word === 0) return;
    if (lineWidth > 0 && lineWidth + word > width) {
      lines++;
      lineWidth = 0;
    }
    while (word > width) {
      lines++;
      word -= width;
    }
    lineWidth += word;
    word = 0;
  };
  for (const p of pieces) {
    const scale = (p.size / 2) * 20; // twips per em
    for (const ch of p.text) {
      if (ch === '\n') {
        flushWord();
        lines++;
        lineWidth = 0;
        continue;
      }
      const w = (charWidth(ch, p.bold) / 1000) * scale;
      if (ch === ' ' || ch === '\u200B') {
        flushWord();
        if (lineWidth > 0) lineWidth += w;
      } else if (WIDE.test(ch)) {
        flushWord();
        word = w;
        flushWord();
      } else {
        word += w;
        if (ch === '-' || ch === '/') flushWord();
      }
    }
  }
  flushWord();
  const heights = Array.from({ length: lines }, () => lineHeight);
  // An inline picture sits on the first line, which grows to hold it.
  if (pictures.length > 0 && !style.exact) heights[0] = Math.max(lineHeight, Math.max(...pictures) * multiplier);
  return { lines, lineHeight, heights };
}

interface ParagraphBox {
  kind: 'paragraph';
  before: number;
  after: number;
  heights: number[];
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  bookmarks: string[];
}
interface RowBox {
  height: number;
  header: boolean;
  cantSplit: boolean;
  bookmarks: string[];
}
interface TableBox {
  kind: 'table';
  rows: RowBox[];
  bookmarks: string[];
}
type Box = ParagraphBox | TableBox;

interface Page {
  width: number;
  height: number;
}

function readParagraph(p: unknown, width: number, language: Language): ParagraphBox {
  const pPr = childOf(p, 'w:pPr');
  const styleId = String(attr(childOf(pPr, 'w:pStyle'), 'w:val') ?? 'Normal');
  const metrics = styleMetrics(language);
  const base = metrics[styleId] ?? (metrics.Normal as StyleMetrics);
  const spacing = childOf(pPr, 'w:spacing');
  const line = attr(spacing, 'w:line');
  const style: StyleMetrics = {
    ...base,
    before: num(attr(spacing, 'w:before'), base.before),
    after: num(attr(spacing, 'w:after'), base.after),
    line: num(line, base.line),
    exact: line === undefined ? base.exact : attr(spacing, 'w:lineRule') === 'exact',
  };
  const indent = (childOf(pPr, 'w:numPr') ? 720 : 0) || (base.indent ?? 0);
  const borders = childOf(pPr, 'w:pBdr');
  let border = base.border ?? 0;
  for (const b of childrenOf(borders)) {
    const name = nameOf(b);
    if (name === 'w:top' || name === 'w:bottom') border += (num(attr(b, 'w:sz'), 0) / 8) * 20 + num(attr(b, 'w:space'), 0) * 20;
  }

  const pieces: Piece[] = [];
  const pictures: number[] = [];
  const bookmarks: string[] = [];
  let inField = 0;
  let fieldResult: boolean[] = [];
  const walkRun = (r: unknown) => {
    const rPr = childOf(r, 'w:rPr');
    const size = num(attr(childOf(rPr, 'w:sz'), 'w:val'), style.size);
    const bold = childOf(rPr, 'w:b') !== undefined || !!style.bold;
    for (const c of childrenOf(r)) {
      const name = nameOf(c);
      if (name === 'w:fldChar') {
        const type = attr(c, 'w:fldCharType');
        if (type === 'begin') {
          inField++;
          fieldResult.push(false);
        } else if (type === 'separate') fieldResult[fieldResult.length - 1] = true;
        else if (type === 'end') {
          inField = Math.max(0, inField - 1);
          fieldResult = fieldResult.slice(0, -1);
        }
      } else if (name === 'w:t' && fieldResult.every(Boolean)) {
        pieces.push({
          text: childrenOf(c)
            .filter((x): x is string => typeof x === 'string')
            .join(''),
          size,
          bold,
        });
      } else if (name === 'w:tab') pieces.push({ text: '    ', size, bold });
      else if (name === 'w:br') pieces.push({ text: '\n', size, bold });
      else if (name === 'w:drawing') {
        const json = JSON.stringify(c);
        const cy = /"cy":(\d+)/.exec(json);
        if (cy) pictures.push(Number(cy[1]) / 635);
      }
    }
  };
  const walk = (el: unknown) => {
    for (const c of childrenOf(el)) {
      const name = nameOf(c);
      if (name === 'w:r') walkRun(c);
      else if (name === 'w:bookmarkStart') bookmarks.push(String(attr(c, 'w:name')));
      else if (name === 'w:hyperlink' || name === 'w:ins' || name === 'w:smartTag') walk(c);
    }
  };
  walk(p);
  const measured = measureLines(pieces, pictures, Math.max(200, width - indent), style, language);
  return {
    kind: 'paragraph',
    before: style.before,
    after: style.after,
    heights: measured.heights.map((h, i) => (i === measured.heights.length - 1 ? h + border : h)),
    keepNext: childOf(pPr, 'w:keepNext') !== undefined || !!base.keepNext,
    keepLines: childOf(pPr, 'w:keepLines') !== undefined || !!base.keepLines,
    pageBreakBefore: childOf(pPr, 'w:pageBreakBefore') !== undefined,
    bookmarks,
  };
}

const paragraphHeight = (b: ParagraphBox) => b.before + b.heights.reduce((a, h) => a + h, 0) + b.after;

function readTable(tbl: unknown, language: Language): TableBox {
  const tblPr = childOf(tbl, 'w:tblPr');
  const mar = childOf(tblPr, 'w:tblCellMar');
  const margin = (side: string, fallback: number) => num(attr(childOf(mar, side), 'w:w'), fallback);
  const [top, bottom, left, right] = [margin('w:top', 0), margin('w:bottom', 0), margin('w:left', 108), margin('w:right', 108)];
  const grid = childrenOf(childOf(tbl, 'w:tblGrid')).map((g) => num(attr(g, 'w:w'), 0));
  const bookmarks: string[] = [];
  const rows: RowBox[] = childrenOf(tbl)
    .filter((c) => nameOf(c) === 'w:tr')
    .map((tr) => {
      const trPr = childOf(tr, 'w:trPr');
      let col = 0;
      let height = 0;
      const rowMarks: string[] = [];
      for (const tc of childrenOf(tr).filter((c) => nameOf(c) === 'w:tc')) {
        const span = num(attr(childOf(childOf(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val'), 1);
        const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0) - left - right;
        col += span;
        let cell = 0;
        for (const c of childrenOf(tc)) {
          if (nameOf(c) === 'w:p') {
            const p = readParagraph(c, width, language);
            rowMarks.push(...p.bookmarks);
            cell += paragraphHeight(p);
          } else if (nameOf(c) === 'w:tbl') {
            cell += readTable(c, language).rows.reduce((a, r) => a + r.height, 0);
          }
        }
        height = Math.max(height, cell);
      }
      bookmarks.push(...rowMarks);
      return {
        height: height + top + bottom + 15,
        header: childOf(trPr, 'w:tblHeader') !== undefined,
        cantSplit: childOf(trPr, 'w:cantSplit') !== undefined,
        bookmarks: rowMarks,
      };
    });
  return { kind: 'table', rows, bookmarks };
}

function readBlocks(elements: unknown[], width: number, language: Language): Box[] {
  return elements.flatMap((el): Box[] => {
    const name = nameOf(el);
    if (name === 'w:p') return [readParagraph(el, width, language)];
    if (name === 'w:tbl') return [readTable(el, language)];
    if (name === 'w:sdt') return readBlocks(childrenOf(childOf(el, 'w:sdtContent')), width, language);
    return [];
  });
}

function pageOf(body: unknown): Page & { textWidth: number } {
  const sectPr = childrenOf(body).find((c) => nameOf(c) === 'w:sectPr');
  const size = childOf(sectPr, 'w:pgSz');
  const mar = childOf(sectPr, 'w:pgMar');
  const w = num(attr(size, 'w:w'), 11906);
  const h = num(attr(size, 'w:h'), 16838);
  return {
    width: w,
    textWidth: w - num(attr(mar, 'w:left'), 1440) - num(attr(mar, 'w:right'), 1440),
    height: h - num(attr(mar, 'w:top'), 1440) - num(attr(mar, 'w:bottom'), 1440),
  };
}

/** The result: the page each bookmark starts on, and the number of pages. */
export function layOutPages(
  body: unknown,
  language: Language,
  trace?: (page: number, y: number, box: unknown) => void,
): { bookmarks: Map<string, number>; pageCount: number } {
  const page = pageOf(body);
  const blocks = readBlocks(childrenOf(body), page.textWidth, language);
  const H = page.height;
  const marks = new Map<string, number>();
  let current = 1;
  let y = 0;
  const newPage = () => {
    current++;
    y = 0;
  };
  const mark = (names: string[]) => {
    for (const n of names) if (!marks.has(n)) marks.set(n, current);
  };

  /** Height the first line of a block needs (what keep-with-next keeps a paragraph with). */
  const firstPart = (b: Box | undefined): number => {
    if (!b) return 0;
    if (b.kind === 'table') {
      const headers = b.rows.filter((r) => r.header).reduce((a, r) => a + r.height, 0);
      return headers + (b.rows.find((r) => !r.header)?.height ?? 0);
    }
    return b.before + (b.keepLines ? b.heights.reduce((a, h) => a + h, 0) : (b.heights[0] ?? 0));
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Box;
    trace?.(current, y, b);
    if (b.kind === 'table') {
      const headers = b.rows.filter((r) => r.header);
      const headerHeight = headers.reduce((a, r) => a + r.height, 0);
      let first = true;
      for (const row of b.rows) {
        if (y + row.height > H && y > 0) {
          const splittable = !row.cantSplit || row.height > H - headerHeight;
          if (splittable && H - y > 600) {
            // The row breaks across the page: its rest goes on the next ones, under the repeated header.
            let rest = row.height - (H - y);
            mark(row.bookmarks);
            while (rest > 0) {
              newPage();
              y = headerHeight;
              const room = H - y;
              if (rest <= room) {
                y += rest;
                rest = 0;
              } else rest -= room;
            }
            first = false;
            continue;
          }
          newPage();
          if (!row.header && !first) y = headerHeight;
        }
        mark(row.bookmarks);
        y += row.height;
        first = false;
      }
      continue;
    }

    if (b.pageBreakBefore && i > 0 && y > 0) newPage();
    // Keep with next: this paragraph, the chain of those that keep with it, and the first line of what follows.
    if (b.keepNext && y > 0) {
      let chain = 0;
      let j = i;
      while (j < blocks.length && (blocks[j] as Box).kind === 'paragraph' && (blocks[j] as ParagraphBox).keepNext) {
        chain += paragraphHeight(blocks[j] as ParagraphBox);
        j++;
        if (j - i > 8) break;
      }
      chain += firstPart(blocks[j]);
      if (y + chain > H && chain <= H) newPage();
    }
    const before = y === 0 ? 0 : b.before;
    const total = b.heights.reduce((a, h) => a + h, 0);
    if (y + before + total <= H) {
      mark(b.bookmarks);
      y += before + total + b.after;
      if (y > H) y = H;
      continue;
    }
    if (b.keepLines || b.heights.length < 4) {
      if (y > 0) newPage();
      mark(b.bookmarks);
      y += total + b.after;
      while (y > H) {
        y -= H;
        current++;
      }
      continue;
    }
    // Widow and orphan control: at least two lines on each page.
    let k = 0;
    let used = y + before;
    while (k < b.heights.length && used + (b.heights[k] as number) <= H) used += b.heights[k++] as number;
    if (b.heights.length - k < 2) k = b.heights.length - 2;
    if (k < 2) newPage();
    mark(b.bookmarks);
    let rest = b.heights;
    if (k >= 2) {
      rest = b.heights.slice(k);
      newPage();
    }
    for (;;) {
      let n = 0;
      let h = 0;
      while (n < rest.length && y + h + (rest[n] as number) <= H) h += rest[n++] as number;
      n = Math.max(1, n);
      y += rest.slice(0, n).reduce((a, x) => a + x, 0);
      rest = rest.slice(n);
      if (rest.length === 0) break;
      newPage();
    }
    y += b.after;
  }
  return { bookmarks: marks, pageCount: current };
}

/** A docx PageNumberEstimator for a report in `language`. */
export function reportPageEstimator(language: Language): PageNumberEstimator {
  return ((body: unknown) => {
    const { bookmarks, pageCount } = layOutPages(childOf(body, 'w:body') ?? body, language);
    return {
      bookmarks: new Map([...bookmarks].map(([k, v]) => [k, String(v)])),
      bookmarkPageNumbers: bookmarks,
      pageCount,
    };
  }) as unknown as PageNumberEstimator;
}

/** Height of a paragraph of one style, in twips, with its spacing: for fitting a page's content before it is written. */
export function textHeight(text: string, styleId: string, width: number, language: Language, bold = false): number {
  const metrics = styleMetrics(language);
  const style = metrics[styleId] ?? (metrics.Normal as StyleMetrics);
  const measured = measureLines([{ text, size: style.size, bold: bold || !!style.bold }], [], width - (style.indent ?? 0), style, language);
  return style.before + measured.heights.reduce((a, h) => a + h, 0) + style.after + (style.border ?? 0);
}

/** Height of a table of Table Text cells, in twips, with the report's cell margins (docx-kit.ts dataTable). */
export function tableHeight(columnWidths: number[], rows: string[][], language: Language): number {
  return rows.reduce((total, row) => {
    const cells = row.map((text, i) => textHeight(text, 'TableText', (columnWidths[i] ?? 1000) - 180, language));
    return total + Math.max(0, ...cells) + 100 + 15;
  }, 0);
}

let scratch: Document | undefined;

/**
 * Height of blocks stacked without page breaks, in twips, measured as layOutPages measures
 * them: for choosing how much of a section to show so that it fills its page with room to
 * spare, before the document is written.
 */
export function blocksHeight(blocks: (Paragraph | Table)[], width: number, language: Language): number {
  scratch ??= new Document({ sections: [{ children: [] }] });
  const context = { file: scratch, viewWrapper: scratch.Document, stack: [] } as unknown as Parameters<Paragraph['prepForXml']>[0];
  const xml = blocks.map((b) => b.prepForXml(context));
  return readBlocks(xml, width, language).reduce((total, box, i) => {
    if (box.kind === 'table') return total + box.rows.reduce((a, r) => a + r.height, 0);
    return total + (i === 0 ? 0 : box.before) + box.heights.reduce((a, h) => a + h, 0) + box.after;
  }, 0);
}

/** Heights of a table's rows, in twips, as layOutPages measures them. */
export function rowHeights(table: Table, width: number, language: Language): number[] {
  scratch ??= new Document({ sections: [{ children: [] }] });
  const context = { file: scratch, viewWrapper: scratch.Document, stack: [] } as unknown as Parameters<Table['prepForXml']>[0];
  const box = readBlocks([table.prepForXml(context)], width, language)[0];
  return box?.kind === 'table' ? box.rows.map((r) => r.height) : [];
}
