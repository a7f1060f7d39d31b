import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customFramework, customFrameworkText } from '../../../test/support/framework-fixture.ts';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, FrameworkSummary } from '../../contract/api.ts';
import type { Framework } from '../../contract/framework-schema.ts';
import { compareVersions } from './frameworks-service.ts';

let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

const newAssessment = { clientName: 'Acme Bank', title: 'Complaints', language: 'en', assessorName: '', assessorFirm: '' };

describe('frameworks', () => {
  it('lists the shipped framework, complete in five languages', async () => {
    const [shipped, ...rest] = await ctx.ok<FrameworkSummary[]>('frameworks.list');
    expect(rest).toEqual([]);
    expect(shipped).toMatchObject({ id: 'cx-ces-digital', builtIn: true, sectionCount: 2, dimensionCount: 12 });
    expect(shipped?.completeLanguages).toEqual(['en', 'es', 'ja', 'zh-Hans', 'zh-Hant']);
    const fw = await ctx.ok<Framework>('frameworks.get', { id: 'cx-ces-digital' });
    expect(fw.sections.map((s) => s.id)).toEqual(['ces', 'digital']);
  });

  it('imports a custom English-only framework; other languages are reported as falling back', async () => {
    const summary = await ctx.ok<FrameworkSummary>('frameworks.import', { content: customFrameworkText() });
    expect(summary).toMatchObject({
      id: 'acme-retail-banking',
      version: '1.0.0',
      builtIn: false,
      questionCount: 2,
      completeLanguages: ['en'],
    });
    const fw = await ctx.ok<Framework>('frameworks.get', { id: 'acme-retail-banking' });
    // Defaults filled in: weight 1 where none was given.
    expect(fw.sections[0]?.dimensions[0]?.questions.map((q) => q.weight)).toEqual([1, 2]);
    expect((await ctx.ok<FrameworkSummary[]>('frameworks.list')).map((f) => f.id)).toEqual(['cx-ces-digital', 'acme-retail-banking']);
  });

  it('importing the same file twice changes nothing; the same version with other content is refused', async () => {
    await ctx.ok('frameworks.import', { content: customFrameworkText() });
    await ctx.ok('frameworks.import', { content: customFrameworkText() });
    expect(await ctx.ok('frameworks.list')).toHaveLength(2);
    const changed = customFramework();
    changed.title.en = 'Changed title';
    const result = await ctx.call('frameworks.import', { content: JSON.stringify(changed) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('new version number (for example 1.0.1)') },
    });
  });

  it('keeps an assessment on the version it was made with when a newer version is imported', async () => {
    await ctx.ok('frameworks.import', { content: customFrameworkText() });
    const a = await ctx.ok<Assessment>('assessments.create', { ...newAssessment, framework: { id: 'acme-retail-banking' } });
    expect([a.frameworkId, a.frameworkVersion]).toEqual(['acme-retail-banking', '1.0.0']);
    const v2 = customFramework();
    v2.version = '1.1.0';
    v2.sections[0].dimensions[0].questions[0].text.en = 'How is a complaint logged, on any channel?';
    await ctx.ok('frameworks.import', { content: JSON.stringify(v2) });
    expect((await ctx.ok<Assessment>('assessments.get', { id: a.id })).frameworkVersion).toBe('1.0.0');
    const old = await ctx.ok<Framework>('frameworks.get', { id: 'acme-retail-banking', version: '1.0.0' });
    expect(old.sections[0]?.dimensions[0]?.questions[0]?.text.en).toBe('How is a complaint logged when it arrives by phone?');
    // A new assessment takes the newest version.
    const b = await ctx.ok<Assessment>('assessments.create', { ...newAssessment, framework: { id: 'acme-retail-banking' } });
    expect(b.frameworkVersion).toBe('1.1.0');
  });

  it("refuses a custom framework that takes the shipped framework's id", async () => {
    const fw = customFramework();
    fw.id = 'cx-ces-digital';
    expect(await ctx.call('frameworks.import', { content: JSON.stringify(fw) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses an assessment on a framework that is not there, and creates no client for it', async () => {
    const result = await ctx.call('assessments.create', { ...newAssessment, framework: { id: 'nowhere' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ctx.ok('clients.list')).toEqual([]);
  });

  it('orders versions numerically', () => {
    expect(['1.10.0', '1.2.0', '1.9.1', '1.9.1-beta'].sort(compareVersions)).toEqual(['1.2.0', '1.9.1-beta', '1.9.1', '1.10.0']);
  });
});
