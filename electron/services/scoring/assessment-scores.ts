/** Scores of a stored assessment: reads its answers and settings, then asks computeScores. */
import type { ScoreReport } from '../../contract/scores.ts';
import type { Services } from '../services.ts';
import { computeScores } from './compute-scores.ts';
import type { Importance } from './scoring-input.ts';

export function scoreAssessment(services: Services, assessmentId: string): ScoreReport {
  const { framework } = services.scope.readable(assessmentId);
  return computeScores(framework, {
    // Removed respondents keep their answers in the database but are left out of the scores.
    respondents: services.respondents.list(assessmentId).filter((r) => r.deletedAt === null),
    answers: services.answers.list(assessmentId),
    consensus: services.answers.listConsensus(assessmentId),
    dimensionSettings: services.settingsOfAssessment
      .listDimensions(assessmentId)
      .map((d) => ({ dimensionId: d.dimensionId, target: d.target, importance: d.importance as Importance })),
  });
}
