/**
 * Workshop size: 15 respondents × 72 questions. The interview fits them in one row; in the
 * consensus view at 1024 and 1920 px the page
 * never scrolls sideways, no scroll position shows an empty screen, every respondent's
 * column is in view beside readable question text, and the agreed levels are set by keys
 * alone. Screenshots go to test-results/ (not committed).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../electron/contract/api.ts';
import type { Respondent, Workspace } from '../../electron/contract/capture-types.ts';
import { ARTIFACTS, launchBrowser, seriousAxeViolations, startTestHost } from './browser-host.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestHost>>;
let assessment: Assessment;
let questionIds: string[];

const WAIT = { timeout: 20_000 };
const ROLES = ['Head of contact centre', 'Team leader', 'Agent', 'Quality analyst', 'Workforce planner'];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestHost();
  assessment = await server.api<Assessment>('assessments.create', {
    clientName: 'Workshop Contact Centre',
    title: 'Fifteen in the room',
    language: 'en',
    assessorName: '',
    assessorFirm: '',
  });
  const respondents: Respondent[] = [];
  for (let i = 0; i < 15; i++) {
    respondents.push(
      await server.api<Respondent>('respondents.add', {
        assessmentId: assessment.id,
        name: `Participant with a long name ${i + 1}`,
        role: ROLES[i % ROLES.length],
        kind: 'interviewee',
      }),
    );
  }
  const { framework } = await server.api<Workspace>('capture.get', { assessmentId: assessment.id });
  questionIds = framework.sections.flatMap((s) => s.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  expect(questionIds).toHaveLength(72);
  for (const [q, questionId] of questionIds.entries()) {
    for (const [r, respondent] of respondents.entries()) {
      await server.api('answers.set', {
        assessmentId: assessment.id,
        questionId,
        respondentId: respondent.id,
        // Every third question agreed (levels 1-2), the others spread over 1-5.
        level: ((q + r) % (q % 3 === 0 ? 2 : 5)) + 1,
        // Notes carry screen-reader text in their cells: it must not stretch the page.
        ...(r % 4 === 0 ? { note: `Note from participant ${r + 1} on ${questionId}.` } : {}),
      });
    }
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openConsensus(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${server.url}#/assessment/${assessment.id}/consensus`);
  await expect.poll(() => page.getByTestId('consensus-row').count(), WAIT).toBe(72);
  return page;
}

/** What a person sees at the middle of the window: true when it is part of the screen's content. */
const centreShowsContent = (page: Page) =>
  page.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return el !== null && el !== document.body && el !== document.documentElement && el.id !== 'root';
  });

const consensusOf = async (questionId: string) =>
  (await server.api<Workspace>('capture.get', { assessmentId: assessment.id })).consensus.find((c) => c.questionId === questionId);

