/**
 * Nothing on screen is ever lost (issue 13), in Chromium: with the database locked by another
 * connection, three answers wait in the outbox with a banner that counts them; once the lock is
 * released they are all saved, the banner is gone, and a reload finds them. Notes typed and the
 * page closed at once are there after reopening.
 */
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/contract/capture-types.ts';
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

async function setup(title: string) {
  const { id } = await server.api<{ id: string }>('assessments.create', {
    clientName: 'Contoso',
    title,
    language: 'en',
    assessorName: 'Ana Ruiz',
    assessorFirm: 'Northwind Advisory',
  });
  const respondent = await server.api<{ id: string }>('respondents.add', {
    assessmentId: id,
    name: 'Marta Gómez',
    role: 'Lead',
    kind: 'interviewee',
  });
  return { id, respondentId: respondent.id };
}

const workspace = (assessmentId: string) => server.api<Workspace>('capture.get', { assessmentId });
const questionId = (page: Page) => page.getByTestId('question-id').textContent();
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('outbox', () => {
  it('keeps three answers while the database is locked, shows them waiting, then saves them all', { timeout: 120_000 }, async () => {
    const { id } = await setup('Locked day');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${id}/interview`);
    await page.getByTestId('interview-view').waitFor();
    await page.getByTestId('auto-advance').uncheck();
    await blur(page);

    const lock = new Database(server.context.databasePath ?? '', { timeout: 1000 });
    lock.exec('BEGIN EXCLUSIVE');
    try {
      for (const qid of ['seg.01', 'seg.02', 'seg.03']) {
        await expect.poll(() => questionId(page), { timeout: 15_000 }).toBe(qid);
        await page.keyboard.press('3');
        await page.keyboard.press('j');
      }
      await page.getByTestId('outbox-banner').waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('outbox-count').textContent(), { timeout: 15_000 }).toBe('3 changes waiting');
      // The busy database is named once the first attempt has given up.
      await expect.poll(() => page.getByTestId('outbox-banner').textContent(), { timeout: 30_000 }).toContain('The database is busy');
      expect(await page.getByTestId('save-indicator').getAttribute('data-state')).toBe('waiting');
      // In sight, although answering has scrolled the page down to the question.
      const box = await page.getByTestId('outbox-banner').boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
      // Shown on the question waiting and in the navigator.
      await page.keyboard.press('k');
      await page.getByTestId('question-waiting').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('dimension-waiting').count()).toBe(1);
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }
    await page.getByTestId('outbox-retry').click();
    await page.getByTestId('outbox-banner').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByTestId('dimension-waiting').count()).toBe(0);
    await expect.poll(() => page.getByTestId('save-indicator').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    const saved = await workspace(id);
    expect(
      saved.answers
        .filter((a) => a.level === 3)
        .map((a) => a.questionId)
        .sort(),
    ).toEqual(['seg.01', 'seg.02', 'seg.03']);

    await page.reload();
    await page.getByTestId('interview-view').waitFor();
    await page.locator('[data-dimension="customer-segmentation"]').click();
    await expect.poll(() => questionId(page), { timeout: 15_000 }).toBe('seg.01');
    await expect
      .poll(() => page.locator('[data-testid="level-cards"] button[aria-pressed="true"]').getAttribute('data-testid'), { timeout: 15_000 })
      .toBe('level-3');
    await context.close();
  });

  it('still counts a change left waiting when the person leaves the assessment, and sends it on return', { timeout: 120_000 }, async () => {
    const { id } = await setup('Left while locked');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${id}/interview`);
    await page.getByTestId('interview-view').waitFor();
    await blur(page);
    const lock = new Database(server.context.databasePath ?? '', { timeout: 1000 });
    lock.exec('BEGIN EXCLUSIVE');
    try {
      await page.keyboard.press('4');
      await page.getByTestId('outbox-banner').waitFor({ timeout: 15_000 });
      // Back to the list: the change is still unsent, and what the window asks before closing says so.
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await page.getByTestId('new-assessment').waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => window.cxOutbox?.pending())).toBe(1);
    } finally {
      lock.exec('ROLLBACK');
      lock.close();
    }
    // Opening the assessment again sends it.
    await page.evaluate((assessmentId) => {
      window.location.hash = `#/assessment/${assessmentId}/interview`;
    }, id);
    await expect.poll(async () => (await workspace(id)).answers.find((a) => a.questionId === 'seg.01')?.level, { timeout: 30_000 }).toBe(4);
    await expect.poll(() => page.evaluate(() => window.cxOutbox?.pending()), { timeout: 15_000 }).toBe(0);
    await context.close();
  });

  it('keeps notes typed just before the page is closed', { timeout: 60_000 }, async () => {
    const { id } = await setup('Closed at once');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${id}/interview`);
    await page.getByTestId('interview-view').waitFor();
    await page.getByTestId('note-field').click();
    await page.keyboard.type('Typed in the last moment');
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await workspace(id)).answers.find((a) => a.questionId === 'seg.01')?.note, { timeout: 15_000 })
      .toBe('Typed in the last moment');
    const again = await context.newPage();
    await again.goto(`${server.url}#/assessment/${id}/interview`);
    await expect.poll(() => again.getByTestId('note-field').inputValue(), { timeout: 15_000 }).toBe('Typed in the last moment');
    await context.close();
  });
});
