/**
 * What the scoring service needs from an assessment, as plain data: no database rows, no
 * package format. Whoever loads an assessment (storage, an imported package, a test)
 * maps it to this shape and calls `computeScores`.
 */

import type { Importance } from '../../contract/scores.ts';

export { DEFAULT_IMPORTANCE, DEFAULT_TARGET } from '../../contract/capture-types.ts';
export type { Importance };

export interface ScoringRespondent {
  id: string;
}

/**
 * One respondent's answer to one question: a level 1..5, or N/A (`na: true`), or nothing
 * yet (`level: null, na: false`). When `na` is true the level is ignored.
 */
export interface ScoringAnswer {
  questionId: string;
  respondentId: string;
  level: number | null;
  na: boolean;
}

/**
 * The consultant's agreed level for a question. `na: true` means the question was agreed
 * to be N/A (unscored, but answered for coverage); `level: null, na: false` means no
 * consensus is set, and the respondents' mean is used.
 */
export interface ScoringConsensus {
  questionId: string;
  level: number | null;
  na: boolean;
}

/** Target 1..5 (default 4) and importance (default 2) of one dimension. */
export interface ScoringDimensionSetting {
  dimensionId: string;
  target: number;
  importance: Importance;
}

export interface ScoringInput {
  respondents: ScoringRespondent[];
  answers: ScoringAnswer[];
  consensus: ScoringConsensus[];
  dimensionSettings: ScoringDimensionSetting[];
}
