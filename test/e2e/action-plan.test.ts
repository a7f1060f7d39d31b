/**
 * The action plan on the demo assessment, as a consultant uses it: the priority gaps with
 * no action, one taken over from its recommendation in one click, edited in place (owner,
 * due date, status), seen in the impact × effort matrix and on the roadmap, saved (as the
 * service says, and after a reload), exported as CSV, deleted and brought back with Undo.
 * Screenshots go to test-results/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Workspace } from '../../electron/contract/capture-types.ts';
import type { ScoreReport } from '../../electron/contract/scores.ts';
import { ARTIFACTS, launchBrowser, seriousAxeViolations, startTestHost } from './browser-host.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestHost>>;
let demoId: string;

const workspace = () => server.api<Workspace>('capture.get', { assessmentId: demoId });
const savedAction = async (id: string) => (await workspace()).actions.find((a) => a.id === id);

/** The priority gaps (priority > 0) that no action names, as the plan should list them. */
function openGaps(report: ScoreReport, actions: Action[]) {
  const covered = new Set(actions.flatMap((a) => a.dimensionIds));
  return report.gaps.filter((g) => (g.priority ?? 0) > 0 && !covered.has(g.id));
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestHost();
  demoId = (await server.api<{ id: string }>('samples.openDemo', {})).id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('action plan', () => {
  it('takes a gap’s recommendation into the plan, edits it in place, and shows it in every view', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    const report = await server.api<ScoreReport>('scores.get', { assessmentId: demoId });
    const before = await workspace();
    const gaps = openGaps(report, before.actions);
    expect(gaps.length).toBeGreaterThan(1);

    await page.goto(`${server.url}#/assessment/${demoId}/plan`);
    const gapsPanel = page.getByTestId('gaps-without-action');
    await expect.poll(() => gapsPanel.getByTestId('gaps-title').textContent()).toBe(`${gaps.length} priority gaps have no action`);
    expect(await page.getByTestId('action-row').count()).toBe(before.actions.length);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The first open gap, in priority order; its recommendations are those of its level band.
    const gap = gaps[0];
    if (!gap) throw new Error('no open gap');
    expect(await gapsPanel.getByTestId('gap-item').first().getAttribute('data-dimension-id')).toBe(gap.id);
    await gapsPanel.getByTestId('gap-item').first().getByTestId('add-recommended').click();
    const recommendation = page.getByTestId('recommendation').first();
    await recommendation.waitFor();
    const recId = (await recommendation.getAttribute('data-recommendation-id')) ?? '';
    const rec = before.framework.recommendations.find((r) => r.id === recId);
    if (!rec) throw new Error(`unknown recommendation ${recId}`);
    expect(rec.dimensionId).toBe(gap.id);
    const band = Math.floor(gap.score ?? 1) < 3 ? '1-2' : Math.floor(gap.score ?? 1) === 3 ? '3' : '4-5';
    expect(rec.band).toBe(band);
    await recommendation.click();

    // The new action: one more row, one gap fewer, its title field focused.
    await expect.poll(async () => (await workspace()).actions.length).toBe(before.actions.length + 1);
    const created = (await workspace()).actions.find((a) => a.recommendationId === recId);
    if (!created) throw new Error('the action was not created');
    expect(created.title).toBe(rec.title.en);
    expect(created.dimensionIds).toEqual([gap.id]);
    const row = page.locator(`[data-testid="action-row"][data-action-id="${created.id}"]`);
    await row.waitFor();
    await expect.poll(() => gapsPanel.getByTestId('gaps-title').textContent()).toBe(`${gaps.length - 1} priority gaps have no action`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('action-title');

    // A title left empty is refused at the field; what was typed stays until it is fixed.
    const title = row.getByTestId('action-title');
    await title.fill('');
    await title.press('Tab');
    await expect.poll(() => row.getByText('This field must not be empty.').count()).toBe(1);
    expect(await title.inputValue()).toBe('');
    expect((await savedAction(created.id))?.title).toBe(rec.title.en);
    const newTitle = `${rec.title.en} (pilot in the Leeds site)`;
    await title.fill(newTitle);
    await title.press('Enter');
    await expect.poll(async () => (await savedAction(created.id))?.title).toBe(newTitle);
    expect(await row.getByText('This field must not be empty.').count()).toBe(0);

    // Owner and a due date in the past: saved at once, and flagged as overdue.
    await row.getByTestId('action-owner').fill('Ana Ruiz');
    await row.getByTestId('action-owner').press('Tab');
    // (Tab moves between the parts of a date input; Enter saves it.)
    await row.getByTestId('action-due').fill('2020-01-15');
    await row.getByTestId('action-due').press('Enter');
    await expect.poll(async () => (await savedAction(created.id))?.due).toBe('2020-01-15');
    expect((await savedAction(created.id))?.owner).toBe('Ana Ruiz');
    await expect.poll(() => row.getByTestId('overdue').textContent()).toContain('Overdue');

    // Done: no longer overdue.
    await row.getByTestId('action-status').selectOption('done');
    await expect.poll(async () => (await savedAction(created.id))?.status).toBe('done');
    await expect.poll(() => row.getByTestId('overdue').count()).toBe(0);

    // Sorting by a column header says so (aria-sort).
    await page.getByTestId('sort-due').getByRole('button').click();
    expect(await page.getByTestId('sort-due').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.getByTestId('action-row').first().getAttribute('data-action-id')).toBe(created.id);
    await page.getByTestId('sort-due').getByRole('button').click();
    expect(await page.getByTestId('sort-due').getAttribute('aria-sort')).toBe('descending');

    // Filters: by status, then a text that matches nothing, then cleared.
    await page.getByTestId('filter-status').selectOption('done');
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
    await page.getByTestId('plan-search').fill('no such action anywhere');
    await page.getByTestId('plan-no-match').waitFor();
    await page.getByTestId('plan-no-match').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(before.actions.length + 1);
    await page.getByTestId('sort-title').getByRole('button').click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(ARTIFACTS, 'plan-table.png'), fullPage: true });

    // The matrix: the card sits in its impact × effort cell, shown as done.
    await page.getByTestId('plan-views').getByText('Impact × effort').click();
    const cell = (impact: number, effort: number) =>
      page.locator(`[data-testid="matrix-cell"][data-impact="${impact}"][data-effort="${effort}"]`);
    const card = cell(rec.impact, rec.effort).locator(`[data-action-id="${created.id}"]`);
    await card.waitFor();
    expect(await card.getByTestId('status-badge').getAttribute('data-status')).toBe('done');
    expect(await card.textContent()).toContain('Done');
    const quickWins = page.locator('[data-testid="matrix-cell"][data-quick-wins="true"]');
    expect(await quickWins.getAttribute('data-impact')).toBe('3');
    expect(await quickWins.getAttribute('data-effort')).toBe('1');
    expect(await quickWins.textContent()).toContain('Quick wins');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A card is a button: from the keyboard it opens the editor; a new effort moves the card.
    await card.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('action-drawer');
    await drawer.waitFor();
    const effort = rec.effort === 3 ? 1 : 3;
    await drawer.getByTestId('drawer-effort').selectOption(String(effort));
    await expect.poll(async () => (await savedAction(created.id))?.effort).toBe(effort);
    // The linked KPI and its target.
    await drawer.getByTestId('action-kpi').click();
    await page.getByRole('option', { name: 'First-contact resolution (FCR)' }).click();
    await drawer.getByTestId('action-kpi-target').fill('75');
    await drawer.getByTestId('action-kpi-target').press('Tab');
    await expect.poll(async () => (await savedAction(created.id))?.kpiTarget).toBe(75);
    expect((await savedAction(created.id))?.kpiId).toBe('kpi.first-contact-resolution');
    // Notes typed and the drawer closed with Escape: saved on the way out.
    await drawer.getByTestId('drawer-notes').fill('Agreed in the workshop of 20 November.');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(async () => (await savedAction(created.id))?.notes).toBe('Agreed in the workshop of 20 November.');
    await cell(rec.impact, effort).locator(`[data-action-id="${created.id}"]`).waitFor();
    expect(await cell(rec.impact, rec.effort).locator(`[data-action-id="${created.id}"]`).count()).toBe(0);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(ARTIFACTS, 'plan-matrix.png'), fullPage: true });

    // The roadmap: the card in its horizon's column, with its status.
    await page.getByTestId('plan-views').getByText('Roadmap').click();
    const column = page.locator(`[data-testid="roadmap-column"][data-horizon="${rec.horizon}"]`);
    const roadmapCard = column.locator(`[data-action-id="${created.id}"]`);
    await roadmapCard.waitFor();
    expect(await roadmapCard.getByTestId('status-badge').getAttribute('data-status')).toBe('done');
    await page.screenshot({ path: join(ARTIFACTS, 'plan-roadmap.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Saved: after a reload, the table shows the changes.
    await page.reload();
    const again = page.locator(`[data-testid="action-row"][data-action-id="${created.id}"]`);
    await again.waitFor();
    expect(await again.getByTestId('action-title').inputValue()).toBe(newTitle);
    expect(await again.getByTestId('action-owner').inputValue()).toBe('Ana Ruiz');
    expect(await again.getByTestId('action-due').inputValue()).toBe('2020-01-15');
    expect(await again.getByTestId('action-status').inputValue()).toBe('done');
    expect(await again.getByTestId('action-effort').inputValue()).toBe(String(effort));

    // Export CSV: the file's first line is the header, in the interface language.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/actions\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Action,Description,Dimensions,Owner,Due date,Status,Horizon,Impact (1-3),Effort (1-3),KPI,KPI target,Notes',
    );
    expect(csv).toContain('Ana Ruiz');
    expect(csv).toContain('2020-01-15');

    // Delete, then Undo.
    await page.getByRole('button', { name: `Delete “${newTitle}”` }).click();
    await expect.poll(() => again.count()).toBe(0);
    expect(await savedAction(created.id)).toBeUndefined();
    await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
    await again.waitFor();
    expect((await savedAction(created.id))?.owner).toBe('Ana Ruiz');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('adds an action written by hand, with the field errors from the service', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/assessment/${demoId}/plan`);
    await page.getByTestId('add-action').click();
    await page.getByTestId('create-action').click();
    await expect.poll(() => page.getByText('This field must not be empty.').count()).toBeGreaterThan(0);
    await page.getByTestId('new-action-title').fill('Publish the weekly service-level report to team leaders');
    await page.getByTestId('new-action-owner').fill('Tomás Rivera');
    await page.getByTestId('create-action').click();
    await expect
      .poll(async () => (await workspace()).actions.some((a) => a.title === 'Publish the weekly service-level report to team leaders'))
      .toBe(true);
    const added = (await workspace()).actions.find((a) => a.owner === 'Tomás Rivera' && a.title.startsWith('Publish'));
    await page.locator(`[data-testid="action-row"][data-action-id="${added?.id}"]`).waitFor();
    await context.close();
  });
});
