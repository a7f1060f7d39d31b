import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customFramework, customFrameworkText } from '../../../test/support/framework-fixture.ts';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { FrameworkSummary } from '../../contract/api.ts';

let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

function mutate(change: (fw: any) => void): string {
  const fw = customFramework();
  change(fw);
  return JSON.stringify(fw);
}

describe('importing a bad framework', () => {
  it.each([
    ['invalid JSON', '{ "id": "x", ', '(file): not valid JSON'],
    [
      'a missing field',
      mutate((fw) => delete fw.sections[0].dimensions[0].questions[0].help),
      'sections[0].dimensions[0].questions[0].help:',
    ],
    [
      'four levels instead of five',
      mutate((fw) => fw.sections[0].dimensions[0].questions[0].levels.pop()),
      'sections[0].dimensions[0].questions[0].levels: expected 5 items, got 4',
    ],
    [
      'a duplicate id',
      mutate((fw) => {
        fw.sections[0].dimensions[0].questions[1].id = 'cmp-01';
      }),
      'sections[0].dimensions[0].questions[1].id: duplicate id "cmp-01" (already used at sections[0].dimensions[0].questions[0].id)',
    ],
    [
      'a wrong type',
      mutate((fw) => {
        fw.sections[0].dimensions[0].questions[1].weight = 'heavy';
      }),
      'sections[0].dimensions[0].questions[1].weight:',
    ],
    [
      'an unknown language key',
      mutate((fw) => {
        fw.title.fr = 'Vérification';
      }),
      'title: unknown field "fr"',
    ],
    [
      'a source that is not listed',
      mutate((fw) => {
        fw.sections[0].dimensions[0].questions[0].sources = ['nowhere'];
      }),
      'sections[0].dimensions[0].questions[0].sources[0]: unknown source "nowhere"',
    ],
    ['a 50 MB file', `{"id":"big","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`, 'must be at most 5 MB'],
  ])('refuses %s with the path of the problem, and imports nothing', async (_label, content, expected) => {
    const before = await ctx.ok<FrameworkSummary[]>('frameworks.list');
    const result = await ctx.call('frameworks.import', { content });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain(expected);
    expect(await ctx.ok('frameworks.list')).toEqual(before);
    // validate reports the same problem without importing
    if (content.length < 1_000_000) {
      const check = await ctx.ok<{ ok: boolean; problems: { path: string; message: string }[] }>('frameworks.validate', { content });
      expect(check.ok).toBe(false);
      expect(check.problems.map((p) => `${p.path}: ${p.message}`).join('; ')).toContain(expected);
    }
  });

  it('accepts the fixture as it is (the cases above fail only because of what they change)', async () => {
    const check = await ctx.ok('frameworks.validate', { content: customFrameworkText() });
    expect(check).toMatchObject({ ok: true, problems: [], summary: { id: 'acme-retail-banking', questionCount: 2 } });
  });
});
