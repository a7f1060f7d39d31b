import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';

let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

it('has no language until one is chosen, then remembers it across reopening', async () => {
  expect(await ctx.ok('settings.get')).toEqual({ language: null, branding: null });
  expect(await ctx.ok('settings.update', { language: 'zh-Hant' })).toEqual({ language: 'zh-Hant', branding: null });
  expect(await ctx.ok('settings.get')).toMatchObject({ language: 'zh-Hant' });
  expect(await ctx.call('settings.update', { language: 'klingon' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', message: expect.stringContaining('language:') },
  });
  expect(await ctx.ok('settings.get')).toMatchObject({ language: 'zh-Hant' });
  const branding = { firmName: 'Harbour Lane', accentColor: '#1F4E79', logoBase64: '' };
  expect(await ctx.ok('settings.update', { branding })).toEqual({ language: 'zh-Hant', branding });
  expect(await ctx.call('settings.update', { branding: { ...branding, accentColor: 'blue' } })).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('branding.accentColor: must be a colour') },
  });
});
