import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment, Client } from '../../contract/api.ts';

let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

describe('clients', () => {
  it('creates a client and refuses a second one with the same name in another letter case', async () => {
    const c = await ctx.ok<Client>('clients.create', { name: 'Contoso Energy', industry: 'Utilities' });
    expect(c).toMatchObject({ name: 'Contoso Energy', industry: 'Utilities', location: '', contactName: '' });
    const again = await ctx.call('clients.create', { name: 'contoso energy' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'name' } } });
    expect(!again.ok && again.error.message).toContain('already exists');
    expect(await ctx.ok('clients.list')).toHaveLength(1);
  });

  it('updates details; the assessment shows the new client details', async () => {
    const a = await ctx.ok<Assessment>('assessments.create', {
      clientName: 'Fabrikam',
      title: 'Baseline',
      language: 'es',
      assessorName: '',
      assessorFirm: '',
    });
    const updated = await ctx.ok<Client>('clients.update', {
      id: a.client.id,
      name: 'Fabrikam Seguros',
      location: 'Madrid',
      contactName: 'Lucía Pérez',
    });
    expect(updated).toMatchObject({ name: 'Fabrikam Seguros', location: 'Madrid', contactName: 'Lucía Pérez', industry: '' });
    expect((await ctx.ok<Assessment>('assessments.get', { id: a.id })).client.name).toBe('Fabrikam Seguros');
  });

  it('refuses renaming a client to the name of another, and changes nothing', async () => {
    const a = await ctx.ok<Client>('clients.create', { name: 'Alpha' });
    await ctx.ok('clients.create', { name: 'Beta' });
    const result = await ctx.call('clients.update', { id: a.id, name: 'BETA', location: 'Lima' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ctx.ok('clients.list')).toEqual([
      expect.objectContaining({ name: 'Alpha', location: '' }),
      expect.objectContaining({ name: 'Beta' }),
    ]);
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    const result = await ctx.call('clients.update', { id: '00000000-0000-4000-8000-000000000000', name: 'X' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
