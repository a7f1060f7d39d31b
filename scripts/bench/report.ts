/**
 * Benchmark of the Word report: a full report (every chart, the appendix) of a synthetic
 * assessment of 12 dimensions, 80 questions and 10 respondents (random levels, about 10%
 * N/A and 10% missing, a note on a third of the answers), on a real database file.
 * Budget: 1.5 s a report. Returns the time of each run in ms, after one warm-up run.
 */

import { openAppContext } from '../../electron/services/context.ts';
import { buildReport, type ReportOptions } from '../../electron/services/report/build-report.ts';
import { random, syntheticFramework, syntheticInput } from '../../test/support/synthetic-assessment.ts';
import { tempDbPath } from '../../test/support/temp-db.ts';

export interface ReportBench {
  /** Milliseconds of each measured run. */
  runs: number[];
  median: number;
  /** Size of the report, in bytes. */
  bytes: number;
}

export const REPORT_BUDGET_MS = 1500;

export async function benchReport(options: { runs?: number; language?: ReportOptions['language'] } = {}): Promise<ReportBench> {
  const tmp = tempDbPath();
  const ctx = openAppContext({ databasePath: tmp.path, host: 'browser', version: 'bench' });
  try {
    const { services } = ctx;
    const framework = syntheticFramework(12, 80);
    services.frameworks.import(JSON.stringify(framework));
    const a = services.assessments.create({
      clientName: 'Bench Energy plc',
      title: 'Bench assessment',
      language: options.language ?? 'en',
      assessorName: 'Bench Consultant',
      assessorFirm: 'Bench & Co',
      framework: { id: framework.id },
    });
    const input = syntheticInput(framework, 10, 7);
    const ids = new Map<string, string>();
    input.respondents.forEach((r, i) => {
      const added = services.respondents.add({
        assessmentId: a.id,
        name: `Person ${i + 1}`,
        role: i % 3 === 0 ? 'Team leader' : 'Agent',
        kind: 'interviewee',
      });
      ids.set(r.id, added.id);
    });
    const rand = random(11);
    for (const answer of input.answers) {
      const note =
        rand() < 0.33 ? `Observed during the interview: practice ${Math.floor(rand() * 40)} is applied in some teams, not in others.` : '';
      services.answers.set({
        assessmentId: a.id,
        questionId: answer.questionId,
        respondentId: ids.get(answer.respondentId) as string,
        ...(answer.na ? { na: true, naReason: 'Not applicable to this site' } : { level: answer.level }),
        note,
      });
    }
    for (const c of input.consensus) {
      services.answers.setConsensus({ assessmentId: a.id, questionId: c.questionId, level: c.level, rationale: 'Agreed in the workshop.' });
    }
    for (const d of input.dimensionSettings) {
      services.settingsOfAssessment.setDimension({
        assessmentId: a.id,
        dimensionId: d.dimensionId,
        target: d.target,
        importance: d.importance,
      });
    }

    const report: ReportOptions = { language: options.language ?? 'en', paper: 'A4', anonymize: false, includeAppendix: true };
    const first = await buildReport(services, a.id, report);
    const runs: number[] = [];
    for (let i = 0; i < (options.runs ?? 5); i++) {
      const t = performance.now();
      await buildReport(services, a.id, report);
      runs.push(performance.now() - t);
    }
    const sorted = [...runs].sort((x, y) => x - y);
    return { runs, median: sorted[Math.floor(sorted.length / 2)] as number, bytes: first.length };
  } finally {
    ctx.close();
    tmp.cleanup();
  }
}
