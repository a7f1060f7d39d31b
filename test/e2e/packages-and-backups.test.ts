/**
 * Moving work between machines and getting it back, in Chromium: the respondent-kit journey
 * between two app databases (export a kit, import it elsewhere, answer, export, merge back),
 * a refused package that names its problem, restoring a backup, and the demo on a first run.
 * Screenshots: test-results/import-merge.png, test-results/backups.png.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/contract/capture-types.ts';
import { startHttpHost } from '../../electron/server/http-host.ts';
import { openAppContext } from '../../electron/services/context.ts';
import { tempDir } from '../support/temp-db.ts';
import { ARTIFACTS, launchBrowser, seriousAxeViolations, startTestHost } from './browser-host.ts';

type Host = Awaited<ReturnType<typeof startTestHost>>;

let browser: Browser;
const hosts: Host[] = [];
const files = tempDir('cxms-packages-');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const host of hosts) await host.stop();
  files.cleanup();
});

async function startHost(): Promise<Host> {
  const host = await startTestHost();
  hosts.push(host);
  return host;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => expect(errors).toEqual([]));
  return page;
}

/** Clicks a button that downloads a file, and returns the saved file's path. */
async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(files.dir, name);
  await file.saveAs(path);
  return path;
}

/** Chooses a file with the home screen's "Import package…" button. */
async function importFile(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-package').click()]);
  await chooser.setFiles(path);
}

const noAssessor = { assessorName: '', assessorFirm: '' };
const questionIds = (ws: Workspace) => ws.framework.sections.flatMap((s) => s.dimensions.flatMap((d) => d.questions.map((q) => q.id)));

