/**
 * Scoring (DESIGN.md, "Scoring"): the one place where question values, dimension, section
 * and overall scores, gaps, priorities, percent to target, coverage and spread are
 * computed. Everything else (screens, report, CSV, CLI) reads a `ScoreReport`.
 *
 * Decisions the design leaves open, taken here:
 * - Full precision: nothing is rounded for display. Weighted means within 1e-9 of a whole
 *   number are snapped to it, so that float noise (e.g. 3.9999999999999996 for a mean of
 *   4s with weights 0.1 and 0.2) does not drop a level band or leave a 4e-16 gap.
 * - Coverage is a fraction 0..1: questions answered (a level) or marked N/A, by any listed
 *   respondent or by the consensus, divided by all questions of the dimension / section /
 *   framework. Unscored dimensions still count in their section's and the overall coverage.
 * - Consensus: `na: true` wins over a level (question N/A: unscored, answered). A consensus
 *   with `level: null, na: false` is "not set": the respondents' mean is used.
 * - A level is used only when it is a finite number in 1..5; anything else counts as no
 *   answer. Answers of respondents not in `respondents`, answers and consensus for
 *   questions not in the framework and settings for unknown dimensions are ignored.
 * - One answer per (question, respondent) and one consensus per question are expected; if
 *   there are duplicates, the last one wins.
 * - Overall = weighted mean (dimension weights) of all scored dimensions, not a mean of
 *   the sections.
 * - Priorities that differ by less than 1e-9 are ties in the gap list.
 */
import type { Framework } from '../../contract/framework-schema.ts';
import {
  DEFAULT_IMPORTANCE,
  DEFAULT_TARGET,
  type Importance,
  type ScoringAnswer,
  type ScoringConsensus,
  type ScoringDimensionSetting,
  type ScoringInput,
} from './scoring-input.ts';

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
}

/** What `cli scores <id> --json` prints (DESIGN.md, "The command line"). */
export interface ScoresJson {
  overall: Score;
  sections: SectionScore[];
  dimensions: DimensionScore[];
  percentToTarget: number | null;
}

const NOISE = 1e-9;

function isLevel(level: number | null): level is number {
  return typeof level === 'number' && Number.isFinite(level) && level >= 1 && level <= 5;
}

/** Snaps float noise around whole numbers and keeps a mean of levels within 1..5. */
function clean(s: number): number {
  const whole = Math.round(s);
  const v = Math.abs(s - whole) <= NOISE ? whole : s;
  return v < 1 ? 1 : v > 5 ? 5 : v;
}

function makeScore(score: number | null, answered: number, questions: number): Score {
  return {
    score,
    percent: score === null ? null : ((score - 1) / 4) * 100,
    level: score === null ? null : Math.min(5, Math.max(1, Math.floor(score))),
    coverage: questions === 0 ? 0 : answered / questions,
  };
}

