/**
 * Opening the results view of a 12-dimension, 80-question, 20-respondent assessment in the
 * browser host, in Debian's Chromium: time from navigation to the heatmap drawn. Skipped
 * (with a message) when Chromium or the built renderer is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHttpHost } from '../../electron/server/http-host.ts';
import { openAppContext } from '../../electron/services/context.ts';
import { CHROMIUM_ARGS } from '../../test/e2e/browser-host.ts';
import { syntheticFramework } from '../../test/support/synthetic-assessment.ts';
import { tempDbPath } from '../../test/support/temp-db.ts';
import { percentile, type Timing } from './measure.ts';

export async function benchResultsView(runs = 5): Promise<Timing | string> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const staticDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');
  if (!existsSync(executablePath)) return 'results view: skipped (no Chromium at /usr/bin/chromium)';
  if (!existsSync(join(staticDir, 'index.html'))) return 'results view: skipped (run npm run build:renderer first)';
  const tmp = tempDbPath();
  const ctx = openAppContext({ databasePath: tmp.path, host: 'browser', version: 'bench' });
  const host = await startHttpHost({ dispatch: ctx.dispatch, staticDir });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const framework = syntheticFramework(12, 80);
    ctx.services.frameworks.import(JSON.stringify(framework));
    const a = ctx.services.assessments.create({
      clientName: 'Bench',
      title: 'Bench',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
      framework: { id: framework.id },
    });
    const questions = framework.sections.flatMap((s) => s.dimensions).flatMap((d) => d.questions.map((q) => q.id));
    for (let r = 0; r < 20; r++) {
      const person = ctx.services.respondents.add({ assessmentId: a.id, name: `Respondent ${r + 1}`, kind: 'interviewee' });
      for (const [i, q] of questions.entries())
        ctx.services.answers.set({ assessmentId: a.id, questionId: q, respondentId: person.id, level: 1 + ((i * 7 + r) % 5) });
    }
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const start = performance.now();
      await page.goto(`${host.url}#/assessment/${a.id}/results`);
      await page.getByTestId('heatmap').locator('svg').first().waitFor();
      samples.push(performance.now() - start);
      await page.close();
    }
    samples.sort((x, y) => x - y);
    return {
      name: 'results view, 12 dimensions × 80 questions × 20 respondents',
      runs,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      max: samples[samples.length - 1] as number,
    };
  } finally {
    await browser.close();
    await host.close();
    ctx.close();
    tmp.cleanup();
  }
}
