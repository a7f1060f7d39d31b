import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../contract/framework-schema.ts';
import { type DimensionScore, formatPercent, formatScore, NO_VALUE, type ScoreReport } from '../../contract/scores.ts';
import { computeScores, toScoresJson } from './compute-scores.ts';
import type { Importance, ScoringAnswer, ScoringConsensus, ScoringInput } from './scoring-input.ts';

// ---------------------------------------------------------------------------------------
// A small framework built here: sections of dimensions of questions, with weights.

const en = (s: string) => ({ en: s });
type Spec = { id: string; dimensions: { id: string; weight?: number; questions: { id: string; weight?: number }[] }[] }[];

function framework(spec: Spec): Framework {
  return {
    id: 'test',
    version: '1.0.0',
    title: en('Test'),
    levels: [en('1'), en('2'), en('3'), en('4'), en('5')],
    sections: spec.map((s) => ({
      id: s.id,
      title: en(s.id),
      dimensions: s.dimensions.map((d) => ({
        id: d.id,
        title: en(d.id),
        description: en(d.id),
        weight: d.weight ?? 1,
        questions: d.questions.map((q) => ({
          id: q.id,
          text: en(q.id),
          help: en(q.id),
          levels: [en('1'), en('2'), en('3'), en('4'), en('5')],
          evidence: [en('e')],
          weight: q.weight ?? 1,
          sources: ['s'],
        })),
      })),
    })),
    recommendations: [],
    discussionQuestions: [],
    defaultActions: [],
    kpis: [],
    sources: [],
    coverage: [],
  };
}

const lvl = (questionId: string, respondentId: string, level: number | null): ScoringAnswer => ({
  questionId,
  respondentId,
  level,
  na: false,
});
const na = (questionId: string, respondentId: string): ScoringAnswer => ({ questionId, respondentId, level: null, na: true });

const dim = (r: ScoreReport, id: string) => r.dimensions.find((d) => d.id === id) as DimensionScore;
const sec = (r: ScoreReport, id: string) => r.sections.find((s) => s.id === id);
const qs = (r: ScoreReport, id: string) => r.questions.find((q) => q.questionId === id);

// ---------------------------------------------------------------------------------------
// The main hand-computed case.
//
// ces (section)
//   d1 weight 2: q1 w1, q2 w3, q3 w1
//   d2 weight 1: q4 w1, q5 w2
// digital (section)
//   d3 weight 1: q6 w1, q7 w1
//   d4 weight 3: q8 w1            (only N/A answers: unscored)
// Respondents r1, r2, r3; "ghost" is not listed.

const fw = framework([
  {
    id: 'ces',
    dimensions: [
      { id: 'd1', weight: 2, questions: [{ id: 'q1' }, { id: 'q2', weight: 3 }, { id: 'q3' }] },
      { id: 'd2', questions: [{ id: 'q4' }, { id: 'q5', weight: 2 }] },
    ],
  },
  {
    id: 'digital',
    dimensions: [
      { id: 'd3', questions: [{ id: 'q6' }, { id: 'q7' }] },
      { id: 'd4', weight: 3, questions: [{ id: 'q8' }] },
    ],
  },
]);

const input: ScoringInput = {
  respondents: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }],
  answers: [
    // q1: 2, 4, N/A → mean (2 + 4) / 2 = 3; spread 4 − 2 = 2 → disagreement
    lvl('q1', 'r1', 2),
    lvl('q1', 'r2', 4),
    na('q1', 'r3'),
    // q2: 5, (nothing), 4 → mean (5 + 4) / 2 = 4.5; spread 1
    lvl('q2', 'r1', 5),
    lvl('q2', 'r2', null),
    lvl('q2', 'r3', 4),
    // q3: only the unknown respondent answers → unanswered, unscored
    lvl('q3', 'ghost', 5),
    // q4: 1, 2, 5 (mean 8/3) but consensus 3 → value 3; spread 5 − 1 = 4
    lvl('q4', 'r1', 1),
    lvl('q4', 'r2', 2),
    lvl('q4', 'r3', 5),
    // q5: 2 (and the ghost's 5 ignored) → value 2; spread 0
    lvl('q5', 'r1', 2),
    lvl('q5', 'ghost', 5),
    // q6: 4, 4 → 4 (a consensus with no level and no N/A is "not set")
    lvl('q6', 'r1', 4),
    lvl('q6', 'r2', 4),
    // q7: r1 says 1, but the consensus is N/A → unscored, answered
    lvl('q7', 'r1', 1),
    // q8: N/A, N/A → unscored, answered
    na('q8', 'r1'),
    na('q8', 'r2'),
  ],
  consensus: [
    { questionId: 'q4', level: 3, na: false },
    { questionId: 'q6', level: null, na: false },
    { questionId: 'q7', level: null, na: true },
  ],
  dimensionSettings: [
    { dimensionId: 'd1', target: 5, importance: 3 },
    // d2: defaults, target 4 and importance 2
    { dimensionId: 'd3', target: 1, importance: 3 },
    { dimensionId: 'd4', target: 5, importance: 3 },
  ],
};

