/** Export → Word report from the assessment screen: options, progress, the file downloaded, branding remembered. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, startTestHost } from './browser-host.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestHost();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('writes the report in the chosen language and remembers the branding', async () => {
  const demo = await server.context.dispatch('samples.openDemo', {});
  if (!demo.ok) throw new Error(demo.error.message);
  const id = (demo.value as { id: string }).id;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}#/assessment/${id}/overview`);
  await page.getByTestId('open-report').click();
  await page.getByTestId('report-language').click();
  await page.getByRole('option', { name: '日本語' }).click();
  await page.getByLabel('Firm name').fill('Harbour Lane Consulting');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('generate-report').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Northwind Utilities - Contact centre CX maturity review 2026 (ja).docx');
  const bytes = readFileSync((await file.path()) as string);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.getByTestId('report-done').waitFor();
  const settings = await server.context.dispatch('settings.get', {});
  expect(settings).toMatchObject({ ok: true, value: { branding: { firmName: 'Harbour Lane Consulting' } } });
  await context.close();
}, 120_000);
