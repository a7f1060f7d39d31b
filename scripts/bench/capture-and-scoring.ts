/** Benchmarks of issue 5 and 6: saving an answer, and scoring 12 dimensions × 80 questions × 20 respondents. */
import { openAppContext } from '../../electron/services/context.ts';
import { computeScores } from '../../electron/services/scoring/compute-scores.ts';
import { syntheticFramework, syntheticInput } from '../../test/support/synthetic-assessment.ts';
import { tempDbPath } from '../../test/support/temp-db.ts';
import { measure, type Timing } from './measure.ts';

export async function benchCaptureAndScoring(): Promise<Timing[]> {
  const framework = syntheticFramework(12, 80);
  const input = syntheticInput(framework, 20, 1);
  const scoring = await measure(
    'computeScores: 12 dimensions, 80 questions, 20 respondents',
    300,
    () => computeScores(framework, input),
    20,
  );

  // The same assessment stored: import the framework, then 20 respondents answering everything.
  const tmp = tempDbPath();
  const ctx = openAppContext({ databasePath: tmp.path, host: 'browser', version: 'bench' });
  try {
    ctx.services.frameworks.import(JSON.stringify(framework));
    const a = ctx.services.assessments.create({
      clientName: 'Bench',
      title: 'Bench',
      language: 'en',
      assessorName: '',
      assessorFirm: '',
      framework: { id: framework.id },
    });
    const respondents = Array.from({ length: 20 }, (_, i) =>
      ctx.services.respondents.add({ assessmentId: a.id, name: `Respondent ${i}`, kind: 'interviewee' }),
    );
    const questions = framework.sections.flatMap((s) => s.dimensions).flatMap((d) => d.questions.map((q) => q.id));
    const save = await measure('answers.set through the dispatcher (one transaction each)', 1000, (i) =>
      ctx.dispatch('answers.set', {
        assessmentId: a.id,
        questionId: questions[i % questions.length],
        respondentId: respondents[Math.floor(i / questions.length) % respondents.length]?.id,
        level: 1 + (i % 5),
      }),
    );
    for (const [i, q] of questions.entries()) {
      for (const [j, r] of respondents.entries())
        ctx.services.answers.set({ assessmentId: a.id, questionId: q, respondentId: r.id, level: 1 + ((i + j) % 5) });
    }
    const stored = await measure('scores.get on the stored assessment (reads + scoring)', 200, () =>
      ctx.dispatch('scores.get', { assessmentId: a.id }),
    );
    const workspace = await measure('capture.get on the stored assessment (1,600 answers)', 200, () =>
      ctx.dispatch('capture.get', { assessmentId: a.id }),
    );
    return [save, scoring, stored, workspace];
  } finally {
    ctx.close();
    tmp.cleanup();
  }
}
