/** Deleted is read-only: a deleted assessment cannot be renamed, a removed action cannot be edited. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';
import type { Assessment } from '../../contract/api.ts';
import type { Action } from '../../contract/capture-types.ts';

let ctx: ReturnType<typeof openTestContext>;
let a: Assessment;
beforeEach(async () => {
  ctx = openTestContext();
  a = await ctx.ok('assessments.create', { clientName: 'Contoso', title: 'Baseline', language: 'en', assessorName: '', assessorFirm: '' });
});
afterEach(() => ctx.dispose());

describe('deleted is read-only', () => {
  it('refuses to rename a deleted assessment, and renames it again once restored', async () => {
    await ctx.ok('assessments.delete', { id: a.id });
    expect(await ctx.call('assessments.rename', { id: a.id, title: 'Renamed' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Restore it') },
    });
    await ctx.ok('assessments.restore', { id: a.id });
    expect((await ctx.ok<Assessment>('assessments.rename', { id: a.id, title: 'Renamed' })).title).toBe('Renamed');
  });

  it('refuses to edit a removed action, and edits it again once restored', async () => {
    const action = await ctx.ok<Action>('actions.create', {
      assessmentId: a.id,
      title: 'Fix routing',
      description: '',
      dimensionIds: [],
      owner: '',
      due: '',
      status: 'not-started',
      horizon: '0-3m',
      impact: 2,
      effort: 2,
      kpiId: null,
      kpiTarget: null,
      notes: '',
    });
    await ctx.ok('actions.remove', { id: action.id });
    expect(await ctx.call('actions.update', { id: action.id, owner: 'Ana' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('removed') },
    });
    await ctx.ok('actions.restore', { id: action.id });
    expect((await ctx.ok<Action>('actions.update', { id: action.id, owner: 'Ana' })).owner).toBe('Ana');
  });
});
