/**
 * `npm run bench`: measures the services on a real database file on this machine and prints
 * p50 / p95 figures to compare with the issues' budgets. Nothing here fails a build.
 */
import { openAppContext } from '../electron/services/context.ts';
import { tempDbPath } from '../test/support/temp-db.ts';
import { benchCaptureAndScoring } from './bench/capture-and-scoring.ts';
import { benchCli, printCliBench } from './bench/cli.ts';
import { measure, printTimings } from './bench/measure.ts';
import { benchReport, REPORT_BUDGET_MS } from './bench/report.ts';
import { benchResultsView } from './bench/results-view.ts';

const tmp = tempDbPath();
const ctx = openAppContext({ databasePath: tmp.path, host: 'browser', version: 'bench' });
const { assessments } = ctx.services;
const ids: string[] = [];

try {
  const create = await measure('assessments.create (through dispatch)', 500, async (i) => {
    const r = await ctx.dispatch('assessments.create', {
      clientName: `Client ${i % 50}`,
      title: `Assessment ${i}`,
      language: 'en',
      assessorName: 'Bench',
      assessorFirm: 'Bench & Co',
    });
    if (r.ok) ids.push((r.value as { id: string }).id);
  });
  const list = await measure(`assessments.list (${ids.length + 5} assessments)`, 200, () => assessments.list());
  const search = await measure('assessments.list with search', 200, () => assessments.list({ search: 'client 7' }));
  const rename = await measure('assessments.rename (through dispatch)', 500, (i) =>
    ctx.dispatch('assessments.rename', { id: ids[i % ids.length], title: `Renamed ${i}` }),
  );
  printTimings('Walking skeleton: services on a WAL SQLite file', [create, list, search, rename]);
} finally {
  ctx.close();
  tmp.cleanup();
}

printTimings('Capture and scoring', await benchCaptureAndScoring(), {
  'answers.set through the dispatcher (one transaction each)': 5,
  'computeScores: 12 dimensions, 80 questions, 20 respondents': 2,
});

const resultsView = await benchResultsView();
if (typeof resultsView === 'string') console.log(`\n${resultsView}`);
else printTimings('Results view in the browser host (Chromium, navigation to heatmap drawn)', [resultsView]);

for (const language of ['en', 'ja'] as const) {
  const report = await benchReport({ runs: 5, language });
  const sorted = [...report.runs].sort((a, b) => a - b);
  printTimings(
    `Word report (${language}): 12 dimensions, 80 questions, 10 respondents, every chart and the appendix; ${Math.round(report.bytes / 1024)} KB`,
    [
      {
        name: `buildReport (${language})`,
        runs: sorted.length,
        p50: report.median,
        p95: sorted[sorted.length - 1] as number,
        max: sorted[sorted.length - 1] as number,
      },
    ],
    { [`buildReport (${language})`]: REPORT_BUDGET_MS },
  );
}

printCliBench(await benchCli());
