import { afterEach, describe, expect, it } from 'vitest';
import { customFrameworkText } from '../../../test/support/framework-fixture.ts';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, ExportedPackage, ImportOutcome } from '../../contract/api.ts';
import type { Workspace } from '../../contract/capture-types.ts';

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers) d();
  disposers = [];
});
function fresh() {
  const ctx = openTestContext();
  disposers.push(ctx.dispose);
  return ctx;
}

/** The package without the moment it was written and the database-local timestamps. */
function comparable(content: string) {
  const pkg = JSON.parse(content);
  delete pkg.exportedAt;
  delete pkg.assessment.updatedAt;
  return pkg;
}

async function filledAssessment(ctx: ReturnType<typeof fresh>) {
  const a = await ctx.ok<Assessment>('assessments.create', {
    clientName: 'Contoso “Ltd” <&>',
    title: 'Baseline 🚀',
    language: 'ja',
    assessorName: 'Ana',
    assessorFirm: 'Northwind',
  });
  const r1 = await ctx.ok('respondents.add', { assessmentId: a.id, name: 'Kenji', role: 'WFM lead', kind: 'interviewee' });
  const r2 = await ctx.ok('respondents.add', { assessmentId: a.id, name: 'Mei', role: 'QA lead', kind: 'interviewee' });
  await ctx.ok('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: r1.id, level: 2, note: 'line1\nline2 顧客' });
  await ctx.ok('answers.set', { assessmentId: a.id, questionId: 'seg.01', respondentId: r2.id, level: 5 });
  await ctx.ok('answers.set', { assessmentId: a.id, questionId: 'seg.02', respondentId: r2.id, na: true, naReason: 'Not her area' });
  await ctx.ok('consensus.set', { assessmentId: a.id, questionId: 'seg.01', level: 3, rationale: 'Middle view' });
  await ctx.ok('dimensions.set', { assessmentId: a.id, dimensionId: 'contact-channels', target: 5, importance: 3 });
  await ctx.ok('kpis.set', { assessmentId: a.id, kpiId: 'kpi.service-level', current: 62, target: 80, unit: 'percent', source: 'WFM' });
  await ctx.ok('discussion.set', { assessmentId: a.id, questionId: 'disc.02', notes: 'Cost-led today' });
  await ctx.ok('evidence.addReference', {
    assessmentId: a.id,
    questionId: 'seg.01',
    name: 'Deck',
    location: 'SharePoint',
    strength: 'high',
  });
  await ctx.ok('respondents.remove', { id: r2.id });
  return a;
}

describe('assessment packages', () => {
  it('round-trips: export, import into an empty database, export again gives the same content', async () => {
    const source = fresh();
    const a = await filledAssessment(source);
    const first = await source.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    // < and > cannot be in a file name on Windows; the rest is kept.
    expect(first.fileName).toBe('Contoso “Ltd” & - Baseline 🚀.cxa');
    const pkg = JSON.parse(first.content);
    expect(pkg).toMatchObject({ format: 'cx-maturity-assessment', formatVersion: 1, framework: { id: 'cx-ces-digital' } });
    expect(pkg.assessment.answers).toHaveLength(3);

    const target = fresh();
    const imported = (await target.ok<ImportOutcome>('packages.import', { content: first.content })).assessment;
    expect(imported).toMatchObject({ id: a.id, title: 'Baseline 🚀', language: 'ja', client: { name: 'Contoso “Ltd” <&>' } });
    const again = await target.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    expect(comparable(again.content)).toEqual(comparable(first.content));
    const w = await target.ok<Workspace>('capture.get', { assessmentId: a.id });
    expect(w.respondents.map((r) => [r.name, r.deletedAt !== null])).toEqual([
      ['Kenji', false],
      ['Mei', true],
    ]);
  });

  it('embeds a custom framework and imports it with the assessment', async () => {
    const source = fresh();
    await source.ok('frameworks.import', { content: customFrameworkText() });
    const a = await source.ok<Assessment>('assessments.create', {
      clientName: 'Acme Bank',
      title: 'Complaints',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
      framework: { id: 'acme-retail-banking' },
    });
    const exported = await source.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    expect(JSON.parse(exported.content).framework.definition.id).toBe('acme-retail-banking');
    const target = fresh();
    await target.ok('packages.import', { content: exported.content });
    expect((await target.ok<{ id: string }[]>('frameworks.list')).map((f) => f.id)).toContain('acme-retail-banking');
  });

  it('refuses a bad package with the path of the problem and changes nothing', async () => {
    const source = fresh();
    const a = await filledAssessment(source);
    const { content } = await source.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    const target = fresh();
    const cases: [string, string, string | RegExp][] = [
      ['truncated', content.slice(0, content.length / 2), 'not valid JSON'],
      ['not a package', '{"hello": 1}', 'format: this is not a CX Maturity Studio assessment package'],
      ['level 7', content.replace('"level": 5', '"level": 7'), /assessment\.answers\[\d\]\.level: Too big/],
      ['unknown question', content.replace('"questionId": "seg.02"', '"questionId": "zzz.01"'), '"zzz.01" is not a question'],
      ['newer format', content.replace('"formatVersion": 1', '"formatVersion": 9'), 'formatVersion'],
    ];
    for (const [label, text, message] of cases) {
      const result = await target.call('packages.import', { content: text });
      expect(result.ok, label).toBe(false);
      if (!result.ok) expect(result.error.message, label).toMatch(message);
      expect(await target.ok('assessments.list'), label).toEqual([]);
      expect(await target.ok('clients.list'), label).toEqual([]);
    }
  });

  it('refuses a package whose assessment is already here', async () => {
    const ctx = fresh();
    const a = await filledAssessment(ctx);
    const { content } = await ctx.ok<ExportedPackage>('packages.export', { assessmentId: a.id });
    expect(await ctx.call('packages.import', { content })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('opens the demo: three respondents, most questions answered, consensus and targets set; a second open reuses it', async () => {
    const ctx = fresh();
    const demo = await ctx.ok<Assessment>('samples.openDemo');
    const w = await ctx.ok<Workspace>('capture.get', { assessmentId: demo.id });
    expect(w.respondents).toHaveLength(3);
    const questionCount = w.framework.sections.flatMap((s) => s.dimensions).flatMap((d) => d.questions).length;
    const answeredQuestions = new Set(w.answers.map((x) => x.questionId)).size;
    expect(answeredQuestions / questionCount).toBeGreaterThan(0.8);
    expect(w.answers.filter((x) => x.note).length).toBeGreaterThan(50);
    expect(w.consensus.length).toBeGreaterThan(3);
    expect(w.dimensionSettings).toHaveLength(12);
    await ctx.ok('assessments.delete', { id: demo.id });
    const again = await ctx.ok<Assessment>('samples.openDemo');
    expect(again.id).toBe(demo.id);
    expect(again.deletedAt).toBeNull();
    expect(await ctx.ok('assessments.list')).toHaveLength(1);
  });
});
