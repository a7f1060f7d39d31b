/**
 * The walking skeleton, as a person uses it in Chromium: create, reload, rename, delete,
 * undo, switch to Japanese. Screenshots go to test-results/ (not committed).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, seriousAxeViolations, startTestHost } from './browser-host.ts';

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

async function newPage(locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => expect(errors).toEqual([]));
  return page;
}

describe('home journey', () => {
  it('shows the empty state in the system language on a first run', async () => {
    const page = await newPage('es-ES');
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('empty-state').textContent()).toContain('Todavía no hay evaluaciones');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.close();
  });

  it('creates, reloads, renames, deletes with undo, and switches to Japanese', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.getByTestId('empty-state').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // New assessment: the form names the field that is wrong.
    await page.getByTestId('new-assessment').click();
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.getByText('This field must not be empty.').count()).toBeGreaterThan(0);
    await page.getByLabel('Client name').fill('Contoso Telecom 📞');
    await page.getByLabel('Assessment title').fill('Contact centre CX review 2026');
    await page.getByLabel('Assessor name').fill('Ana Ruiz');
    await page.getByLabel('Assessor firm').fill('Northwind Advisory');
    await page.getByTestId('create-assessment').click();

    // The new assessment opens, and is still there after a reload.
    await expect.poll(() => page.getByTestId('assessment-title').textContent()).toBe('Contact centre CX review 2026');
    await page.reload();
    await expect.poll(() => page.getByTestId('assessment-title').textContent()).toBe('Contact centre CX review 2026');
    expect(await page.getByText('Contoso Telecom 📞').count()).toBeGreaterThan(0);

    // Rename in place (Enter saves), then change a client detail (saved when the field is left).
    await page.getByTestId('rename').click();
    await page.getByTestId('rename-input').fill('CX review 2026: baseline');
    await page.getByTestId('rename-input').press('Enter');
    await expect.poll(() => page.getByTestId('assessment-title').textContent()).toBe('CX review 2026: baseline');
    await page.getByTestId('client-location').fill('Madrid');
    await page.getByTestId('client-location').press('Tab');
    await expect.poll(() => page.getByTestId('client-saved').textContent()).toBe('Saved');

    // A second assessment, to see the list order and search.
    await page.getByText('Back to all assessments').click();
    await page.getByTestId('new-assessment').click();
    await page.getByLabel('Client name').fill('Fabrikam Bank');
    await page.getByLabel('Assessment title').fill('Retail banking');
    await page.getByTestId('create-assessment').click();
    await page.getByTestId('assessment-title').waitFor();
    await page.getByText('Back to all assessments').click();
    const rows = page.getByTestId('assessment-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Retail banking');
    await page.getByTestId('search').fill('contoso');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('search').fill('');
    await expect.poll(() => rows.count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'home-en.png') });

    // Delete: gone at once, back with Undo.
    await page.getByRole('button', { name: 'Delete “CX review 2026: baseline”' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(2);

    // Delete again, and restore from the deleted list later.
    await page.getByRole('button', { name: 'Delete “Retail banking”' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Deleted assessments' }).click();
    await page.getByRole('button', { name: 'Restore “Retail banking”' }).click();
    await page.getByText('Nothing has been deleted', { exact: false }).waitFor();

    // Switch to Japanese: labels change, and the choice is remembered after a reload.
    await page.getByText('Back to all assessments').click();
    await page.getByTestId('language-select').click();
    await page.getByRole('option', { name: '日本語' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('評価一覧');
    expect(await page.getByTestId('new-assessment').textContent()).toBe('新規評価');
    await page.reload();
    await expect.poll(() => page.getByTestId('new-assessment').textContent()).toBe('新規評価');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.screenshot({ path: join(ARTIFACTS, 'home-ja.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
