/**
 * The shape of scores as every side sees them (screens, report, CLI, exports). They are
 * computed only by the scoring service (electron/services/scoring); this file holds the
 * types and the display formatting: one decimal for scores, whole percents.
 */

/** 1 low, 2 medium, 3 high. */
export type Importance = 1 | 2 | 3;

export interface Score {
  /** 1..5, full precision; null when nothing under it is scored. */
  score: number | null;
  /** (score − 1) / 4 × 100, 0..100, full precision. */
  percent: number | null;
  /** Level band: floor(score), 1..5. */
  level: number | null;
  /** Fraction 0..1 of questions answered or marked N/A. */
  coverage: number;
}

export interface SectionScore extends Score {
  id: string;
}

export interface DimensionScore extends Score {
  id: string;
  sectionId: string;
  /** Target level 1..5 (default 4). */
  target: number;
  /** 1 low, 2 medium, 3 high (default 2). */
  importance: Importance;
  /** max(0, target − score); null when the dimension is unscored. */
  gap: number | null;
  /** gap × importance; null when the dimension is unscored. */
  priority: number | null;
}

export interface RespondentLevel {
  respondentId: string;
  /** The level given, or null (no answer yet, or N/A). */
  level: number | null;
  na: boolean;
}

export interface QuestionScore {
  questionId: string;
  dimensionId: string;
  /** The consensus level, else the respondents' mean, else null (unscored). */
  value: number | null;
  /** Where the value comes from; 'consensus' with a null value is an agreed N/A. */
  source: 'consensus' | 'respondents' | 'none';
  /** One entry per listed respondent, in the order of `respondents`. */
  respondentLevels: RespondentLevel[];
  /** max − min of the respondents' levels; null when no respondent gave a level. */
  spread: number | null;
  /** spread ≥ 2: to be settled in the consensus view. */
  disagreement: boolean;
  /** Answered (a level) or marked N/A, by a respondent or the consensus. */
  answered: boolean;
}

/** One respondent's view of one dimension, for the respondent heatmap. */
export interface RespondentDimensionScore {
  respondentId: string;
  dimensionId: string;
  /** Weighted mean (question weights) of this respondent's levels in the dimension; null when none. */
  score: number | null;
  /** Questions this respondent answered with a level. */
  levels: number;
  /** Questions this respondent marked N/A. */
  na: number;
  /** Questions of the dimension. */
  questions: number;
  /** Some question of the dimension has a spread of 2 or more among the respondents. */
  disagreement: boolean;
}

export interface ScoreReport {
  overall: Score;
  /** In framework order. */
  sections: SectionScore[];
  /** In framework order. */
  dimensions: DimensionScore[];
  /** 100 × (1 − Σgap / Σ(target − 1)) over scored dimensions with target > 1; 0..100. */
  percentToTarget: number | null;
  /** In framework order. */
  questions: QuestionScore[];
  /**
   * The entries of `dimensions` that are scored and have a gap > 0, by priority desc, then
   * gap desc, then framework order.
   */
  gaps: DimensionScore[];
  /** Respondents × dimensions, respondents in the given order, dimensions in framework order. */
  respondentDimensions: RespondentDimensionScore[];
}

/** What `cli scores <id> --json` prints (DESIGN.md, "The command line"). */
export interface ScoresJson {
  overall: Score;
  sections: SectionScore[];
  dimensions: DimensionScore[];
  percentToTarget: number | null;
}

/** Shown where a score or percent is null (unscored). */
export const NO_VALUE = '—';

const scoreFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

function cached(cache: Map<string, Intl.NumberFormat>, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(locale, f);
  }
  return f;
}

/** A score for display: one decimal ("3.5"; "3,5" in es), or NO_VALUE when unscored. */
export function formatScore(n: number | null | undefined, locale = 'en'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
  return cached(scoreFormats, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** A percent 0..100 for display: whole number with the locale's sign ("64%"; "64 %" in es), or NO_VALUE. */
export function formatPercent(n: number | null | undefined, locale = 'en'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
  return cached(percentFormats, locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 0 }).format(n);
}