describe('the interview with fifteen people', () => {
  it('fits them in one row with a searchable picker at 1280×800', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${assessment.id}/interview`);
    const bar = page.getByTestId('respondent-bar');
    await bar.waitFor(WAIT);
    expect(await page.getByTestId('respondent-option').count()).toBe(0);
    const picker = page.getByTestId('respondent-picker');
    expect(await picker.isVisible()).toBe(true);
    // One row: the bar is no taller than a single line of controls.
    const barBox = await bar.boundingBox();
    expect(barBox?.height ?? 999).toBeLessThan(70);
    // The question itself starts above the fold, right under the one-row bar.
    const question = await page.getByTestId('level-1').boundingBox();
    expect(question?.y ?? 9999).toBeLessThan(800);
    await page.screenshot({ path: join(ARTIFACTS, 'interview-15-1280.png') });

    // Search the picker by name, choose the fourteenth person.
    await picker.click();
    await picker.fill('name 14');
    await page.getByRole('option', { name: /^14\. Participant with a long name 14/ }).click();
    await expect.poll(() => picker.inputValue(), WAIT).toContain('Participant with a long name 14');
    expect(await page.getByTestId('current-respondent-count').textContent()).toBe('14 of 15');
    // R moves to the next person, as with the buttons.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('r');
    await expect.poll(() => picker.inputValue(), WAIT).toContain('Participant with a long name 15');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('consensus for a workshop of fifteen', () => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`fits fifteen respondents at ${width} px, with no sideways scroll and no blank screen`, async () => {
      const page = await openConsensus(width, height);
      expect(await page.getByTestId('respondent-column').count()).toBe(15);
      // The page itself never scrolls sideways, and neither does the table: every column is in view.
      const sizes = await page.evaluate(() => {
        const table = document.querySelector<HTMLElement>('[data-testid="consensus-table"]');
        return {
          page: document.documentElement.scrollWidth - innerWidth,
          table: table ? table.scrollWidth - table.clientWidth : -1,
        };
      });
      expect(sizes.page).toBeLessThanOrEqual(0);
      expect(sizes.table).toBeLessThanOrEqual(1);
      const last = page.getByTestId('respondent-column').nth(14);
      expect(await last.isVisible()).toBe(true);
      expect(await last.getAttribute('title')).toBe('Participant with a long name 15 · Workforce planner');
      // The question text stays readable: at least 170 px wide.
      const questionWidth = await page
        .locator('[data-row-button]')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(questionWidth).toBeGreaterThanOrEqual(170);
      await page.screenshot({ path: join(ARTIFACTS, `consensus-15-${width}.png`) });

      // Scroll the table to its end: the last question is shown, the page is not blank.
      const table = page.getByTestId('consensus-table');
      await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      const lastRow = page.getByTestId('consensus-row').last();
      await expect.poll(() => lastRow.isVisible(), WAIT).toBe(true);
      expect(await centreShowsContent(page)).toBe(true);
      // Scroll the page to every position down to its end: never an empty screen.
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(pageHeight).toBeLessThan(height * 3);
      for (const fraction of [0.25, 0.5, 0.75, 1]) {
        await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), fraction);
        expect(await centreShowsContent(page)).toBe(true);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('sets agreed levels by keys alone and marks settled disagreements', async () => {
    const page = await openConsensus(1280, 800);
    // seg.02 (the second question) is a disagreement: levels 1-5 among the fifteen.
    const second = questionIds[1] as string;
    const row = page.locator(`[data-testid="consensus-row"][data-question-id="${second}"]`);
    // Spreads come from the scoring service, a moment after the rows.
    await expect.poll(() => row.getAttribute('data-disagreement'), WAIT).toBe('true');
    expect(await row.getByTestId('disagreement-flag').count()).toBe(1);

    // Tab into the table, J to the second question, 4 sets its agreed level.
    await page.locator(`[data-row-button="${questionIds[0]}"]`).focus();
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('[data-row-button][aria-current="true"]').getAttribute('data-row-button'), WAIT).toBe(second);
    await page.keyboard.press('4');
    await expect.poll(async () => (await consensusOf(second))?.level, WAIT).toBe(4);
    await expect.poll(() => row.getByTestId('agreed').textContent(), WAIT).toBe('4');
    // Settled: the warning gives way to the settled mark, in the row and in the detail.
    await expect.poll(() => row.getByTestId('settled-flag').count(), WAIT).toBe(1);
    expect(await row.getByTestId('disagreement-flag').count()).toBe(0);
    expect(await page.getByTestId('consensus-detail').getByTestId('settled-flag').count()).toBe(1);

    // J again, N marks the third question N/A; K goes back and 2 changes the second's level.
    const third = questionIds[2] as string;
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    await expect.poll(async () => (await consensusOf(third))?.na, WAIT).toBe(true);
    await page.keyboard.press('k');
    await page.keyboard.press('2');
    await expect.poll(async () => (await consensusOf(second))?.level, WAIT).toBe(2);
    // Keys typed in the rationale are text, never levels.
    await page.getByTestId('consensus-detail').getByLabel('Rationale').fill('5 of us agreed on 2');
    await expect.poll(async () => (await consensusOf(second))?.rationale, WAIT).toBe('5 of us agreed on 2');
    expect((await consensusOf(second))?.level).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'consensus-15-keys.png') });
    await page.close();
  }, 120_000);
});
