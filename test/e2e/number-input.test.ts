/**
 * Numbers typed as Spanish-speaking markets write them: a decimal comma or a decimal point,
 * grouping points or commas. "12.345,6" is saved as 12345.6 (never 12.3456), and shown back
 * as es-419 writes it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../electron/contract/api.ts';
import type { Workspace } from '../../electron/contract/capture-types.ts';
import { launchBrowser, startTestHost } from './browser-host.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestHost>>;
const WAIT = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestHost();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('number input', () => {
  it('reads a decimal comma and grouping points in Spanish KPI fields', async () => {
    const demo = await server.api<Assessment>('samples.openDemo', {});
    await server.api('settings.update', { language: 'es' });
    const page = await (await browser.newContext({ locale: 'es-MX', viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${server.url}#/assessment/${demo.id}/kpis`);
    const row = page.locator('[data-testid="kpi-row"][data-kpi-id="kpi.calls-answered"]');
    await row.waitFor(WAIT);
    const kpi = async () =>
      (await server.api<Workspace>('capture.get', { assessmentId: demo.id })).kpis.find((k) => k.kpiId === 'kpi.calls-answered');

    await row.getByTestId('kpi-current').fill('12.345,6');
    await row.getByTestId('kpi-current').press('Tab');
    await expect.poll(async () => (await kpi())?.current, WAIT).toBe(12345.6);
    await row.getByTestId('kpi-target').fill('8,5');
    await row.getByTestId('kpi-target').press('Tab');
    await expect.poll(async () => (await kpi())?.target, WAIT).toBe(8.5);
    // Not a number: said in the field, nothing saved.
    await row.getByTestId('kpi-target').fill('doce');
    await row.getByTestId('kpi-target').press('Tab');
    await expect.poll(() => row.textContent(), WAIT).toContain('número');
    expect((await kpi())?.target).toBe(8.5);

    await page.reload();
    await row.waitFor(WAIT);
    await expect.poll(() => row.getByTestId('kpi-current').inputValue(), WAIT).toBe('12,345.6');
    expect(await row.getByTestId('kpi-target').inputValue()).toBe('8.5');
    await page.context().close();
    await server.api('settings.update', { language: 'en' });
  }, 120_000);
});
