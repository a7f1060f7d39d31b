/**
 * The Word report, end to end: real SQLite, the demo assessment, reports in the five
 * languages opened by LibreOffice (the way a client without Word opens them), and the
 * document's XML as Word reads it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticFramework } from '../../../test/support/synthetic-assessment.ts';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment } from '../../contract/api.ts';
import type { Action } from '../../contract/capture-types.ts';
import { LANGUAGES, type Language } from '../../contract/framework-schema.ts';
import type { Services } from '../services.ts';
import { buildReport, type ReportOptions } from './build-report.ts';
import { canConvertWithLibreOffice, convertToPdf, pdfPages } from './libreoffice.ts';
import { docxXml, readZip } from './read-docx.ts';

const CLIENT = 'Northwind Utilities';
const RESPONDENT_NAMES = ['Priya Natarajan', 'Tomás Rivera', 'Grace Okafor', 'Natarajan', 'Rivera', 'Okafor'];
const NOW = new Date('2026-11-26T12:00:00Z');

const hasLibreOffice = canConvertWithLibreOffice();
// Skipped only where LibreOffice is missing outside CI; in CI these tests run (and fail without it).
const skipLibreOffice = !hasLibreOffice && !process.env.CI;
if (skipLibreOffice) {
  console.warn(
    'LibreOffice (soffice) or pdftotext is not installed: the tests that open the reports in LibreOffice are skipped. ' +
      'Install them with: apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk',
  );
}

/** What XML 1.0 forbids: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates. */
const FORBIDDEN = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}${String.fromCharCode(12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
);
/** Text without spaces (PDF text breaks lines where the page does) or zero-width spaces. */
const squash = (s: string) => s.replace(/[\s\u200B]+/g, '');

/** Every XML part parses as XML (as Word needs), with no character XML 1.0 forbids. */
function expectWellFormed(docx: Buffer) {
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new () => { window: { DOMParser: typeof DOMParser } } };
  const parser = new new JSDOM().window.DOMParser();
  for (const [name, xml] of docxXml(docx)) {
    expect(xml, name).not.toMatch(FORBIDDEN);
    const doc = parser.parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length, `${name} is not well-formed XML`).toBe(0);
  }
}

/** The table of contents as written: [title, page] in order. */
function tocEntries(documentXml: string): { title: string; page: number }[] {
  const toc = documentXml.slice(documentXml.indexOf('<w:sdt>'), documentXml.indexOf('</w:sdt>'));
  return [...toc.matchAll(/<w:hyperlink[^>]*>(.*?)<\/w:hyperlink>/g)].map((m) => {
    const texts = [...(m[1] as string).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1] as string);
    const xmlText = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    return { title: xmlText(texts[0] ?? ''), page: Number(texts.at(-1)) };
  });
}

let ctx: ReturnType<typeof openTestContext>;
let demo: Assessment;
let dir: string;