describe('computeScores on a hand-computed assessment', () => {
  const r = computeScores(fw, input);

  it('takes the mean of respondents, leaving out N/A and unanswered', () => {
    expect(qs(r, 'q1')).toMatchObject({ value: 3, source: 'respondents', answered: true });
    expect(qs(r, 'q2')).toMatchObject({ value: 4.5, source: 'respondents', answered: true });
    expect(qs(r, 'q6')).toMatchObject({ value: 4, source: 'respondents' });
  });

  it('lets the consensus override the respondents, and a consensus N/A leaves the question unscored but answered', () => {
    expect(qs(r, 'q4')).toMatchObject({ value: 3, source: 'consensus', answered: true });
    expect(qs(r, 'q7')).toMatchObject({ value: null, source: 'consensus', answered: true });
    expect(qs(r, 'q8')).toMatchObject({ value: null, source: 'none', answered: true });
  });

  it('ignores answers of respondents who are not listed', () => {
    expect(qs(r, 'q3')).toMatchObject({ value: null, source: 'none', answered: false, spread: null });
    expect(qs(r, 'q5')).toMatchObject({ value: 2, spread: 0 });
    expect(qs(r, 'q5')?.respondentLevels.map((l) => l.respondentId)).toEqual(['r1', 'r2', 'r3']);
  });

  it('lists every respondent per question, in order', () => {
    expect(qs(r, 'q1')?.respondentLevels).toEqual([
      { respondentId: 'r1', level: 2, na: false },
      { respondentId: 'r2', level: 4, na: false },
      { respondentId: 'r3', level: null, na: true },
    ]);
    expect(r.questions.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
    expect(qs(r, 'q8')?.dimensionId).toBe('d4');
  });

  it('computes spread and flags a spread of 2 or more', () => {
    expect(qs(r, 'q1')).toMatchObject({ spread: 2, disagreement: true }); // 4 − 2
    expect(qs(r, 'q2')).toMatchObject({ spread: 1, disagreement: false }); // 5 − 4
    expect(qs(r, 'q4')).toMatchObject({ spread: 4, disagreement: true }); // 5 − 1, even with a consensus
    expect(qs(r, 'q5')).toMatchObject({ spread: 0, disagreement: false }); // one level
    expect(qs(r, 'q8')).toMatchObject({ spread: null, disagreement: false }); // N/A only
    expect(qs(r, 'q3')).toMatchObject({ spread: null, disagreement: false }); // nothing
  });

  it('weights questions in a dimension', () => {
    // d1 = (1·3 + 3·4.5) / (1 + 3) = 16.5 / 4 = 4.125 (q3 unscored, left out)
    expect(dim(r, 'd1').score).toBeCloseTo(4.125, 12);
    expect(dim(r, 'd1').percent).toBeCloseTo(((4.125 - 1) / 4) * 100, 12); // 78.125
    expect(dim(r, 'd1').level).toBe(4);
    // d2 = (1·3 + 2·2) / (1 + 2) = 7/3 ≈ 2.333
    expect(dim(r, 'd2').score).toBeCloseTo(7 / 3, 12);
    expect(dim(r, 'd2').percent).toBeCloseTo(100 / 3, 12); // (7/3 − 1) / 4 × 100 = (4/3) / 4 × 100
    expect(dim(r, 'd2').level).toBe(2);
    // d3 = 4 (q7 N/A)
    expect(dim(r, 'd3')).toMatchObject({ score: 4, percent: 75, level: 4 });
  });

  it('leaves a dimension with only N/A unscored, and out of its section', () => {
    expect(dim(r, 'd4')).toMatchObject({ score: null, percent: null, level: null, gap: null, priority: null, coverage: 1 });
    // digital = d3 only (d4, weight 3, unscored) = 4
    expect(sec(r, 'digital')).toMatchObject({ id: 'digital', score: 4, percent: 75, level: 4 });
  });

  it('weights dimensions in sections and overall', () => {
    // ces = (2·4.125 + 1·7/3) / 3 = (33/4 + 7/3) / 3 = (127/12) / 3 = 127/36 ≈ 3.528
    expect(sec(r, 'ces')?.score).toBeCloseTo(127 / 36, 12);
    expect(sec(r, 'ces')?.level).toBe(3);
    expect(sec(r, 'ces')?.percent).toBeCloseTo(((127 / 36 - 1) / 4) * 100, 12);
    // overall = (2·4.125 + 1·7/3 + 1·4) / (2 + 1 + 1) = (99/12 + 28/12 + 48/12) / 4 = 175/48 ≈ 3.646
    expect(r.overall.score).toBeCloseTo(175 / 48, 12);
    expect(r.overall.level).toBe(3);
    // (175/48 − 1) / 4 × 100 = (127/48) / 4 × 100 = 12700/192 ≈ 66.15
    expect(r.overall.percent).toBeCloseTo(12700 / 192, 12);
  });

  it('computes coverage as answered or N/A over questions', () => {
    expect(dim(r, 'd1').coverage).toBeCloseTo(2 / 3, 12); // q1, q2 of q1..q3
    expect(dim(r, 'd2').coverage).toBe(1);
    expect(dim(r, 'd3').coverage).toBe(1); // q7 by consensus N/A
    expect(sec(r, 'ces')?.coverage).toBeCloseTo(4 / 5, 12);
    expect(sec(r, 'digital')?.coverage).toBe(1);
    expect(r.overall.coverage).toBeCloseTo(7 / 8, 12); // all but q3
  });

  it('applies targets and importances, with defaults 4 and 2', () => {
    // d1: gap 5 − 4.125 = 0.875, priority 0.875 × 3 = 2.625
    expect(dim(r, 'd1')).toMatchObject({ target: 5, importance: 3 });
    expect(dim(r, 'd1').gap).toBeCloseTo(0.875, 12);
    expect(dim(r, 'd1').priority).toBeCloseTo(2.625, 12);
    // d2: defaults; gap 4 − 7/3 = 5/3, priority 5/3 × 2 = 10/3
    expect(dim(r, 'd2')).toMatchObject({ target: 4, importance: 2 });
    expect(dim(r, 'd2').gap).toBeCloseTo(5 / 3, 12);
    expect(dim(r, 'd2').priority).toBeCloseTo(10 / 3, 12);
    // d3: target 1 < score 4 → gap max(0, 1 − 4) = 0, never negative
    expect(dim(r, 'd3')).toMatchObject({ target: 1, importance: 3, gap: 0, priority: 0 });
  });

  it('lists the gaps by priority, leaving out zero gaps and unscored dimensions', () => {
    // d2 (10/3 ≈ 3.33) before d1 (2.625); d3 gap 0 and d4 unscored are left out
    expect(r.gaps.map((d) => d.id)).toEqual(['d2', 'd1']);
  });

  it('computes percent to target over scored dimensions with a target above 1', () => {
    // d1: gap 0.875 of 5 − 1 = 4; d2: gap 5/3 of 4 − 1 = 3; d3 (target 1) and d4 (unscored) left out
    // 100 × (1 − (7/8 + 5/3) / (4 + 3)) = 100 × (1 − (61/24) / 7) = 100 × 107/168 ≈ 63.69
    expect(r.percentToTarget).toBeCloseTo((100 * 107) / 168, 12);
  });

  it('keeps the frameworks order and the scores --json shape', () => {
    expect(r.sections.map((s) => s.id)).toEqual(['ces', 'digital']);
    expect(r.dimensions.map((d) => [d.id, d.sectionId])).toEqual([
      ['d1', 'ces'],
      ['d2', 'ces'],
      ['d3', 'digital'],
      ['d4', 'digital'],
    ]);
    const json = toScoresJson(r);
    expect(Object.keys(json)).toEqual(['overall', 'sections', 'dimensions', 'percentToTarget']);
    expect(Object.keys(json.overall)).toEqual(['score', 'percent', 'level', 'coverage']);
    expect(Object.keys(json.sections[0] ?? {})).toEqual(['id', 'score', 'percent', 'level', 'coverage']);
    expect(Object.keys(json.dimensions[0] ?? {})).toEqual([
      'id',
      'sectionId',
      'score',
      'percent',
      'level',
      'coverage',
      'target',
      'importance',
      'gap',
      'priority',
    ]);
  });
});

describe('computeScores edge cases', () => {
  const one = framework([{ id: 's', dimensions: [{ id: 'a', questions: [{ id: 'qa' }] }] }]);
  const oneInput = (over: Partial<ScoringInput>): ScoringInput => ({
    respondents: [{ id: 'r1' }],
    answers: [],
    consensus: [],
    dimensionSettings: [],
    ...over,
  });

  it('scores nothing when nothing is answered', () => {
    const r = computeScores(one, oneInput({}));
    expect(r.overall).toEqual({ score: null, percent: null, level: null, coverage: 0 });
    expect(r.percentToTarget).toBeNull();
    expect(r.gaps).toEqual([]);
    expect(dim(r, 'a')).toMatchObject({ target: 4, importance: 2, gap: null, priority: null });
  });

  it('gives level 5 and 100% to a perfect score, and percent to target 100 when every target is met', () => {
    const r = computeScores(one, oneInput({ answers: [lvl('qa', 'r1', 5)] }));
    expect(r.overall).toEqual({ score: 5, percent: 100, level: 5, coverage: 1 });
    // gap max(0, 4 − 5) = 0 → 100 × (1 − 0 / 3) = 100
    expect(dim(r, 'a').gap).toBe(0);
    expect(r.percentToTarget).toBe(100);
  });

  it('gives 0% to target when every scored dimension is at 1', () => {
    // gap 4 − 1 = 3 of 4 − 1 = 3 → 100 × (1 − 3/3) = 0
    const r = computeScores(one, oneInput({ answers: [lvl('qa', 'r1', 1)] }));
    expect(r.overall).toMatchObject({ score: 1, percent: 0, level: 1 });
    expect(r.percentToTarget).toBe(0);
  });

  it('has no percent to target when every target is 1', () => {
    const r = computeScores(
      one,
      oneInput({ answers: [lvl('qa', 'r1', 3)], dimensionSettings: [{ dimensionId: 'a', target: 1, importance: 1 }] }),
    );
    expect(dim(r, 'a')).toMatchObject({ gap: 0, priority: 0 });
    expect(r.percentToTarget).toBeNull();
  });

  it('does not lose a level band to float noise', () => {
    // In floats, (0.1·3 + 0.1·3 + 0.6·3) / (0.1 + 0.1 + 0.6) is 2.9999999999999996 and
    // (0.1·5 + 0.2·5 + 0.3·5) / (0.1 + 0.2 + 0.3) is 4.999999999999999: they must be 3 and 5
    const fw2 = framework([
      {
        id: 's',
        dimensions: [
          {
            id: 'a',
            questions: [
              { id: 'x', weight: 0.1 },
              { id: 'y', weight: 0.1 },
              { id: 'z', weight: 0.6 },
            ],
          },
          {
            id: 'b',
            questions: [
              { id: 'u', weight: 0.1 },
              { id: 'v', weight: 0.2 },
              { id: 'w', weight: 0.3 },
            ],
          },
        ],
      },
    ]);
    const answers = [...['x', 'y', 'z'].map((q) => lvl(q, 'r1', 3)), ...['u', 'v', 'w'].map((q) => lvl(q, 'r1', 5))];
    const r = computeScores(fw2, oneInput({ answers, dimensionSettings: [{ dimensionId: 'a', target: 3, importance: 2 }] }));
    // a: 3, band 3, 50%, gap 3 − 3 = 0; b: 5, band 5, 100%, gap 0
    expect(dim(r, 'a')).toMatchObject({ score: 3, level: 3, gap: 0, percent: 50 });
    expect(dim(r, 'b')).toMatchObject({ score: 5, level: 5, gap: 0, percent: 100 });
    expect(r.gaps).toEqual([]);
    // overall (1·3 + 1·5) / 2 = 4; percent to target 100 × (1 − 0 / (2 + 3)) = 100
    expect(r.overall).toMatchObject({ score: 4, level: 4 });
    expect(r.percentToTarget).toBe(100);
  });

  it('counts a respondent listed twice once', () => {
    const r = computeScores(one, oneInput({ respondents: [{ id: 'r1' }, { id: 'r1' }], answers: [lvl('qa', 'r1', 3)] }));
    expect(qs(r, 'qa')?.respondentLevels).toEqual([{ respondentId: 'r1', level: 3, na: false }]);
  });

  it('ignores levels outside 1..5', () => {
    const r = computeScores(
      one,
      oneInput({
        respondents: [{ id: 'r1' }, { id: 'r2' }],
        answers: [lvl('qa', 'r1', 0), lvl('qa', 'r2', 7)],
        consensus: [{ questionId: 'qa', level: 9, na: false }],
      }),
    );
    expect(qs(r, 'qa')).toMatchObject({ value: null, source: 'none', answered: false, spread: null });
  });
});

describe('the gap list', () => {
  // Framework order: c, d, b, a, e (one question each, value set by consensus or respondents).
  const fw3 = framework([
    {
      id: 's1',
      dimensions: [
        { id: 'c', questions: [{ id: 'qc' }] },
        { id: 'd', questions: [{ id: 'qd' }] },
      ],
    },
    {
      id: 's2',
      dimensions: [
        { id: 'b', questions: [{ id: 'qb' }] },
        { id: 'a', questions: [{ id: 'qa' }] },
        { id: 'e', questions: [{ id: 'qe' }] },
      ],
    },
  ]);
  const r = computeScores(fw3, {
    respondents: [{ id: 'r1' }, { id: 'r2' }],
    answers: [lvl('qd', 'r1', 3), lvl('qd', 'r2', 4)],
    consensus: [
      { questionId: 'qc', level: 2, na: false },
      { questionId: 'qb', level: 2, na: false },
      { questionId: 'qa', level: 3, na: false },
      { questionId: 'qe', level: 5, na: false },
    ],
    dimensionSettings: [
      { dimensionId: 'c', target: 3, importance: 2 }, // gap 3 − 2 = 1, priority 1 × 2 = 2
      { dimensionId: 'd', target: 4, importance: 3 }, // score (3 + 4) / 2 = 3.5, gap 0.5, priority 1.5
      { dimensionId: 'b', target: 4, importance: 1 }, // gap 4 − 2 = 2, priority 2 × 1 = 2
      { dimensionId: 'a', target: 4, importance: 2 }, // gap 4 − 3 = 1, priority 2
      { dimensionId: 'e', target: 4, importance: 3 }, // gap max(0, 4 − 5) = 0: not listed
    ],
  });

  it('sorts by priority, then gap, then framework order', () => {
    // priority 2: b (gap 2), then c and a (gap 1, in framework order c before a); then d (1.5)
    expect(r.gaps.map((g) => [g.id, g.priority, g.gap])).toEqual([
      ['b', 2, 2],
      ['c', 2, 1],
      ['a', 2, 1],
      ['d', 1.5, 0.5],
    ]);
    expect(dim(r, 'e')).toMatchObject({ gap: 0, priority: 0 });
  });

  it('computes percent to target over all of them', () => {
    // Σgap = 1 + 0.5 + 2 + 1 + 0 = 4.5; Σ(T − 1) = 2 + 3 + 3 + 3 + 3 = 14 → 100 × (1 − 4.5/14) = 100 × 9.5/14
    expect(r.percentToTarget).toBeCloseTo((100 * 9.5) / 14, 12);
  });
});

describe('display helpers', () => {
  it('shows one decimal for scores and whole percents', () => {
    expect(formatScore(4.125)).toBe('4.1');
    expect(formatScore(7 / 3)).toBe('2.3');
    expect(formatScore(3.25)).toBe('3.3');
    expect(formatScore(4)).toBe('4.0');
    expect(formatScore(3.5, 'es')).toBe('3,5');
    expect(formatScore(null)).toBe(NO_VALUE);
    expect(formatPercent(63.69)).toBe('64%');
    expect(formatPercent(100 / 3)).toBe('33%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe(NO_VALUE);
  });
});

// ---------------------------------------------------------------------------------------
// Properties on random frameworks and assessments.

const specArb: fc.Arbitrary<Spec> = fc
  .array(
    fc.array(
      fc.record({
        weight: fc.double({ min: 0.1, max: 100, noNaN: true }),
        questions: fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((sections) => {
    let d = 0;
    let q = 0;
    return sections.map((dims, s) => ({
      id: `s${s}`,
      dimensions: dims.map((dm) => ({
        id: `d${d++}`,
        weight: dm.weight,
        questions: dm.questions.map((w) => ({ id: `q${q++}`, weight: w })),
      })),
    }));
  });

/** For each question × respondent: a level, N/A, an empty answer, or no row at all. */
const cellArb = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constant('na' as const),
  fc.constant('empty' as const),
  fc.constant('absent' as const),
);

const caseArb = specArb.chain((spec) => {
  const questionIds = spec.flatMap((s) => s.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const dimensionIds = spec.flatMap((s) => s.dimensions.map((d) => d.id));
  return fc.integer({ min: 0, max: 4 }).chain((respondentCount) =>
    fc.record({
      spec: fc.constant(spec),
      respondentCount: fc.constant(respondentCount),
      cells: fc.array(fc.array(cellArb, { minLength: respondentCount, maxLength: respondentCount }), {
        minLength: questionIds.length,
        maxLength: questionIds.length,
      }),
      consensus: fc.array(fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const), fc.constant('empty' as const))), {
        minLength: questionIds.length,
        maxLength: questionIds.length,
      }),
      settings: fc.array(
        fc.option(fc.record({ target: fc.integer({ min: 1, max: 5 }), importance: fc.constantFrom<Importance>(1, 2, 3) })),
        {
          minLength: dimensionIds.length,
          maxLength: dimensionIds.length,
        },
      ),
      questionIds: fc.constant(questionIds),
      dimensionIds: fc.constant(dimensionIds),
    }),
  );
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function toInput(c: Case): ScoringInput {
  const respondents = Array.from({ length: c.respondentCount }, (_, i) => ({ id: `r${i}` }));
  const answers: ScoringAnswer[] = [];
  c.cells.forEach((row, qi) => {
    const questionId = c.questionIds[qi] as string;
    row.forEach((cell, ri) => {
      const respondentId = `r${ri}`;
      if (cell === 'absent') return;
      if (cell === 'na') answers.push(na(questionId, respondentId));
      else if (cell === 'empty') answers.push(lvl(questionId, respondentId, null));
      else answers.push(lvl(questionId, respondentId, cell));
    });
  });
  const consensus: ScoringConsensus[] = [];
  c.consensus.forEach((v, qi) => {
    const questionId = c.questionIds[qi] as string;
    if (v === null) return;
    consensus.push(v === 'na' ? { questionId, level: null, na: true } : { questionId, level: v === 'empty' ? null : v, na: false });
  });
  const dimensionSettings = c.settings.flatMap((s, di) => (s === null ? [] : [{ dimensionId: c.dimensionIds[di] as string, ...s }]));
  return { respondents, answers, consensus, dimensionSettings };
}

/** Everything that is a score (not coverage or the per-question detail). */
function scoresOnly(r: ScoreReport) {
  const strip = ({ coverage: _c, ...rest }: { coverage: number }) => rest;
  return {
    overall: strip(r.overall),
    sections: r.sections.map(strip),
    dimensions: r.dimensions.map(strip),
    percentToTarget: r.percentToTarget,
    values: r.questions.map((q) => q.value),
    gaps: r.gaps.map((g) => g.id),
  };
}

describe('scoring properties', () => {
  it('keeps scores within 1..5, percents within 0..100, coverage within 0..1 and gaps non-negative', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = computeScores(framework(c.spec), toInput(c));
        for (const s of [r.overall, ...r.sections, ...r.dimensions]) {
          if (s.score === null) {
            expect(s.percent).toBeNull();
            expect(s.level).toBeNull();
          } else {
            expect(s.score).toBeGreaterThanOrEqual(1);
            expect(s.score).toBeLessThanOrEqual(5);
            expect(s.percent).toBeGreaterThanOrEqual(0);
            expect(s.percent).toBeLessThanOrEqual(100);
            expect([1, 2, 3, 4, 5]).toContain(s.level);
            expect(s.level).toBeLessThanOrEqual(s.score);
          }
          expect(s.coverage).toBeGreaterThanOrEqual(0);
          expect(s.coverage).toBeLessThanOrEqual(1);
        }
        for (const d of r.dimensions) {
          expect(d.gap === null).toBe(d.score === null);
          if (d.gap !== null) expect(d.gap).toBeGreaterThanOrEqual(0);
        }
        if (r.percentToTarget !== null) {
          expect(r.percentToTarget).toBeGreaterThanOrEqual(0);
          expect(r.percentToTarget).toBeLessThanOrEqual(100);
        }
        for (let i = 1; i < r.gaps.length; i++) {
          const before = (r.gaps[i - 1] as DimensionScore).priority as number;
          expect(before).toBeGreaterThanOrEqual(((r.gaps[i] as DimensionScore).priority as number) - 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('changes no score when a new respondent answers N/A', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.boolean()), (c, picks) => {
        const fw4 = framework(c.spec);
        const base = toInput(c);
        const extraAnswers = c.questionIds.filter((_, i) => picks[i] ?? true).map((q) => na(q, 'newcomer'));
        const withNa: ScoringInput = {
          ...base,
          respondents: [...base.respondents, { id: 'newcomer' }],
          answers: [...base.answers, ...extraAnswers],
        };
        expect(scoresOnly(computeScores(fw4, withNa))).toEqual(scoresOnly(computeScores(fw4, base)));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of answers, consensus or settings', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => {
          const input4 = toInput(c);
          return fc.record({
            c: fc.constant(c),
            input: fc.constant(input4),
            answers: fc.shuffledSubarray(input4.answers, { minLength: input4.answers.length }),
            consensus: fc.shuffledSubarray(input4.consensus, { minLength: input4.consensus.length }),
            settings: fc.shuffledSubarray(input4.dimensionSettings, { minLength: input4.dimensionSettings.length }),
          });
        }),
        ({ c, input: input4, answers, consensus, settings }) => {
          const fw4 = framework(c.spec);
          const shuffled: ScoringInput = { ...input4, answers, consensus, dimensionSettings: settings };
          expect(computeScores(fw4, shuffled)).toEqual(computeScores(fw4, input4));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('respondent × dimension scores (the heatmap)', () => {
  it('weights each respondent’s own levels, counts N/A apart, and flags the dimension’s disagreement', () => {
    const fw = {
      id: 'h',
      version: '1.0.0',
      title: { en: 'h' },
      levels: [{ en: '1' }, { en: '2' }, { en: '3' }, { en: '4' }, { en: '5' }],
      sections: [
        {
          id: 's',
          title: { en: 's' },
          dimensions: [
            {
              id: 'd',
              title: { en: 'd' },
              description: { en: 'd' },
              weight: 1,
              questions: ['q1', 'q2', 'q3'].map((id, i) => ({
                id,
                text: { en: id },
                help: { en: id },
                levels: [{ en: '1' }, { en: '2' }, { en: '3' }, { en: '4' }, { en: '5' }],
                evidence: [{ en: 'e' }],
                weight: i === 1 ? 3 : 1,
                sources: ['x'],
              })),
            },
          ],
        },
      ],
      recommendations: [],
      discussionQuestions: [],
      defaultActions: [],
      kpis: [],
      sources: [],
      coverage: [],
    } as Framework;
    const r = computeScores(fw, {
      respondents: [{ id: 'ann' }, { id: 'bob' }],
      answers: [
        { questionId: 'q1', respondentId: 'ann', level: 2, na: false },
        { questionId: 'q2', respondentId: 'ann', level: 4, na: false },
        { questionId: 'q3', respondentId: 'ann', level: null, na: true },
        { questionId: 'q1', respondentId: 'bob', level: 4, na: false },
      ],
      consensus: [],
      dimensionSettings: [],
    });
    // ann: (1 × 2 + 3 × 4) / (1 + 3) = 14 / 4 = 3.5; two levels, one N/A.
    // bob: q1 only: 4. q1 spread 4 − 2 = 2: disagreement in the dimension for both rows.
    expect(r.respondentDimensions).toEqual([
      { respondentId: 'ann', dimensionId: 'd', score: 3.5, levels: 2, na: 1, questions: 3, disagreement: true },
      { respondentId: 'bob', dimensionId: 'd', score: 4, levels: 1, na: 0, questions: 3, disagreement: true },
    ]);
  });
});