describe('packages and backups', () => {
  it('carries a respondent kit to another machine and merges the answers back', async () => {
    const a = await startHost();
    const b = await startHost();

    // Machine A: the consultant's assessment with two respondents.
    const assessment = await a.api<{ id: string }>('assessments.create', {
      clientName: 'Contoso Telecom',
      title: 'CX review 2026',
      language: 'en',
      assessorName: 'Ana Ruiz',
      assessorFirm: 'Northwind Advisory',
    });
    const marta = await a.api<{ id: string }>('respondents.add', {
      assessmentId: assessment.id,
      name: 'Marta Gómez',
      role: 'Head of contact centre',
      kind: 'interviewee',
    });
    await a.api('respondents.add', { assessmentId: assessment.id, name: 'Kenji Watanabe', role: 'WFM lead', kind: 'interviewee' });
    const [q1, q2, q3] = questionIds(await a.api<Workspace>('capture.get', { assessmentId: assessment.id }));
    if (!q1 || !q2 || !q3) throw new Error('the framework has fewer than three questions');

    // A: the Overview tab lists both respondents; export Marta's kit.
    const pageA = await newPage();
    await pageA.goto(`${a.url}#/assessment/${assessment.id}/overview`);
    await expect.poll(() => pageA.getByTestId('kit-row').count()).toBe(2);
    const kitPath = await download(
      pageA,
      () => pageA.getByRole('button', { name: 'Export kit for Marta Gómez' }).click(),
      'kit-marta.cxa.json',
    );
    const kit = JSON.parse(readFileSync(kitPath, 'utf8'));
    expect(kit.kit).toEqual({ respondentId: marta.id, respondentName: 'Marta Gómez' });
    await expect.poll(() => pageA.locator('[data-testid="export-kit"][data-loading]').count()).toBe(0);
    expect(await seriousAxeViolations(pageA)).toEqual([]);
    await pageA.screenshot({ path: join(ARTIFACTS, 'kits.png'), fullPage: true });

    // Machine B (another database): Marta imports the kit through the file chooser.
    const pageB = await newPage();
    await pageB.goto(b.url);
    await pageB.getByTestId('empty-state').waitFor();
    await importFile(pageB, kitPath);
    await expect.poll(() => pageB.getByTestId('assessment-title').textContent()).toBe('CX review 2026');
    const inB = await b.api<Workspace>('capture.get', { assessmentId: assessment.id });
    expect(inB.respondents.map((r) => [r.name, r.kind])).toEqual([['Marta Gómez', 'self']]);

    // She answers three questions on her own, and exports the assessment (the UI's button).
    await b.api('answers.set', { assessmentId: assessment.id, questionId: q1, respondentId: marta.id, level: 4 });
    await b.api('answers.set', {
      assessmentId: assessment.id,
      questionId: q2,
      respondentId: marta.id,
      level: 2,
      note: 'Only on weekdays',
    });
    await b.api('answers.set', { assessmentId: assessment.id, questionId: q3, respondentId: marta.id, level: 5 });
    await pageB.reload();
    await pageB.getByTestId('export-package').waitFor();
    const returnedPath = await download(pageB, () => pageB.getByTestId('export-package').click(), 'returned.cxa.json');
    await pageB.close();

    // Meanwhile on A, the consultant recorded Marta's view of q3 in an interview: a real conflict.
    await a.api('answers.set', { assessmentId: assessment.id, questionId: q3, respondentId: marta.id, level: 3 });

    // A refuses a damaged copy of the file and names the problem's path; nothing changes.
    const damaged = JSON.parse(readFileSync(returnedPath, 'utf8'));
    damaged.assessment.answers[0].level = 9;
    const damagedPath = join(files.dir, 'damaged.cxa.json');
    writeFileSync(damagedPath, JSON.stringify(damaged));
    await pageA.getByText('Back to all assessments').click();
    await importFile(pageA, damagedPath);
    await expect.poll(() => pageA.getByTestId('import-problem').textContent()).toContain('assessment.answers[0].level');
    expect(await pageA.getByTestId('import-problem').textContent()).toContain('“damaged.cxa.json” could not be imported');
    expect(await seriousAxeViolations(pageA)).toEqual([]);
    await pageA.screenshot({ path: join(ARTIFACTS, 'import-problem.png') });

    // A imports the returned file: the assessment is already here, so the app asks; Merge.
    await importFile(pageA, returnedPath);
    const conflict = pageA.getByTestId('import-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('“CX review 2026” is already in the app');
    expect(await pageA.getByTestId('import-problem').count()).toBe(0);
    await expect.poll(() => pageA.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-choice-merge');
    expect(await seriousAxeViolations(pageA)).toEqual([]);
    await pageA.screenshot({ path: join(ARTIFACTS, 'import-choices.png') });
    await pageA.getByTestId('import-choice-merge').click();

    // The result: two answers added, q3 kept as here and listed as a conflict with Marta's name.
    const result = pageA.getByTestId('merge-result');
    await result.waitFor();
    expect(await pageA.getByTestId('merge-added').textContent()).toBe('2Added');
    const conflicts = pageA.getByTestId('merge-conflict');
    await expect.poll(() => conflicts.count()).toBe(1);
    const conflictText = await conflicts.first().textContent();
    expect(conflictText).toContain(q3);
    expect(conflictText).toContain('Marta Gómez');
    expect(conflictText).toContain('Kept here:');
    expect(conflictText).toContain('In the package:');
    expect(await seriousAxeViolations(pageA)).toEqual([]);
    await pageA.screenshot({ path: join(ARTIFACTS, 'import-merge.png') });
    await pageA.getByTestId('merge-open').click();
    await expect.poll(() => pageA.getByTestId('assessment-title').textContent()).toBe('CX review 2026');

    // In A's data, the answers are Marta's: q1 and q2 from her kit, q3 as recorded here.
    const merged = await a.api<Workspace>('capture.get', { assessmentId: assessment.id });
    const mine = (q: string) => merged.answers.find((x) => x.questionId === q && x.respondentId === marta.id);
    expect(mine(q1)?.level).toBe(4);
    expect(mine(q2)?.level).toBe(2);
    expect(mine(q2)?.note).toBe('Only on weekdays');
    expect(mine(q3)?.level).toBe(3);
    expect(merged.respondents.filter((r) => !r.deletedAt).map((r) => r.name)).toEqual(['Marta Gómez', 'Kenji Watanabe']);

    // Importing the same file again with Merge changes nothing.
    await pageA.getByText('Back to all assessments').click();
    await importFile(pageA, returnedPath);
    await pageA.getByTestId('import-choice-merge').click();
    await result.waitFor();
    expect(await pageA.getByTestId('merge-added').textContent()).toBe('0Added');
    expect(await pageA.getByTestId('merge-updated').textContent()).toBe('0Updated');
    await pageA.keyboard.press('Escape');
    await expect.poll(() => pageA.getByTestId('assessment-title').textContent()).toBe('CX review 2026');
    await pageA.close();
  });

  it('restores a backup: Back up now, change things, restore, and the list is as it was', async () => {
    const host = await startHost();
    await host.api('assessments.create', { clientName: 'Fabrikam Bank', title: 'Retail banking', language: 'en', ...noAssessor });

    const page = await newPage();
    await page.goto(host.url);
    await expect.poll(() => page.getByTestId('assessment-row').count()).toBe(1);
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backups-empty').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(1);
    expect(await page.getByTestId('backup-row').first().textContent()).toContain('Backed up by hand');
    expect(await page.getByTestId('backup-created').textContent()).toContain('Backup made: cx-maturity-');

    // Later: a second assessment.
    await host.api('assessments.create', { clientName: 'Litware Insurance', title: 'Claims line', language: 'en', ...noAssessor });

    // Restore the backup: the confirmation says the current state is backed up first.
    await page.getByRole('button', { name: /^Restore the backup of / }).click();
    const confirm = page.getByTestId('backup-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('the current state is backed up first');
    await page.getByTestId('backup-confirm-restore').click();
    const restored = page.getByTestId('backup-restored');
    await restored.waitFor();
    const safety = (await host.api<{ name: string; reason: string }[]>('backups.list', {})).find((x) => x.reason === 'before-restore');
    expect(safety).toBeTruthy();
    expect(await restored.textContent()).toContain(safety?.name);
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'backups.png') });

    // Only the first assessment is there.
    await page.getByTestId('backup-to-list').click();
    const rows = page.getByTestId('assessment-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Retail banking');
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    await page.close();
  });

  it('opens the demo from the empty home screen', async () => {
    const host = await startHost();
    const page = await newPage();
    await page.goto(host.url);
    await page.getByTestId('empty-state').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.screenshot({ path: join(ARTIFACTS, 'home-empty-demo.png') });
    await page.getByTestId('open-demo').click();
    const title = page.getByTestId('assessment-title');
    await title.waitFor();
    const demo = (await host.api<{ id: string; title: string }[]>('assessments.list', {}))[0];
    expect(await title.textContent()).toBe(demo?.title);
    expect(page.url()).toContain(`#/assessment/${demo?.id}`);
    const ws = await host.api<Workspace>('capture.get', { assessmentId: demo?.id });
    expect(ws.answers.length).toBeGreaterThan(0);
    await page.close();
  });

  it('says on the home screen that the database was recovered, with the way to the backups', async () => {
    const db = tempDir('cxms-recovered-');
    const movedTo = join(db.dir, 'cx-maturity.sqlite.damaged-20261126-0930');
    const context = openAppContext({
      databasePath: join(db.dir, 'cx-maturity.sqlite'),
      host: 'browser',
      recovery: { movedTo, restoredFrom: 'cx-maturity-20261125-174500-000-periodic.sqlite' },
    });
    const host = await startHttpHost({ dispatch: context.dispatch, staticDir: join(import.meta.dirname, '..', '..', 'out', 'renderer') });
    try {
      const page = await newPage();
      await page.goto(host.url);
      const notice = page.getByTestId('recovery-notice');
      await notice.waitFor();
      const text = await notice.textContent();
      expect(text).toContain(`It was moved to ${movedTo}; nothing was deleted.`);
      expect(text).toContain('The newest good backup was restored: cx-maturity-20261125-174500-000-periodic.sqlite.');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'recovery-notice.png') });
      // It stays while the app is open, and leads to the backups.
      await page.getByTestId('recovery-backups').click();
      await page.getByRole('heading', { name: 'Backups', level: 2 }).waitFor();
      expect(page.url()).toContain('#/backups');
      await page.getByText('CX Maturity Studio').click();
      await notice.waitFor();
      await page.close();
    } finally {
      await host.close();
      context.close();
      db.cleanup();
    }
  });

  it('follows the native menu: Export package on an assessment, Import package from anywhere', async () => {
    const host = await startHost();
    const demo = await host.api<{ id: string }>('samples.openDemo', {});

    /** A page whose window.api also receives menu commands, as the Electron preload's does. */
    async function pageWithMenu(refusePicker: boolean): Promise<Page> {
      const page = await newPage();
      await page.addInitScript((refuse) => {
        const w = window as unknown as { api: unknown; menu?: (command: string) => void };
        let api: unknown;
        Object.defineProperty(window, 'api', {
          configurable: true,
          get: () => api,
          set: (value: object) => {
            api = {
              ...value,
              onMenuCommand: (listener: (command: string) => void) => {
                w.menu = listener;
                return () => {};
              },
            };
          },
        });
        // As in Electron, where a menu click is not a click in the page: no file dialog without one.
        if (refuse)
          HTMLInputElement.prototype.showPicker = () => {
            throw new DOMException('showPicker() needs a user gesture', 'NotAllowedError');
          };
      }, refusePicker);
      return page;
    }
    const menu = (page: Page, command: string) =>
      page.evaluate((c) => (window as unknown as { menu: (c: string) => void }).menu(c), command);

    const page = await pageWithMenu(false);
    await page.goto(`${host.url}#/assessment/${demo.id}`);
    await page.getByTestId('export-package').waitFor();
    const exported = await download(page, () => menu(page, 'export'), 'demo.cxa.json');
    expect(JSON.parse(readFileSync(exported, 'utf8')).assessment.id).toBe(demo.id);

    // Without a native menu (the browser host), the page answers the same accelerator.
    const plain = await newPage();
    await plain.goto(`${host.url}#/assessment/${demo.id}`);
    await plain.getByTestId('export-package').waitFor();
    const byKey = await download(plain, () => plain.keyboard.press('Control+E'), 'demo-by-key.cxa.json');
    expect(JSON.parse(readFileSync(byKey, 'utf8')).assessment.id).toBe(demo.id);
    await plain.close();

    // Where the page may open the file dialog, the menu opens it (on the home screen).
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu(page, 'import')]);
    expect(page.url()).toMatch(/#\/$/);
    await chooser.setFiles(exported);
    await page.getByTestId('import-conflict').waitFor();
    await page.getByTestId('import-cancel').click();
    await page.close();

    // Where it may not, the Import button takes the focus and a hint says what to do.
    const refused = await pageWithMenu(true);
    await refused.goto(`${host.url}#/backups`);
    await refused.getByTestId('backup-now').waitFor();
    await menu(refused, 'export');
    await expect.poll(() => refused.getByRole('alert').filter({ hasText: 'Open an assessment first' }).count()).toBe(1);
    await menu(refused, 'import');
    await refused.getByTestId('import-hint').waitFor();
    await expect.poll(() => refused.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-package');
    // Going elsewhere and back does not ask again.
    await refused.getByTestId('nav-backups').click();
    await refused.getByTestId('backup-now').waitFor();
    await refused.getByText('CX Maturity Studio').click();
    await refused.getByTestId('assessment-row').first().waitFor();
    expect(await refused.getByTestId('import-hint').count()).toBe(0);
    await refused.close();
  });
});
