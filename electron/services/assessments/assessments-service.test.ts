import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, AssessmentSummary } from '../../contract/api.ts';

let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

const base = {
  clientName: 'Acme Telecom',
  title: 'CX review 2026',
  language: 'en',
  assessorName: 'Ana Ruiz',
  assessorFirm: 'Northwind Advisory',
};

describe('assessments', () => {
  it('creates an assessment with its client, framework and draft status', async () => {
    const a = await ctx.ok<Assessment>('assessments.create', base);
    expect(a).toMatchObject({
      title: 'CX review 2026',
      status: 'draft',
      language: 'en',
      assessorName: 'Ana Ruiz',
      assessorFirm: 'Northwind Advisory',
      frameworkId: 'cx-ces-digital',
      deletedAt: null,
      client: { name: 'Acme Telecom' },
    });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await ctx.ok('assessments.get', { id: a.id })).toEqual(a);
  });

  it('lists by last change, newest first, and a rename moves an assessment to the top', async () => {
    const first = await ctx.ok<Assessment>('assessments.create', { ...base, title: 'First' });
    const second = await ctx.ok<Assessment>('assessments.create', { ...base, title: 'Second' });
    let list = await ctx.ok<AssessmentSummary[]>('assessments.list');
    expect(list.map((r) => r.title)).toEqual(['Second', 'First']);
    await ctx.ok('assessments.rename', { id: first.id, title: 'First, renamed' });
    list = await ctx.ok<AssessmentSummary[]>('assessments.list');
    expect(list.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(list[0]).toMatchObject({ title: 'First, renamed', clientName: 'Acme Telecom', status: 'draft' });
  });

  it('searches titles and client names, ignoring letter case', async () => {
    await ctx.ok('assessments.create', { ...base, clientName: 'Globex Bank', title: 'Retail banking' });
    await ctx.ok('assessments.create', { ...base, clientName: 'Initech', title: 'Service desk' });
    await ctx.ok('assessments.create', { ...base, clientName: 'Ñandú Seguros', title: 'Siniestros' });
    const titles = async (search: string) => (await ctx.ok<AssessmentSummary[]>('assessments.list', { search })).map((r) => r.title);
    expect(await titles('GLOBEX')).toEqual(['Retail banking']);
    expect(await titles('desk')).toEqual(['Service desk']);
    expect(await titles('ñandú')).toEqual(['Siniestros']);
    expect(await titles('nothing like this')).toEqual([]);
  });

  it('reuses an existing client of the same name (any letter case) for a new assessment', async () => {
    const a = await ctx.ok<Assessment>('assessments.create', base);
    const b = await ctx.ok<Assessment>('assessments.create', { ...base, clientName: 'ACME TELECOM', title: 'Re-assessment 2027' });
    expect(b.client.id).toBe(a.client.id);
    expect(await ctx.ok('clients.list')).toHaveLength(1);
  });

  it('deletes as a state: gone from the list, kept in the deleted list, restorable', async () => {
    const a = await ctx.ok<Assessment>('assessments.create', base);
    const deleted = await ctx.ok<Assessment>('assessments.delete', { id: a.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect(await ctx.ok('assessments.list')).toEqual([]);
    expect((await ctx.ok<AssessmentSummary[]>('assessments.list', { deleted: true })).map((r) => r.id)).toEqual([a.id]);
    const restored = await ctx.ok<Assessment>('assessments.restore', { id: a.id });
    expect(restored.deletedAt).toBeNull();
    expect(restored.title).toBe(a.title);
    expect((await ctx.ok<AssessmentSummary[]>('assessments.list')).map((r) => r.id)).toEqual([a.id]);
  });

  it('keeps emoji and non-Latin scripts in names exactly, after trimming spaces', async () => {
    const a = await ctx.ok<Assessment>('assessments.create', { ...base, clientName: '  株式会社さくら 🌸 ', title: '顧客体験 review 🚀' });
    expect(a.client.name).toBe('株式会社さくら 🌸');
    expect(a.title).toBe('顧客体験 review 🚀');
  });
});

describe('assessments: bad input leaves everything as it was', () => {
  async function snapshot() {
    return {
      live: await ctx.ok('assessments.list'),
      deleted: await ctx.ok('assessments.list', { deleted: true }),
      clients: await ctx.ok('clients.list'),
    };
  }

  it.each([
    ['an empty title', { ...base, title: '   ' }, 'title: must not be empty'],
    ['a 10,000-character title', { ...base, title: 'x'.repeat(10_000) }, 'title: must be at most 200 characters'],
    [
      'a control character in the client name',
      { ...base, clientName: 'Acme\u000bTelecom' },
      'clientName: must not contain control characters',
    ],
    ['a line break in the title', { ...base, title: 'two\nlines' }, 'title: must not contain control characters'],
    ['an unknown language', { ...base, language: 'fr' }, 'language:'],
    ['a missing client name', { title: 'x', language: 'en', assessorName: '', assessorFirm: '' }, 'clientName:'],
    ['an unexpected field', { ...base, colour: 'red' }, 'Unrecognized key'],
  ])('refuses %s with a message naming the field', async (_label, input, message) => {
    await ctx.ok('assessments.create', base);
    const before = await snapshot();
    const result = await ctx.call('assessments.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an id that does not exist, for every method that takes one', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const method of ['assessments.get', 'assessments.delete', 'assessments.restore']) {
      const result = await ctx.call(method, { id: missing });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await ctx.call('assessments.rename', { id: missing, title: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ctx.call('assessments.get', { id: 'not-a-uuid' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('id:') },
    });
  });

  it('refuses a rename to an empty title and keeps the old one', async () => {
    const a = await ctx.ok<Assessment>('assessments.create', base);
    expect(await ctx.call('assessments.rename', { id: a.id, title: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await ctx.ok<Assessment>('assessments.get', { id: a.id })).title).toBe('CX review 2026');
  });
});
