/**
 * The assessment's language follows the interface language chosen now, not the one the page
 * loaded with: switch to Japanese, create an assessment, and it is a Japanese one, with
 * Japanese starter actions.
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
  await server.api('settings.update', { language: 'en' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the language of a new assessment', () => {
  it('starts as the interface language chosen after the page loaded', async () => {
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(server.url);
    await page.getByTestId('language-select').click();
    await page.getByRole('option', { name: '日本語' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('ja');

    await page.getByTestId('new-assessment').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(WAIT);
    expect(await dialog.getByLabel('評価の言語').inputValue({ timeout: 10_000 })).toBe('日本語');
    await dialog.getByLabel(/クライアント名/).fill('東京コンタクトセンター');
    await dialog.getByLabel(/評価のタイトル/).fill('2026年度 CX評価');
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.url(), WAIT).toContain('#/assessment/');

    const created = (await server.api<Assessment[]>('assessments.list', {})).find((a) => a.title === '2026年度 CX評価');
    expect(created?.language).toBe('ja');
    const { actions } = await server.api<Workspace>('capture.get', { assessmentId: created?.id as string });
    expect(actions.length).toBeGreaterThan(0);
    // The starter actions are written in Japanese.
    for (const action of actions) expect(action.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await page.context().close();
  }, 120_000);
});