beforeAll(async () => {
  ctx = openTestContext();
  demo = await ctx.ok<Assessment>('samples.openDemo');
  dir = mkdtempSync(join(tmpdir(), 'cx-report-test-'));
});
afterAll(() => {
  ctx?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const options = (language: Language, more: Partial<ReportOptions> = {}): ReportOptions => ({
  language,
  paper: 'A4',
  anonymize: false,
  includeAppendix: true,
  now: NOW,
  ...more,
});

describe('the report in five languages, opened by LibreOffice', () => {
  const reports = new Map<Language, { docx: Buffer; pages: string[] }>();

  beforeAll(async () => {
    const paths: string[] = [];
    for (const language of LANGUAGES) {
      const docx = await buildReport(ctx.services, demo.id, options(language));
      const path = join(dir, `report-${language}.docx`);
      writeFileSync(path, docx);
      paths.push(path);
      reports.set(language, { docx, pages: [] });
    }
    if (skipLibreOffice) return;
    const pdfs = convertToPdf(paths, dir);
    LANGUAGES.forEach((language, i) => {
      (reports.get(language) as { pages: string[] }).pages = pdfPages(pdfs[i] as string);
    });
  }, 300_000);

  it.skipIf(skipLibreOffice).each(LANGUAGES)(
    '%s: LibreOffice opens it; it names the client and every dimension in the language; 10-80 pages',
    (language) => {
      const { pages } = reports.get(language) as { pages: string[] };
      const text = squash(pages.join('\n'));
      expect(text).toContain(squash(CLIENT));
      const { framework } = ctx.services.scope.readable(demo.id);
      for (const dimension of framework.sections.flatMap((s) => s.dimensions)) {
        expect(text, dimension.id).toContain(squash(dimension.title[language] as string));
      }
      for (const section of framework.sections) expect(text).toContain(squash(section.title[language] as string));
      expect(pages.length).toBeGreaterThanOrEqual(10);
      expect(pages.length).toBeLessThanOrEqual(80);
    },
  );

  it.skipIf(skipLibreOffice).each(LANGUAGES)('%s: the table of contents gives the page each heading is on in LibreOffice', (language) => {
    const { docx, pages } = reports.get(language) as { docx: Buffer; pages: string[] };
    const entries = tocEntries(docxXml(docx).get('word/document.xml') as string);
    expect(entries.length).toBeGreaterThan(20);
    const wrong = entries.filter((e) => !squash(pages[e.page - 1] ?? '').includes(squash(e.title)));
    expect(wrong).toEqual([]);
  });

  it('writes the table of contents with page numbers, in order, within the document', () => {
    for (const language of LANGUAGES) {
      const entries = tocEntries(docxXml((reports.get(language) as { docx: Buffer }).docx).get('word/document.xml') as string);
      const numbers = entries.map((e) => e.page);
      expect(numbers.every((n) => Number.isInteger(n) && n >= 3)).toBe(true);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    }
  });

  it("uses Word's own styles: Title, Heading 1-3 in the accent colour, real tables with a repeated header row, pictures with alternative text", () => {
    const xml = docxXml((reports.get('en') as { docx: Buffer }).docx);
    const document = xml.get('word/document.xml') as string;
    const styles = xml.get('word/styles.xml') as string;
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:color w:val="1F4E79"\/>/s);
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(10);
    expect(document.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThan(10);
    // Four charts: two radars, the gaps, the respondent heatmap; each with a description.
    const pictures = [...document.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
    expect(pictures).toHaveLength(4);
    for (const p of pictures) expect(p).toMatch(/descr="[^"]{40,}"/);
    expect([...readZip((reports.get('en') as { docx: Buffer }).docx).keys()].filter((k) => k.startsWith('word/media/'))).toHaveLength(4);
    // Page numbers in the footer; A4 paper.
    const footers = [...xml.entries()].filter(([k]) => k.startsWith('word/footer')).map(([, v]) => v);
    expect(footers.some((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).toMatch(/<w:lang w:val="en-GB" w:eastAsia="ja-JP"\/>/);
  });

  it('gives East Asian text a font Word has and the language of the report', () => {
    const expected: Record<string, [string, string]> = {
      ja: ['Yu Gothic', 'ja-JP'],
      'zh-Hans': ['Microsoft YaHei', 'zh-CN'],
      'zh-Hant': ['Microsoft JhengHei', 'zh-TW'],
    };
    for (const [language, [font, lang]] of Object.entries(expected)) {
      const styles = docxXml((reports.get(language as Language) as { docx: Buffer }).docx).get('word/styles.xml') as string;
      expect(styles).toContain(`w:eastAsia="${font}"`);
      expect(styles).toContain(`w:eastAsia="${lang}"`);
    }
    const es = docxXml((reports.get('es') as { docx: Buffer }).docx).get('word/styles.xml') as string;
    expect(es).toContain('w:val="es-419"');
  });

  it('writes the executive summary from the data, in sentences', () => {
    const document = docxXml((reports.get('en') as { docx: Buffer }).docx).get('word/document.xml') as string;
    const text = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(text).toMatch(
      /Northwind Utilities scores \d\.\d out of 5 overall \(\d+% of the way from level 1 to level 5\), which places it at level \d, \w+\./,
    );
    expect(text).toMatch(/it has covered \d+% of the distance/);
    expect(text).toMatch(/The strongest dimensions are [^.]+\(\d\.\d\), [^.]+\(\d\.\d\),? and [^.]+\(\d\.\d\)\./);
    expect(text).toMatch(/The priority gaps, weighted by importance, are .+\(score \d\.\d, target \d\)/);
  });

  it('lists the action plan: what, owner, due date, status', () => {
    const document = docxXml((reports.get('en') as { docx: Buffer }).docx).get('word/document.xml') as string;
    const plan = document.slice(document.lastIndexOf('>Action plan<'), document.lastIndexOf('>Appendix: answers and notes<'));
    expect(plan).toContain('<w:tblHeader/>');
    for (const text of [
      'Group contact reasons into journeys and rank them by volume',
      'Priya Natarajan',
      'February 28, 2027',
      'In progress',
      'Not started',
    ]) {
      expect(plan).toContain(text);
    }
  });
});

describe('anonymized', () => {
  it('names no respondent anywhere: text, tables, notes, headers, properties', async () => {
    const docx = await buildReport(ctx.services, demo.id, options('en', { anonymize: true }));
    const all = [...docxXml(docx).values()].join('\n');
    for (const name of RESPONDENT_NAMES) expect(all).not.toContain(name);
    expect(all).toContain('Respondent 1 (Head of contact centre)');
    expect(all).toContain('Respondent 2 (WFM lead)');
    const named = [...docxXml(await buildReport(ctx.services, demo.id, options('en'))).values()].join('\n');
    expect(named).toContain('Tomás Rivera (WFM lead)');
  });
});

describe('options', () => {
  it('reports progress from 0 to 1, lays out Letter paper, and carries the firm, its logo and its colour', async () => {
    const steps: number[] = [];
    // A 2×1 PNG: the logo.
    const logo = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP8z8Dwn4GBgQEAFQMB/9p5LvgAAAAASUVORK5CYII=',
      'base64',
    );
    const docx = await buildReport(
      ctx.services,
      demo.id,
      options('en', {
        paper: 'Letter',
        includeAppendix: false,
        branding: { firmName: 'Acme Advisory', logoPng: logo, accentColor: '#7A1F5C' },
        onProgress: (f) => steps.push(f),
      }),
    );
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    const xml = docxXml(docx);
    const document = xml.get('word/document.xml') as string;
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(document).toContain('Acme Advisory');
    expect(document).toMatch(/<wp:docPr [^>]*name="logo"[^>]*descr="Acme Advisory logo"/);
    expect(xml.get('word/styles.xml')).toContain('<w:color w:val="7A1F5C"/>');
    expect(document).not.toContain('Appendix: answers and notes');
  });

  it('reports an assessment with nothing answered yet, and a custom framework in English', async () => {
    const empty = ctx.services.assessments.create({
      clientName: 'Empty Co',
      title: 'Kick-off',
      language: 'es',
      assessorName: '',
      assessorFirm: '',
    });
    const docx = await buildReport(ctx.services, empty.id, options('es'));
    expectWellFormed(docx);
    const document = docxXml(docx).get('word/document.xml') as string;
    expect(document).toContain('Todavía no se ha puntuado ninguna pregunta');
    expect(document).toContain('Todavía no se ha agregado ningún encuestado.');
    // Two radars (all at zero), no gap chart, no heatmap.
    expect(document.match(/<wp:docPr /g)).toHaveLength(2);

    const framework = syntheticFramework(4, 10);
    ctx.services.frameworks.import(JSON.stringify(framework));
    const custom = ctx.services.assessments.create({
      clientName: 'Custom KK',
      title: 'Custom',
      language: 'ja',
      assessorName: '',
      assessorFirm: '',
      framework: { id: framework.id },
    });
    const r = ctx.services.respondents.add({ assessmentId: custom.id, name: '山田太郎', role: '', kind: 'interviewee' });
    ctx.services.answers.set({ assessmentId: custom.id, questionId: 'q0', respondentId: r.id, level: 2 });
    const customDoc = docxXml(await buildReport(ctx.services, custom.id, options('ja'))).get('word/document.xml') as string;
    expect(customDoc).toContain('Dimension 0');
    expect(customDoc).toContain('エグゼクティブサマリー');
  });

  it('refuses a language, paper or colour it does not know', async () => {
    await expect(buildReport(ctx.services, demo.id, options('fr' as Language))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(buildReport(ctx.services, demo.id, options('en', { paper: 'A5' as 'A4' }))).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(buildReport(ctx.services, demo.id, options('en', { branding: { accentColor: 'red' } }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('says there are no actions yet when the plan is empty', async () => {
    const empty = await ctx.ok<Assessment>('assessments.create', {
      clientName: 'Contoso',
      title: 'Empty plan',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
    });
    for (const action of ctx.services.actions.list(empty.id)) {
      await ctx.ok('actions.remove', { id: action.id });
    }
    const document = docxXml(await buildReport(ctx.services, empty.id, options('en', { includeAppendix: false }))).get(
      'word/document.xml',
    ) as string;
    expect(document).toContain('No actions yet');
  });

  it('lists the action plan from the actions service', async () => {
    const action: Action = {
      id: '5b0f8a36-8d55-4b43-9d1b-3e1f2c9f7a10',
      title: 'Agree customer segments with marketing',
      description: 'Half-day workshop.',
      dimensionIds: ['customer-segmentation'],
      owner: 'Tomás Rivera',
      due: '2027-01-31',
      status: 'in-progress',
      horizon: '0-3m',
      impact: 3,
      effort: 1,
      recommendationId: null,
      defaultActionId: null,
      kpiId: null,
      kpiTarget: null,
      notes: '',
      position: 1,
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T10:00:00.000Z',
    };
    // Only the actions part of the services is replaced: a narrower dependency, no cast.
    const withActions: Services = {
      ...ctx.services,
      actions: { ...ctx.services.actions, list: (id: string) => (id === demo.id ? [action] : []) },
    };
    const document = docxXml(await buildReport(withActions, demo.id, options('en'))).get('word/document.xml') as string;
    expect(document).toContain('Agree customer segments with marketing');
    expect(document).toContain('January 31, 2027');
    expect(document).toContain('In progress');
    expect(document).not.toContain('No actions yet');
    const anonymous = docxXml(await buildReport(withActions, demo.id, options('en', { anonymize: true }))).get(
      'word/document.xml',
    ) as string;
    expect(anonymous).not.toContain('Rivera');
  });
});

describe('a hostile assessment', () => {
  const longRun = 'x'.repeat(5000);
  const client = `Acme\u000B <&>"' 株式会社 Ünïcødé 🚀\u0007`;

  async function hostile(language: Language): Promise<Buffer> {
    const s = ctx.services;
    const a = s.assessments.create({
      clientName: client,
      title: `Review\u0001 2026 <b>bold</b> & 顧客体験の "review" 🎯`,
      language,
      assessorName: 'Zoë \u0000 O’Brien',
      assessorFirm: 'Firm & Co <script>',
    });
    const people = [
      s.respondents.add({ assessmentId: a.id, name: 'Eve \uFFFE <Mallory>', role: '\u0008QA & "Ops"', kind: 'interviewee' }),
      s.respondents.add({ assessmentId: a.id, name: '田中 花子', role: 'スーパーバイザー（SV）', kind: 'interviewee' }),
    ];
    const { framework } = s.scope.readable(a.id);
    const questions = framework.sections.flatMap((x) => x.dimensions).flatMap((d) => d.questions.map((q) => q.id));
    const notes = [
      longRun,
      `https://example.com/${'very-long-path-segment/'.repeat(40)}?q=${'z'.repeat(200)}`,
      `Lone \uD800 surrogate and \uDC00 tail, controls \u0001\u0002\u001F, emoji 👩‍💻🚀, CJK 顧客体験とCX mixed ${'長'.repeat(400)}`,
      `${'word '.repeat(1000)}`,
      `<w:p>not markup</w:p> & ]]> \u000C page`,
    ];
    questions.forEach((q, i) => {
      for (const [j, p] of people.entries()) {
        s.answers.set({
          assessmentId: a.id,
          questionId: q,
          respondentId: p.id,
          level: 1 + ((i + j) % 5),
          note: notes[(i + j) % notes.length],
        });
      }
    });
    s.answers.setConsensus({ assessmentId: a.id, questionId: questions[0] as string, level: 2, rationale: `${longRun}\u000B` });
    const kpi = framework.kpis[0];
    if (kpi)
      s.settingsOfAssessment.setKpi({
        assessmentId: a.id,
        kpiId: kpi.id,
        current: 12.5,
        target: 8,
        unit: 'percent',
        source: `Report <&> \u0003 ${longRun}`,
      });
    const disc = framework.discussionQuestions[0];
    if (disc) s.settingsOfAssessment.setDiscussion({ assessmentId: a.id, questionId: disc.id, notes: `${longRun} 🚀 \u0000` });
    return buildReport(s, a.id, options(language, { branding: { firmName: 'Firm <&> \u0002' } }));
  }

  it.skipIf(skipLibreOffice)(
    'still gives well-formed XML that LibreOffice opens, in English and Japanese',
    async () => {
      const paths: string[] = [];
      for (const language of ['en', 'ja'] as const) {
        const docx = await hostile(language);
        expectWellFormed(docx);
        const path = join(dir, `hostile-${language}.docx`);
        writeFileSync(path, docx);
        paths.push(path);
      }
      for (const pdf of convertToPdf(paths, dir)) {
        const pages = pdfPages(pdf);
        const text = squash(pages.join(''));
        expect(text).toContain(squash('Acme <&>"\' 株式会社 Ünïcødé'));
        expect(text).toContain('xxxxxxxxxxxxxxxxxxxx');
        expect(pages.length).toBeGreaterThanOrEqual(10);
      }
    },
    300_000,
  );

  it('gives well-formed XML without LibreOffice too', async () => {
    expectWellFormed(await hostile('zh-Hant'));
  }, 60_000);
});
