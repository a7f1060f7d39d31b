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
import type {
  DimensionScore,
  QuestionScore,
  RespondentDimensionScore,
  RespondentLevel,
  Score,
  ScoreReport,
  ScoresJson,
  SectionScore,
} from '../../contract/scores.ts';
import {
  DEFAULT_IMPORTANCE,
  DEFAULT_TARGET,
  type ScoringAnswer,
  type ScoringConsensus,
  type ScoringDimensionSetting,
  type ScoringInput,
} from './scoring-input.ts';

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
    respondentDimensions: scoreRespondentDimensions(framework, respondentIds, questions),
  };
}

/** Each respondent's weighted mean per dimension (the heatmap), from the question detail above. */
function scoreRespondentDimensions(framework: Framework, respondentIds: string[], questions: QuestionScore[]): RespondentDimensionScore[] {
  const byQuestion = new Map(questions.map((q) => [q.questionId, q]));
  const out: RespondentDimensionScore[] = [];
  for (let i = 0; i < respondentIds.length; i++) {
    for (const dimension of framework.sections.flatMap((s) => s.dimensions)) {
      let weighted = 0;
      let weight = 0;
      let levels = 0;
      let na = 0;
      let disagreement = false;
      for (const question of dimension.questions) {
        const q = byQuestion.get(question.id);
        const own = q?.respondentLevels[i];
        if (q?.disagreement) disagreement = true;
        if (own?.na) na++;
        else if (own && own.level !== null) {
          levels++;
          if (question.weight > 0) {
            weighted += question.weight * own.level;
            weight += question.weight;
          }
        }
      }
      out.push({
        respondentId: respondentIds[i] as string,
        dimensionId: dimension.id,
        score: weight > 0 ? clean(weighted / weight) : null,
        levels,
        na,
        questions: dimension.questions.length,
        disagreement,
      });
    }
  }
  return out;
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
