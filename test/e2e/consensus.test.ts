/**
 * Consensus, targets, KPIs and team discussion, as a consultant uses them in Chromium on the
 * demo assessment: settle a disagreement, set a target, enter a KPI, write a discussion
 * note; everything is still there after a reload. Plus the consensus view with 72 questions
 * × 20 respondents. Screenshots go to test-results/ (not committed).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../electron/contract/api.ts';
import type { Respondent, Workspace } from '../../electron/contract/capture-types.ts';
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

const workspace = (assessmentId: string) => server.api<Workspace>('capture.get', { assessmentId });

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => expect(errors).toEqual([]));
  return page;
}

/** Waiting for a page that is (re)loading: longer than the default second, for busy machines. */
const LOAD = { timeout: 15_000 };
/** A change whose time is printed below (budgets live in `npm run bench`, not in tests). */
const QUICK = { timeout: 15_000 };
const saved = (page: Page) => page.getByTestId('save-indicator').getAttribute('data-state');

describe('consensus, targets, KPIs and team discussion', () => {
  it('settles a disagreement and keeps targets, a KPI and a discussion note after a reload', async () => {
    const demo = await server.api<Assessment>('samples.openDemo', {});
    const page = await newPage();
    await page.goto(`${server.url}#/assessment/${demo.id}/consensus`);
    const rows = page.getByTestId('consensus-row');
    await expect.poll(() => rows.count(), LOAD).toBe(72);

    // Only disagreements: every row left is flagged with the word, not colour alone.
    await page.getByRole('switch', { name: /Only disagreements/ }).check();
    await expect.poll(() => rows.count()).toBeLessThan(72);
    const flagged = await rows.count();
    expect(flagged).toBeGreaterThan(0);
    // Each one is marked: a disagreement still open, or one the team has settled (the demo has both).
    const open = await rows.locator('[data-testid="disagreement-flag"]').count();
    const settled = await rows.locator('[data-testid="settled-flag"]').count();
    expect(open + settled).toBe(flagged);
    expect(open).toBeGreaterThan(0);
    expect(settled).toBeGreaterThan(0);
    const settledRows = page.locator('[data-testid="consensus-row"][data-settled]');
    expect(await settledRows.count()).toBe(settled);
    expect(await settledRows.first().textContent()).toContain('Settled');
    expect(await page.locator('[data-testid="consensus-row"][data-disagreement]:not([data-settled])').first().textContent()).toContain(
      'Disagreement',
    );
    for (const spread of await rows.getByTestId('spread').allTextContents()) expect(Number(spread)).toBeGreaterThanOrEqual(2);

    // ... and without consensus: pick the first one and settle it.
    await page.getByRole('switch', { name: /Only without consensus/ }).check();
    await expect.poll(() => rows.count()).toBe(open);
    // Without consensus, none of them is settled.
    expect(await rows.locator('[data-testid="settled-flag"]').count()).toBe(0);
    const questionId = (await rows.first().getAttribute('data-question-id')) as string;
    expect((await workspace(demo.id)).consensus.find((c) => c.questionId === questionId)).toBeUndefined();
    await rows.first().locator('[data-row-button]').click();
    const detail = page.getByTestId('consensus-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('respondent-answer').count()).toBe(3);
    expect(await detail.textContent()).toContain('Level descriptors');

    await detail.getByRole('button', { name: /^3 · Defined$/ }).click();
    // Agreed: the row leaves the "without consensus" list, the detail stays on the question.
    await expect.poll(() => rows.count()).toBe(open - 1);
    expect(await detail.getByRole('button', { name: /^3 · Defined$/ }).getAttribute('aria-pressed')).toBe('true');
    const rationale = 'Agreed at 3: the process is documented, but only one site follows it.';
    await detail.getByLabel('Rationale').fill(rationale);
    // Saved while typing, after a short pause, without leaving the field.
    await expect.poll(async () => (await workspace(demo.id)).consensus.find((c) => c.questionId === questionId)?.rationale).toBe(rationale);
    await detail.getByLabel('Rationale').press('Tab');
    expect((await workspace(demo.id)).consensus.find((c) => c.questionId === questionId)).toMatchObject({ level: 3, na: false, rationale });

    // Keyboard: ↓ moves to the next question and shows it.
    await page.getByRole('switch', { name: /Only without consensus/ }).uncheck();
    const selectedButton = page.locator(`[data-row-button="${questionId}"]`);
    await selectedButton.focus();
    await selectedButton.press('ArrowDown');
    await expect.poll(() => page.locator('[data-row-button][aria-current="true"]').getAttribute('data-row-button')).not.toBe(questionId);
    await selectedButton.click();
    await expect.poll(() => detail.getByLabel('Rationale').inputValue()).toBe(rationale);
    // Moving between questions shows one question's controls, never a mix.
    expect(await detail.getByTestId('agreed-level-control').count()).toBe(1);
    expect(await detail.getByTestId('rationale').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'consensus-en.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // After a reload the agreed level and rationale are still there.
    await page.reload();
    const row = page.locator(`[data-testid="consensus-row"][data-question-id="${questionId}"]`);
    await expect.poll(() => row.getByTestId('agreed').textContent(), LOAD).toBe('3');
    await row.locator('[data-row-button]').click();
    await expect.poll(() => page.getByTestId('consensus-detail').getByLabel('Rationale').inputValue(), LOAD).toBe(rationale);

    // Targets: a target level and an importance, each saved on change.
    await page.getByTestId('tab-targets').click();
    const segmentation = page.locator('[data-testid="target-row"][data-dimension-id="customer-segmentation"]');
    await segmentation.getByRole('radiogroup', { name: 'Target level for Customer segmentation' }).getByText('5', { exact: true }).click();
    await expect.poll(() => segmentation.getByTestId('target-level-name').textContent()).toBe('Optimizing');
    await segmentation.getByRole('radiogroup', { name: 'Importance of Customer segmentation' }).getByText('High', { exact: true }).click();
    await expect
      .poll(async () => (await workspace(demo.id)).dimensionSettings.find((d) => d.dimensionId === 'customer-segmentation'))
      .toEqual({ dimensionId: 'customer-segmentation', target: 5, importance: 3 });
    expect(await page.getByText('Priority = gap × importance', { exact: false }).count()).toBe(1);
    await page.waitForTimeout(400); // the segmented controls' indicator slides into place
    await page.screenshot({ path: join(ARTIFACTS, 'targets-en.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // KPIs: a KPI without a baseline yet; a target on the wrong side is warned about, not refused.
    await page.getByTestId('tab-kpis').click();
    const calls = page.locator('[data-testid="kpi-row"][data-kpi-id="kpi.calls-answered"]');
    expect(await calls.getByTestId('kpi-direction').textContent()).toContain('Higher is better');
    expect(await calls.getByTestId('kpi-unit').inputValue()).toBe('Count');
    await calls.getByTestId('kpi-current').fill('1200');
    await calls.getByTestId('kpi-current').press('Tab');
    await calls.getByTestId('kpi-target').fill('1000');
    await calls.getByTestId('kpi-target').press('Tab');
    await page.getByTestId('kpi-wrong-side').first().waitFor();
    expect(await page.getByTestId('kpi-wrong-side').first().textContent()).toContain('below the current value');
    await expect
      .poll(async () => (await workspace(demo.id)).kpis.find((k) => k.kpiId === 'kpi.calls-answered'))
      .toEqual({ kpiId: 'kpi.calls-answered', current: 1200, target: 1000, unit: 'count', source: '' });
    await page.getByTestId('kpi-wrong-side').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'kpis-en.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await calls.getByTestId('kpi-target').fill('1500');
    await calls.getByTestId('kpi-target').press('Tab');
    await expect.poll(() => page.getByTestId('kpi-wrong-side').count()).toBe(0);
    await calls.getByTestId('kpi-source').fill('ACD daily report, last 4 weeks');
    await calls.getByTestId('kpi-source').press('Tab');
    await expect
      .poll(async () => (await workspace(demo.id)).kpis.find((k) => k.kpiId === 'kpi.calls-answered'))
      .toEqual({ kpiId: 'kpi.calls-answered', current: 1200, target: 1500, unit: 'count', source: 'ACD daily report, last 4 weeks' });

    // Team discussion: saved while typing; too long is said, kept and not saved.
    await page.getByTestId('tab-discussion').click();
    const questions = page.getByTestId('discussion-question');
    await expect.poll(() => questions.count()).toBe(5);
    const note = 'Leadership backs the plan 🙂 but funds it year by year; ask the CFO for a two-year budget.';
    await questions.nth(2).getByTestId('discussion-notes').fill(note);
    await expect.poll(async () => (await workspace(demo.id)).discussion.find((d) => d.questionId === 'disc.03')?.notes).toBe(note);
    const tooLong = 'x'.repeat(20_001);
    await questions.nth(3).getByTestId('discussion-notes').fill(tooLong);
    await questions.nth(3).getByTestId('discussion-notes').press('Tab');
    await expect.poll(() => questions.nth(3).textContent()).toContain('use at most 20,000');
    expect(await questions.nth(3).getByTestId('discussion-notes').inputValue()).toHaveLength(20_001);
    expect((await workspace(demo.id)).discussion.find((d) => d.questionId === 'disc.04')).toBeUndefined();
    await questions.nth(3).getByTestId('discussion-notes').fill('');
    await questions.nth(3).getByTestId('discussion-notes').press('Tab');
    await expect.poll(() => questions.nth(3).textContent()).not.toContain('use at most');
    await expect.poll(() => saved(page)).toBe('saved');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, 'discussion-en.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reload on each tab and find everything kept.
    await page.reload();
    await expect.poll(() => page.getByTestId('discussion-notes').nth(2).inputValue(), LOAD).toBe(note);
    await page.getByTestId('tab-kpis').click();
    const callsAgain = page.locator('[data-testid="kpi-row"][data-kpi-id="kpi.calls-answered"]');
    // Shown as the interface language writes numbers.
    await expect.poll(() => callsAgain.getByTestId('kpi-current').inputValue(), LOAD).toBe('1,200');
    expect(await callsAgain.getByTestId('kpi-target').inputValue()).toBe('1,500');
    expect(await callsAgain.getByTestId('kpi-unit').inputValue()).toBe('Count');
    expect(await callsAgain.getByTestId('kpi-source').inputValue()).toBe('ACD daily report, last 4 weeks');
    await page.getByTestId('tab-targets').click();
    const segmentationAgain = page.locator('[data-testid="target-row"][data-dimension-id="customer-segmentation"]');
    await expect.poll(() => segmentationAgain.getByRole('radio', { name: '5', exact: true }).isChecked(), LOAD).toBe(true);
    expect(await segmentationAgain.getByRole('radio', { name: 'High', exact: true }).isChecked()).toBe(true);
    await page.close();
  }, 120_000);

  it('stays quick with 72 questions × 20 respondents', async () => {
    const assessment = await server.api<Assessment>('assessments.create', {
      clientName: 'Large Contact Centre',
      title: 'Twenty respondents',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
    });
    const respondents: Respondent[] = [];
    for (let i = 0; i < 20; i++) {
      respondents.push(
        await server.api<Respondent>('respondents.add', {
          assessmentId: assessment.id,
          name: `Respondent ${String(i + 1).padStart(2, '0')}`,
          role: i % 2 ? 'Team leader' : 'Agent',
          kind: 'interviewee',
        }),
      );
    }
    // No answers yet: the view says where to start.
    const empty = await newPage();
    await empty.goto(`${server.url}#/assessment/${assessment.id}/consensus`);
    await expect
      .poll(() => empty.getByTestId('consensus-empty').textContent(), LOAD)
      .toContain('Answer questions in the Interview tab first');
    await empty.close();

    const { framework } = await workspace(assessment.id);
    const questionIds = framework.sections.flatMap((s) => s.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
    expect(questionIds).toHaveLength(72);
    for (const [q, questionId] of questionIds.entries()) {
      for (const [r, respondent] of respondents.entries()) {
        await server.api('answers.set', {
          assessmentId: assessment.id,
          questionId,
          respondentId: respondent.id,
          level: ((q + r) % (q % 3 === 0 ? 2 : 5)) + 1,
          ...(r % 4 === 0 ? { note: `Note from respondent ${r + 1} on ${questionId}.` } : {}),
        });
      }
    }

    const page = await newPage();
    const started = Date.now();
    await page.goto(`${server.url}#/assessment/${assessment.id}/consensus`);
    const rows = page.getByTestId('consensus-row');
    await expect.poll(() => rows.count(), LOAD).toBe(72);
    const firstRender = Date.now() - started;
    expect(await page.locator('[data-testid="consensus-row"] td').count()).toBe(72 * 22);

    const timed = async (run: () => Promise<void>) => {
      const t0 = Date.now();
      await run();
      return Date.now() - t0;
    };
    const filter = await timed(async () => {
      await page.getByRole('switch', { name: /Only disagreements/ }).check();
      await expect.poll(() => rows.count(), QUICK).toBeLessThan(72);
    });
    const select = await timed(async () => {
      await rows.nth(3).locator('[data-row-button]').click();
      await expect.poll(() => page.getByTestId('respondent-answer').count(), QUICK).toBe(20);
    });
    const agree = await timed(async () => {
      await page.getByTestId('agree-level-4').click();
      await expect.poll(() => rows.nth(3).getByTestId('agreed').textContent(), QUICK).toBe('4');
    });
    console.info(`consensus 72×20: first render ${firstRender} ms, filter ${filter} ms, select ${select} ms, agree ${agree} ms`);
    await page.screenshot({ path: join(ARTIFACTS, 'consensus-20-respondents.png') });
    await page.close();
  }, 120_000);

  it('lays out the long framework texts in Japanese without overlap', async () => {
    const demo = await server.api<Assessment>('samples.openDemo', {});
    await server.api('settings.update', { language: 'ja' });
    try {
      const page = await newPage();
      await page.goto(`${server.url}#/assessment/${demo.id}/consensus`);
      await expect.poll(() => page.getByTestId('consensus-row').count(), LOAD).toBe(72);
      await page.getByTestId('consensus-row').nth(1).locator('[data-row-button]').click();
      await page.getByTestId('consensus-detail').waitFor();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, 'consensus-ja.png') });
      for (const tab of ['targets', 'kpis', 'discussion']) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.waitForTimeout(300);
        expect(await overflow(), tab).toBe(0);
        await page.screenshot({ path: join(ARTIFACTS, `${tab}-ja.png`) });
      }
      await page.close();
    } finally {
      await server.api('settings.update', { language: null });
    }
  });
});