export function computeScores(framework: Framework, input: ScoringInput): ScoreReport {
  // Listed respondents, each once, in the given order.
  const respondentIds: string[] = [];
  const respondentIndex = new Map<string, number>();
  for (const r of input.respondents) {
    if (!respondentIndex.has(r.id)) {
      respondentIndex.set(r.id, respondentIds.length);
      respondentIds.push(r.id);
    }
  }
  const n = respondentIds.length;

  // One pass over the answers: question id → one slot per respondent.
  const answersByQuestion = new Map<string, (ScoringAnswer | undefined)[]>();
  for (const a of input.answers) {
    const i = respondentIndex.get(a.respondentId);
    if (i === undefined) continue;
    let slots = answersByQuestion.get(a.questionId);
    if (slots === undefined) {
      slots = new Array<ScoringAnswer | undefined>(n);
      answersByQuestion.set(a.questionId, slots);
    }
    slots[i] = a;
  }
  const consensusByQuestion = new Map<string, ScoringConsensus>();
  for (const c of input.consensus) consensusByQuestion.set(c.questionId, c);
  const settingsByDimension = new Map<string, ScoringDimensionSetting>();
  for (const s of input.dimensionSettings) settingsByDimension.set(s.dimensionId, s);

  const questions: QuestionScore[] = [];
  const sections: SectionScore[] = [];
  const dimensions: DimensionScore[] = [];
  let overallWeighted = 0;
  let overallWeight = 0;
  let overallAnswered = 0;
  let overallQuestions = 0;
  let gapSum = 0;
  let targetRangeSum = 0;

  for (const section of framework.sections) {
    let sectionWeighted = 0;
    let sectionWeight = 0;
    let sectionAnswered = 0;
    let sectionQuestions = 0;

    for (const dimension of section.dimensions) {
      let dimWeighted = 0;
      let dimWeight = 0;
      let dimAnswered = 0;

      for (const question of dimension.questions) {
        const q = scoreQuestion(
          question.id,
          dimension.id,
          respondentIds,
          answersByQuestion.get(question.id),
          consensusByQuestion.get(question.id),
        );
        questions.push(q);
        if (q.answered) dimAnswered++;
        if (q.value !== null) {
          dimWeighted += question.weight * q.value;
          dimWeight += question.weight;
        }
      }

      const d = dimWeight > 0 ? clean(dimWeighted / dimWeight) : null;
      const setting = settingsByDimension.get(dimension.id);
      const target = setting?.target ?? DEFAULT_TARGET;
      const importance = setting?.importance ?? DEFAULT_IMPORTANCE;
      let gap: number | null = null;
      if (d !== null) {
        gap = target - d;
        if (gap < NOISE) gap = 0;
        if (dimension.weight > 0) {
          sectionWeighted += dimension.weight * d;
          sectionWeight += dimension.weight;
        }
        if (target > 1) {
          gapSum += gap;
          targetRangeSum += target - 1;
        }
      }
      dimensions.push({
        id: dimension.id,
        sectionId: section.id,
        ...makeScore(d, dimAnswered, dimension.questions.length),
        target,
        importance,
        gap,
        priority: gap === null ? null : gap * importance,
      });
      sectionAnswered += dimAnswered;
      sectionQuestions += dimension.questions.length;
    }

    const s = sectionWeight > 0 ? clean(sectionWeighted / sectionWeight) : null;
    sections.push({ id: section.id, ...makeScore(s, sectionAnswered, sectionQuestions) });
    overallWeighted += sectionWeighted;
    overallWeight += sectionWeight;
    overallAnswered += sectionAnswered;
    overallQuestions += sectionQuestions;
  }

  const overallScore = overallWeight > 0 ? clean(overallWeighted / overallWeight) : null;
  let percentToTarget: number | null = null;
  if (targetRangeSum > 0) {
    percentToTarget = 100 * (1 - gapSum / targetRangeSum);
    percentToTarget = Math.min(100, Math.max(0, percentToTarget));
  }

  const order = new Map(dimensions.map((d, i) => [d, i]));
  const gaps = dimensions
    .filter((d) => d.gap !== null && d.gap > 0)
    .sort((a, b) => {
      const byPriority = (b.priority ?? 0) - (a.priority ?? 0);
      if (Math.abs(byPriority) > NOISE) return byPriority;
      const byGap = (b.gap ?? 0) - (a.gap ?? 0);
      if (Math.abs(byGap) > NOISE) return byGap;
      return (order.get(a) ?? 0) - (order.get(b) ?? 0);
    });

  return {
    overall: makeScore(overallScore, overallAnswered, overallQuestions),
    sections,
    dimensions,
    percentToTarget,
    questions,
    gaps,
  };
}

function scoreQuestion(
  questionId: string,
  dimensionId: string,
  respondentIds: string[],
  slots: (ScoringAnswer | undefined)[] | undefined,
  consensus: ScoringConsensus | undefined,
): QuestionScore {
  const respondentLevels: RespondentLevel[] = new Array(respondentIds.length);
  let sum = 0;
  let count = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let answered = false;

  for (let i = 0; i < respondentIds.length; i++) {
    const respondentId = respondentIds[i] as string;
    const a = slots?.[i];
    if (a?.na) {
      answered = true;
      respondentLevels[i] = { respondentId, level: null, na: true };
    } else if (a !== undefined && isLevel(a.level)) {
      const level = a.level;
      answered = true;
      sum += level;
      count++;
      if (level < min) min = level;
      if (level > max) max = level;
      respondentLevels[i] = { respondentId, level, na: false };
    } else {
      respondentLevels[i] = { respondentId, level: null, na: false };
    }
  }

  let value: number | null = null;
  let source: QuestionScore['source'] = 'none';
  if (consensus?.na) {
    answered = true;
    source = 'consensus';
  } else if (consensus !== undefined && isLevel(consensus.level)) {
    answered = true;
    value = consensus.level;
    source = 'consensus';
  } else if (count > 0) {
    value = sum / count;
    source = 'respondents';
  }

  const spread = count > 0 ? max - min : null;
  return { questionId, dimensionId, value, source, respondentLevels, spread, disagreement: spread !== null && spread >= 2, answered };
}

/** The `scores --json` shape: the report without the per-question detail and gap list. */
export function toScoresJson(report: ScoreReport): ScoresJson {
  return { overall: report.overall, sections: report.sections, dimensions: report.dimensions, percentToTarget: report.percentToTarget };
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
