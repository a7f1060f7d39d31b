/** The Word report through the API, as the app's dialog asks for it: options, remembered branding, errors. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestContext } from '../../../test/support/test-context.ts';

let ctx: ReturnType<typeof openTestContext>;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.dispose());

// A 1×1 transparent PNG.
const LOGO = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

it('writes a .docx named after the client, title and language, with the branding given', async () => {
  const demo = await ctx.ok<{ id: string }>('samples.openDemo');
  const branding = { firmName: 'Harbour Lane', accentColor: '#7A1F5C', logoBase64: LOGO };
  const report = await ctx.ok<{ fileName: string; contentBase64: string }>('reports.create', {
    assessmentId: demo.id,
    language: 'es',
    paper: 'A4',
    anonymize: true,
    includeAppendix: false,
    branding,
  });
  expect(report.fileName).toBe('Northwind Utilities - Contact centre CX maturity review 2026 (es).docx');
  const bytes = Buffer.from(report.contentBase64, 'base64');
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the .docx container
  expect(bytes.length).toBeGreaterThan(50_000);
}, 60_000);

it('refuses a bad colour or a logo that is not base64, naming the field', async () => {
  const demo = await ctx.ok<{ id: string }>('samples.openDemo');
  const base = { assessmentId: demo.id, language: 'en', paper: 'Letter', anonymize: false, includeAppendix: true };
  expect(await ctx.call('reports.create', { ...base, branding: { firmName: '', accentColor: 'red', logoBase64: '' } })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', message: expect.stringContaining('branding.accentColor') },
  });
  expect(
    await ctx.call('reports.create', { ...base, branding: { firmName: '', accentColor: '#112233', logoBase64: '<svg>' } }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', message: expect.stringContaining('branding.logoBase64') },
  });
  expect(await ctx.call('reports.create', { ...base, paper: 'A3' })).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('paper') },
  });
});
