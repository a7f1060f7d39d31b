/**
 * The report's page estimate (the table of contents' page numbers) against docx's own
 * layout of Word's pages, heading by heading, on the demo report; and its cost.
 */
import { Packer, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment } from '../../contract/api.ts';
import type { Language } from '../../contract/framework-schema.ts';
import { createReportDocument } from './build-report.ts';
import { layOutPages } from './estimate-pages.ts';

let ctx: ReturnType<typeof openTestContext>;
let demo: Assessment;
beforeAll(async () => {
  ctx = openTestContext();
  demo = await ctx.ok<Assessment>('samples.openDemo');
});
afterAll(() => ctx?.dispose());

describe('the page estimate', () => {
  it.each(['en', 'zh-Hans'] as Language[])(
    '%s: puts every heading on the page docx/layout puts it on, in a fraction of its time',
    async (language) => {
      const docxEstimate = estimatePageNumbersWith({ guess: true });
      let ours: Map<string, number> = new Map();
      let theirs: ReadonlyMap<string, string> = new Map();
      let oursMs = 0;
      let theirsMs = 0;
      // Run both on the same body, as docx hands it to the document's estimator.
      const both = ((body: unknown, context: unknown) => {
        let t = performance.now();
        ours = layOutPages(body, language).bookmarks;
        oursMs = performance.now() - t;
        t = performance.now();
        const result = (docxEstimate as unknown as (b: unknown, c: unknown) => { bookmarks: ReadonlyMap<string, string> })(body, context);
        theirsMs = performance.now() - t;
        theirs = result.bookmarks;
        return result;
      }) as unknown as PageNumberEstimator;
      const doc = await createReportDocument(
        ctx.services,
        demo.id,
        { language, paper: 'A4', anonymize: false, includeAppendix: true },
        both,
      );
      await Packer.toBuffer(doc);
      expect(theirs.size).toBeGreaterThan(20);
      const differences = [...theirs].filter(([name, page]) => ours.get(name) !== Number(page));
      expect(differences).toEqual([]);
      expect(oursMs).toBeLessThan(theirsMs / 5);
    },
    120_000,
  );

  it('breaks pages before a heading that asks for it, and after a page of lines', () => {
    const line = (text: string, extra: object[] = []) => ({ 'w:p': [{ 'w:pPr': extra }, { 'w:r': [{ 'w:t': [text] }] }] });
    const body = {
      'w:body': [
        line('one'),
        {
          'w:p': [
            { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': 'Heading1' } } }, { 'w:pageBreakBefore': {} }] },
            { 'w:bookmarkStart': { _attr: { 'w:name': '_Toc1', 'w:id': 1 } } },
            { 'w:r': [{ 'w:t': ['Two'] }] },
          ],
        },
        ...Array.from({ length: 60 }, (_, i) => line(`filler ${i}`)),
        { 'w:p': [{ 'w:bookmarkStart': { _attr: { 'w:name': 'end', 'w:id': 2 } } }, { 'w:r': [{ 'w:t': ['end'] }] }] },
        {
          'w:sectPr': [
            { 'w:pgSz': { _attr: { 'w:w': 11906, 'w:h': 16838 } } },
            { 'w:pgMar': { _attr: { 'w:top': 1247, 'w:bottom': 1134, 'w:left': 1134, 'w:right': 1134 } } },
          ],
        },
      ],
    };
    // Normal lines: 10 pt Arial × 1.149 × 1.2 + 6 pt after = 19.8 pt; 722 pt of text height hold 36 of them.
    const { bookmarks, pageCount } = layOutPages(body, 'en');
    expect(bookmarks.get('_Toc1')).toBe(2);
    expect(bookmarks.get('end')).toBe(3);
    expect(pageCount).toBe(3);
  });
});
