/**
 * A long table cut into page-sized tables, each after a page break and with its header
 * row, where the report's estimate says a page is full (with room to spare). Word and
 * LibreOffice measure lines a little differently; a table left to break by itself may end
 * a few rows further in one than in the other, and then a table of contents' page numbers
 * after it are off by one there. Cut here, every page holds the same rows in both.
 */
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { Language } from '../../contract/framework-schema.ts';
import { type Cell, type Column, columnTwips, dataTable, type PageGeometry, type Theme } from './docx-kit.ts';
import { rowHeights, textHeight } from './estimate-pages.ts';

const FULL = 0.9;

/**
 * Heights of the header row and the rows, in twips. Cells of text are measured from their
 * text (as the estimate measures a Table Text paragraph: cheap); a table with cells of
 * several paragraphs is measured from its XML.
 */
function measureRows(whole: Table, columns: Column[], rows: Cell[][], page: PageGeometry, language: Language): number[] {
  if (rows.some((row) => row.some((c) => typeof c === 'object' && c.paragraphs))) return rowHeights(whole, page.contentTwips, language);
  const widths = columnTwips(columns, page.contentTwips);
  const rowHeight = (cells: { text: string; bold: boolean; span: number }[]) => {
    let col = 0;
    let height = 0;
    for (const c of cells) {
      const width = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0) - 180;
      col += c.span;
      height = Math.max(height, textHeight(c.text, 'TableText', width, language, c.bold));
    }
    return height + 100 + 15;
  };
  return [
    rowHeight(columns.map((c) => ({ text: c.header, bold: true, span: 1 }))),
    ...rows.map((row) =>
      rowHeight(
        row.map((c) =>
          typeof c === 'string' ? { text: c, bold: false, span: 1 } : { text: c.text ?? '', bold: !!c.bold, span: c.span ?? 1 },
        ),
      ),
    ),
  ];
}

/** An empty paragraph that starts a new page (a table cannot start one itself). */
export const pageBreak = () =>
  new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [] });

/**
 * `rows` as one table per page. `used` is how much of the first page (twips) the content
 * above the table already takes.
 */
export function pagedTable(
  t: Theme,
  page: PageGeometry,
  language: Language,
  columns: Column[],
  rows: Cell[][],
  used: number,
  options: { banded?: boolean; keepWithNext?: (row: Cell[]) => boolean } = {},
): (Paragraph | Table)[] {
  const whole = dataTable(t, page.contentTwips, columns, rows, { banded: options.banded });
  const heights = measureRows(whole, columns, rows, page, language);
  const H = page.contentHeightPx * 15;
  const header = heights[0] ?? 0;
  const chunks: Cell[][][] = [[]];
  let y = used + header;
  rows.forEach((row, i) => {
    const h = heights[i + 1] ?? 0;
    const current = chunks[chunks.length - 1] as Cell[][];
    // A row taller than a page (a very long note) breaks across pages where it stands; the next row starts a new page.
    const giant = h > FULL * H - header - 240;
    if (giant) {
      current.push(row);
      y = Number.POSITIVE_INFINITY;
    } else if (current.length > 0 && y + h > FULL * H) {
      // A row that belongs with the next one (a question above its answers) moves with it.
      const moved: Cell[][] = [];
      while (current.length > 1 && options.keepWithNext?.(current[current.length - 1] as Cell[])) moved.unshift(current.pop() as Cell[]);
      chunks.push([...moved, row]);
      y = 240 + header + moved.reduce((a, _, k) => a + (heights[i + 1 - moved.length + k] ?? 0), 0) + h;
    } else {
      current.push(row);
      y += h;
    }
  });
  if (chunks.length === 1) return [whole];
  return chunks.flatMap((chunk, i) => [
    ...(i > 0 ? [pageBreak()] : []),
    dataTable(t, page.contentTwips, columns, chunk, { banded: options.banded }),
  ]);
}
