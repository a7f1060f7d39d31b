/**
 * The results view on a seeded assessment: the numbers on screen are the scoring
 * service's (through scores.get), every chart has a table with the same numbers, thin
 * dimensions are warned about, a priority opens the dimension's detail. Screenshots in
 * English and Simplified Chinese go to test-results/.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent, formatScore, type ScoreReport } from '../../electron/contract/scores.ts';
import { ARTIFACTS, launchBrowser, seriousAxeViolations, startTestHost } from './browser-host.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestHost>>;
let demoId: string;
let thinId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestHost();
  demoId = (await server.api<{ id: string }>('samples.openDemo', {})).id;
  // A thin assessment: two of the six hours-of-operation questions answered.
  const thin = await server.api<{ id: string }>('assessments.create', {
    clientName: 'Thin Ltd',
    title: 'Thin',
    language: 'en',
    assessorName: '',
    assessorFirm: '',
  });
  thinId = thin.id;
  const r = await server.api<{ id: string }>('respondents.add', {
    assessmentId: thinId,
    name: 'Sam',
    role: 'Team leader',
    kind: 'interviewee',
  });
  await server.api('answers.set', { assessmentId: thinId, questionId: 'hrs.01', respondentId: r.id, level: 2 });
  await server.api('answers.set', { assessmentId: thinId, questionId: 'hrs.02', respondentId: r.id, level: 3 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('results view', () => {
  it('shows the scoring service’s numbers, charts with tables, strengths and priorities', async () => {
    const report = await server.api<ScoreReport>('scores.get', { assessmentId: demoId });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.url}#/assessment/${demoId}/results`);
    await page.getByTestId('heatmap').locator('svg').first().waitFor();
    console.log(`results view of the demo (12 dimensions, 72 questions, 3 respondents) shown in ${Date.now() - started} ms`);

    expect(await page.getByTestId('overall-score').textContent()).toContain(formatScore(report.overall.score));
    expect(await page.getByTestId('percent-to-target').textContent()).toContain(formatPercent(report.percentToTarget));
    for (const section of ['ces', 'digital']) {
      expect(await page.getByTestId(`radar-${section}`).locator('svg .recharts-polar-grid').count()).toBe(1);
    }
    // The gap chart's table lists the gaps in priority order with the same numbers.
    const gap = page.getByTestId('gap-chart');
    await gap.getByText('Table').click();
    const rows = gap.locator('tbody tr');
    expect(await rows.count()).toBe(report.gaps.length);
    const first = report.gaps[0];
    expect(await rows.first().textContent()).toContain(formatScore(first?.gap ?? null));
    // A priority opens the dimension's detail, with each respondent's answers.
    await page.getByTestId('priorities').getByRole('button').first().click();
    const detail = page.getByTestId('dimension-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('Priya Natarajan');
    await page.keyboard.press('Escape');
    await gap.getByText('Chart').click();
    await page.screenshot({ path: join(ARTIFACTS, 'results-en.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('warns about thinly answered dimensions', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${thinId}/results`);
    await expect.poll(() => page.getByTestId('coverage-warnings').textContent()).toContain('Hours of operation: 2 of 6 questions answered');
    await context.close();
  });

  it('reads in Simplified Chinese', async () => {
    await server.api('settings.update', { language: 'zh-Hans' });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${demoId}/results`);
    await page.getByTestId('heatmap').locator('svg').first().waitFor();
    await expect.poll(() => page.getByTestId('radar-ces').textContent()).toContain('客户细分');
    await page.screenshot({ path: join(ARTIFACTS, 'results-zh-Hans.png'), fullPage: true });
    await server.api('settings.update', { language: 'en' });
    await context.close();
  });
});
