/**
 * The Interview tab as a consultant uses it for a workshop day, in Chromium: three
 * respondents, a whole dimension answered for each with the keyboard only (1-5, N, J, R),
 * a reload that finds every answer where it was left, undo with Ctrl+Z, notes and evidence,
 * the self-assessment mode, axe, and screenshots in English and Japanese.
 * Prints how long a key takes to show the next question (p50 / p95); nothing is asserted on it.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/contract/capture-types.ts';
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

async function createAssessment(title: string, assessorName = 'Ana Ruiz'): Promise<string> {
  const created = await server.api<{ id: string }>('assessments.create', {
    clientName: `Contoso ${title}`,
    title,
    language: 'en',
    assessorName,
    assessorFirm: 'Northwind Advisory',
  });
  return created.id;
}

const workspace = (assessmentId: string) => server.api<Workspace>('capture.get', { assessmentId });

async function newPage(width = 1280, height = 800): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => expect(errors).toEqual([]));
  return page;
}

const questionId = (page: Page) => page.getByTestId('question-id').textContent();
const currentRespondent = (page: Page) => page.locator('[data-testid="respondent-option"][aria-pressed="true"]').textContent();
const pressedLevel = async (page: Page): Promise<number | 'na' | null> => {
  const pressed = page.locator('[data-testid="level-cards"] button[aria-pressed="true"]');
  if ((await pressed.count()) > 0) return Number((await pressed.getAttribute('data-testid'))?.slice('level-'.length));
  if ((await page.getByTestId('na-button').getAttribute('aria-pressed')) === 'true') return 'na';
  return null;
};
/** Moves the focus out of any field, as a consultant does before using the keys. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

describe('interview', () => {
  let page: Page;
  let assessmentId: string;
  const people = [
    { name: 'Marta Gómez', role: 'Head of contact centre', kind: 'interviewee' },
    { name: 'Kenji Watanabe', role: 'WFM lead', kind: 'interviewee' },
    { name: 'Lena Fischer', role: 'Team leader', kind: 'consultant' },
  ];
  const dimension = ['seg.01', 'seg.02', 'seg.03', 'seg.04', 'seg.05', 'seg.06'];
  /** expected[respondent name][question id] = level or 'na' */
  const expected: Record<string, Record<string, number | 'na'>> = {};
  const naReason = 'No segmentation exists yet; marketing owns it — revisit in Q3.';

  it('shows the empty state, then adds three respondents', async () => {
    assessmentId = await createAssessment('Interview day');
    page = await newPage();
    await page.goto(`${server.url}#/assessment/${assessmentId}/interview`);
    await page.getByTestId('no-respondents').waitFor();
    expect(await page.getByTestId('no-respondents').textContent()).toContain('Self-assessment: just me');

    for (const [i, person] of people.entries()) {
      await page.getByTestId(i === 0 ? 'add-first-respondent' : 'add-respondent').click();
      await page.getByTestId('respondent-name').fill(person.name);
      if (i === 1) {
        // The role is free text with suggestions: type a little, pick the suggestion.
        await page.getByTestId('respondent-role').fill('WFM');
        await page.getByRole('option', { name: 'WFM lead' }).click();
      } else {
        await page.getByTestId('respondent-role').fill(person.role);
      }
      await page.getByTestId(`respondent-kind-${person.kind}`).check();
      await page.getByTestId('respondent-save').click();
      await expect.poll(() => page.getByTestId('respondent-option').count()).toBe(i + 1);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    // The one just added is the current one.
    expect(await currentRespondent(page)).toContain('Lena Fischer');
    const saved = await workspace(assessmentId);
    expect(saved.respondents.map((r) => [r.name, r.role, r.kind])).toEqual(people.map((p) => [p.name, p.role, p.kind]));

    // Edit, then remove and undo: nothing is lost.
    await page.getByTestId('respondent-actions').click();
    await page.getByTestId('respondent-edit').click();
    await page.getByTestId('respondent-role').fill('QA lead');
    await page.getByTestId('respondent-save').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await workspace(assessmentId)).respondents.find((r) => r.name === 'Lena Fischer')?.role).toBe('QA lead');
    await page.getByTestId('respondent-actions').click();
    await page.getByTestId('respondent-remove').click();
    await expect.poll(() => page.getByTestId('respondent-option').count()).toBe(2);
    await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('respondent-option').count()).toBe(3);
    await expect.poll(() => currentRespondent(page)).toContain('Lena Fischer');
    await page.getByTestId('respondent-actions').click();
    await page.getByTestId('respondent-edit').click();
    await page.getByTestId('respondent-role').fill('Team leader');
    await page.getByTestId('respondent-save').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('answers a whole dimension for each respondent with the keyboard only (1-5, N, J, R)', async () => {
    // Answering around the table: one question, each person in turn (R), then the next question (J).
    await page.getByTestId('auto-advance').uncheck();
    await blur(page);
    await page.keyboard.press('r'); // Lena → Marta (wraps to the first)
    await expect.poll(() => currentRespondent(page)).toContain('Marta Gómez');
    expect(await questionId(page)).toBe('seg.01');

    for (const [qi, qid] of dimension.entries()) {
      await expect.poll(() => questionId(page)).toBe(qid);
      for (const [ri, person] of people.entries()) {
        await expect.poll(() => currentRespondent(page)).toContain(person.name);
        const mine = expected[person.name] ?? {};
        expected[person.name] = mine;
        if (qi === 3 && ri === 1) {
          await page.keyboard.press('n');
          await page.getByTestId('na-reason').waitFor();
          await page.keyboard.type(naReason);
          await page.keyboard.press('Enter');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
          mine[qid] = 'na';
          await expect.poll(() => pressedLevel(page)).toBe('na');
        } else {
          const level = ((qi + ri * 2) % 5) + 1;
          await page.keyboard.press(String(level));
          mine[qid] = level;
          await expect.poll(() => pressedLevel(page)).toBe(level);
        }
        await page.keyboard.press('r');
      }
      await page.keyboard.press('j');
    }
    await expect.poll(() => questionId(page)).toBe('pri.01');

    // Every answer reached the database.
    await expect.poll(async () => (await workspace(assessmentId)).answers.length).toBe(18);
    // The navigator counts "answered / total" for the current respondent; Shift+R goes back.
    for (const person of people) {
      await expect.poll(() => currentRespondent(page)).toContain(person.name);
      expect(await page.locator('[data-dimension="customer-segmentation"]').getAttribute('data-progress')).toBe('6/6');
      expect(await page.locator('[data-dimension="priority-customers"]').getAttribute('data-progress')).toBe('0/6');
      await page.keyboard.press('r');
    }
    await page.keyboard.press('Shift+R');
    await expect.poll(() => currentRespondent(page)).toContain('Lena Fischer');
    await page.keyboard.press('r');
    await expect.poll(() => currentRespondent(page)).toContain('Marta Gómez');
  });

  it('finds every answer as left after a reload, on screen and in capture.get', async () => {
    // Go back one question (K) so the place to return to is not the default one.
    await page.keyboard.press('k');
    await page.keyboard.press('r');
    await expect.poll(() => questionId(page)).toBe('seg.06');
    await expect.poll(() => currentRespondent(page)).toContain('Kenji Watanabe');
    await page.reload();
    await expect.poll(() => questionId(page)).toBe('seg.06');
    await expect.poll(() => currentRespondent(page)).toContain('Kenji Watanabe');

    const saved = await workspace(assessmentId);
    for (const person of people) {
      const id = saved.respondents.find((r) => r.name === person.name)?.id;
      for (const qid of dimension) {
        const answer = saved.answers.find((a) => a.respondentId === id && a.questionId === qid);
        const want = expected[person.name]?.[qid];
        if (want === 'na') {
          expect(answer?.na, `${person.name} ${qid}`).toBe(true);
          expect(answer?.naReason).toBe(naReason);
        } else {
          expect(answer?.level, `${person.name} ${qid}`).toBe(want);
        }
      }
    }

    // On screen: walk the dimension from its first question, each person in turn.
    await page.locator('[data-dimension="customer-segmentation"]').click();
    await blur(page);
    while ((await currentRespondent(page))?.includes('Marta Gómez') !== true) await page.keyboard.press('r');
    for (const qid of dimension) {
      await expect.poll(() => questionId(page)).toBe(qid);
      for (const person of people) {
        await expect.poll(() => currentRespondent(page)).toContain(person.name);
        expect(await pressedLevel(page), `${person.name} ${qid}`).toBe(expected[person.name]?.[qid]);
        if (expected[person.name]?.[qid] === 'na') expect(await page.getByTestId('na-reason-shown').textContent()).toContain(naReason);
        await page.keyboard.press('r');
      }
      await page.keyboard.press('j');
    }
  });

  it('undoes with Ctrl+Z and shows the question it restored', async () => {
    await page.locator('[data-dimension="customer-segmentation"]').click();
    await blur(page);
    expect(await questionId(page)).toBe('seg.01');
    const before = await pressedLevel(page);
    const changed = before === 5 ? 1 : 5;
    await page.keyboard.press(String(changed));
    await expect.poll(() => pressedLevel(page)).toBe(changed);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => questionId(page)).toBe('seg.03');
    await page.keyboard.press('Control+z');
    await expect.poll(() => questionId(page)).toBe('seg.01');
    await expect.poll(() => pressedLevel(page)).toBe(before);
    expect(await page.getByTestId('interview-notice').textContent()).toContain('seg.01');
    const saved = await workspace(assessmentId);
    const marta = saved.respondents.find((r) => r.name === 'Marta Gómez')?.id;
    expect(saved.answers.find((a) => a.respondentId === marta && a.questionId === 'seg.01')?.level).toBe(before);
  });

  it('shows the next question quickly after a key (auto-advance on)', async () => {
    await page.getByTestId('auto-advance').check();
    await page.locator('[data-dimension="priority-customers"]').click();
    await blur(page);
    await expect.poll(() => questionId(page)).toBe('pri.01');
    await page.evaluate(() => {
      const w = window as unknown as { __keyAt: number; __lat: { dom: number; frame: number }[] };
      w.__lat = [];
      window.addEventListener(
        'keydown',
        () => {
          w.__keyAt = performance.now();
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const dom = performance.now() - w.__keyAt;
        requestAnimationFrame(() => setTimeout(() => w.__lat.push({ dom, frame: performance.now() - w.__keyAt }), 0));
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-question'] });
    });
    const presses = 20;
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('3');
      await page.waitForFunction((n) => (window as unknown as { __lat: unknown[] }).__lat.length >= n, i + 1);
    }
    const lat = await page.evaluate(() => (window as unknown as { __lat: { dom: number; frame: number }[] }).__lat);
    const dom = lat.map((l) => l.dom).sort((a, b) => a - b);
    const frame = lat.map((l) => l.frame).sort((a, b) => a - b);
    console.log(
      `key → next question, ${lat.length} presses: DOM updated p50 ${percentile(dom, 50).toFixed(1)} ms, p95 ${percentile(dom, 95).toFixed(1)} ms; ` +
        `next frame p50 ${percentile(frame, 50).toFixed(1)} ms, p95 ${percentile(frame, 95).toFixed(1)} ms`,
    );
    // 20 answers from pri.01: pri, rsn and chn (6 each), then hrs.01 and hrs.02.
    await expect.poll(() => questionId(page)).toBe('hrs.03');
    await expect.poll(async () => (await workspace(assessmentId)).answers.length).toBe(38);
  });

  it('keeps a note, refuses one over 20,000 characters without losing it, and handles evidence', async () => {
    await page.locator('[data-dimension="customer-segmentation"]').click();
    await blur(page);
    await page.keyboard.press('e');
    const note = page.getByTestId('note-field');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-field');
    await page.keyboard.type('Segments live in a marketing deck; agents name three different groups.');
    // Typing keys in the note never answers: "3" above was text.
    expect(await questionId(page)).toBe('seg.01');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('note-field');
    await expect
      .poll(async () => (await workspace(assessmentId)).answers.find((a) => a.questionId === 'seg.01' && a.note)?.note)
      .toBe('Segments live in a marketing deck; agents name three different groups.');

    const long = 'x'.repeat(20_001);
    await note.fill(long);
    await expect.poll(() => page.getByText('Use at most 20,000 characters.').count()).toBeGreaterThan(0);
    await note.blur();
    expect((await note.inputValue()).length).toBe(20_001);
    await note.fill(long.slice(0, 20_000));
    await note.blur();
    await expect
      .poll(
        async () =>
          (await workspace(assessmentId)).answers.find((a) => a.questionId === 'seg.01' && a.note.length === 20_000) !== undefined,
      )
      .toBe(true);
    await note.fill('Short note again.');
    await note.blur();

    // Evidence: a reference, a file, a file too large (refused before it is read), a strength change, a removal.
    await page.getByTestId('evidence-add-reference').click();
    await page.getByTestId('evidence-name').fill('QA scorecard 2026');
    await page.getByTestId('evidence-location').fill('SharePoint › QA › Scorecard 2026.xlsx');
    await page.getByTestId('evidence-add-reference-submit').click();
    await expect.poll(() => page.getByTestId('evidence-item').count()).toBe(1);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('evidence-add-file').click()]);
    await chooser.setFiles({ name: 'segmentation.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 segments') });
    await expect.poll(() => page.getByTestId('evidence-item').count()).toBe(2);

    const [big] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('evidence-add-file').click()]);
    await big.setFiles({ name: 'call-recording.wav', mimeType: 'audio/wav', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) });
    await expect.poll(() => page.getByTestId('evidence-error').textContent()).toContain('25 MB');
    expect(await page.getByTestId('evidence-item').count()).toBe(2);

    await page.getByTestId('evidence-strength-badge').first().click();
    await page.getByRole('menuitem', { name: 'High' }).click();
    await expect.poll(() => page.getByTestId('evidence-strength-badge').first().getAttribute('data-strength')).toBe('high');
    await page.getByTestId('evidence-remove').last().click();
    await page.getByTestId('evidence-remove-confirm').click();
    await expect.poll(() => page.getByTestId('evidence-item').count()).toBe(1);
    const evidence = (await workspace(assessmentId)).evidence;
    expect(evidence.map((e) => [e.name, e.strength])).toEqual([['QA scorecard 2026', 'high']]);
  });

  it('lists the keys with "?", passes axe, and looks right in English and Japanese', async () => {
    await blur(page);
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts-table').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // A question with an N/A answer and a note, for the screenshots.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    while ((await currentRespondent(page))?.includes('Kenji Watanabe') !== true) await page.keyboard.press('r');
    await expect.poll(() => questionId(page)).toBe('seg.04');
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'interview-en.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'interview-en-full.png'), fullPage: true });
    // While answering, the question and its five levels (and N/A) stay in view together.
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => questionId(page)).toBe('seg.04');
    await page.screenshot({ path: join(ARTIFACTS, 'interview-en-answering.png') });
    const fullyVisible = await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="question-pane"]')?.getBoundingClientRect();
      const na = document.querySelector('[data-testid="na-button"]')?.getBoundingClientRect();
      return Boolean(pane && na && pane.top >= 56 && na.bottom <= window.innerHeight);
    });
    expect(fullyVisible).toBe(true);

    await server.api('settings.update', { language: 'ja' });
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ja');
    await expect.poll(() => questionId(page)).toBe('seg.04');
    await page.getByTestId('level-1').waitFor();
    expect(await page.getByTestId('level-cards').textContent()).toContain('最適化段階');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'interview-ja.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'interview-ja-full.png'), fullPage: true });
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => questionId(page)).toBe('seg.04');
    await page.screenshot({ path: join(ARTIFACTS, 'interview-ja-answering.png') });

    // The projector: 1920 × 1080.
    const wide = await newPage(1920, 1080);
    await wide.goto(`${server.url}#/assessment/${assessmentId}/interview`);
    await wide.getByTestId('level-1').waitFor();
    await wide.screenshot({ path: join(ARTIFACTS, 'interview-ja-1920.png') });
    await wide.close();
    await server.api('settings.update', { language: 'en' });
    await page.close();
  });

  it('offers a self-assessment without the consultant vocabulary', async () => {
    const id = await createAssessment('Our own review', 'Sofía Herrera');
    const self = await newPage();
    await self.goto(`${server.url}#/assessment/${id}/interview`);
    await self.getByTestId('self-assessment').click();
    await expect.poll(() => self.getByTestId('interview-view').getAttribute('data-mode')).toBe('self');
    expect(await self.getByTestId('current-respondent').textContent()).toBe('Sofía Herrera');
    expect(await self.getByTestId('question-help').textContent()).toContain('What to consider');
    expect(await self.getByTestId('interview-view').textContent()).not.toContain('How to ask');
    expect(await self.getByTestId('respondent-option').count()).toBe(0);
    await blur(self);
    await self.keyboard.press('4');
    await expect.poll(() => questionId(self)).toBe('seg.02');
    await self.keyboard.press('r'); // nothing to switch to
    await self.keyboard.press('k');
    await expect.poll(() => pressedLevel(self)).toBe(4);
    const saved = await workspace(id);
    expect(saved.respondents.map((r) => [r.name, r.kind])).toEqual([['Sofía Herrera', 'self']]);
    expect(await seriousAxeViolations(self)).toEqual([]);
    await self.screenshot({ path: join(ARTIFACTS, 'interview-self-en.png') });
    await self.close();
  });
});
