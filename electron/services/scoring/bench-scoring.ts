/**
 * Timing of `computeScores` on a synthetic assessment: by default 12 dimensions holding
 * 80 questions in all (a framework allows at most 8 questions per dimension), 20
 * respondents, random answers (about 10% N/A and 10% missing), consensus on some
 * questions. Budget: p95 ≤ 2 ms.
 *
 * Run alone: `npx tsx electron/services/scoring/bench-scoring.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Framework } from '../../contract/framework-schema.ts';
import { computeScores } from './compute-scores.ts';
import type { Importance, ScoringAnswer, ScoringInput } from './scoring-input.ts';

export interface BenchOptions {
  dimensions?: number;
  /** Questions in all, spread evenly over the dimensions. */
  questions?: number;
  respondents?: number;
  runs?: number;
  warmup?: number;
  seed?: number;
}

export interface BenchResult {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** Small deterministic PRNG (mulberry32), so that runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const en = (s: string) => ({ en: s });

export function syntheticFramework(dimensionCount: number, questionCount: number): Framework {
  const perSection = Math.ceil(dimensionCount / 2);
  const sections: Framework['sections'] = [];
  let q = 0;
  for (let d = 0; d < dimensionCount; d++) {
    const sectionIndex = Math.floor(d / perSection);
    let section = sections[sectionIndex];
    if (section === undefined) {
      section = { id: `s${sectionIndex}`, title: en(`Section ${sectionIndex}`), dimensions: [] };
      sections.push(section);
    }
    // Spread the questions evenly: dimension d gets the questions up to its share.
    const end = Math.round(((d + 1) * questionCount) / dimensionCount);
    const questions: Framework['sections'][number]['dimensions'][number]['questions'] = [];
    for (; q < end; q++) {
      questions.push({
        id: `q${q}`,
        text: en(`Question ${q}`),
        help: en('Help'),
        levels: [en('1'), en('2'), en('3'), en('4'), en('5')],
        evidence: [en('Evidence')],
        weight: 1 + (q % 3),
        sources: ['bench'],
      });
    }
    section.dimensions.push({ id: `d${d}`, title: en(`Dimension ${d}`), description: en('Description'), weight: 1 + (d % 2), questions });
  }
  return {
    id: 'bench',
    version: '1.0.0',
    title: en('Bench'),
    levels: [en('1'), en('2'), en('3'), en('4'), en('5')],
    sections,
    recommendations: [],
    discussionQuestions: [],
    defaultActions: [],
    kpis: [],
    sources: [],
    coverage: [],
  };
}

export function syntheticInput(framework: Framework, respondentCount: number, seed = 1): ScoringInput {
  const rand = random(seed);
  const respondents = Array.from({ length: respondentCount }, (_, i) => ({ id: `r${i}` }));
  const input: ScoringInput = { respondents, answers: [], consensus: [], dimensionSettings: [] };
  for (const section of framework.sections) {
    for (const dimension of section.dimensions) {
      input.dimensionSettings.push({
        dimensionId: dimension.id,
        target: 1 + Math.floor(rand() * 5),
        importance: (1 + Math.floor(rand() * 3)) as Importance,
      });
      for (const question of dimension.questions) {
        for (const r of respondents) {
          const x = rand();
          if (x < 0.1) continue;
          if (x < 0.2) input.answers.push({ questionId: question.id, respondentId: r.id, level: null, na: true });
          else input.answers.push({ questionId: question.id, respondentId: r.id, level: 1 + Math.floor(rand() * 5), na: false });
        }
        if (rand() < 0.2) input.consensus.push({ questionId: question.id, level: 1 + Math.floor(rand() * 5), na: false });
      }
    }
  }
  // Stored answers do not come grouped by question.
  for (let i = input.answers.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = input.answers[i] as ScoringAnswer;
    input.answers[i] = input.answers[j] as ScoringAnswer;
    input.answers[j] = a;
  }
  return input;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function benchScoring(options: BenchOptions = {}): BenchResult {
  const dimensions = options.dimensions ?? 12;
  const questionCount = options.questions ?? 80;
  const respondentCount = options.respondents ?? 20;
  const runs = options.runs ?? 200;
  const warmup = options.warmup ?? 20;
  const framework = syntheticFramework(dimensions, questionCount);
  const input = syntheticInput(framework, respondentCount, options.seed ?? 1);

  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += computeScores(framework, input).questions.length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const report = computeScores(framework, input);
    samples.push(performance.now() - start);
    sink += report.questions.length;
  }
  if (sink < 0) throw new Error('unreachable');
  samples.sort((a, b) => a - b);
  return {
    name: `computeScores (${dimensions} dimensions, ${questionCount} questions, ${respondentCount} respondents)`,
    runs,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1] as number,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of [benchScoring(), benchScoring({ questions: 12 * 80 })]) {
    console.log(`${r.name}: runs ${r.runs}, p50 ${r.p50.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms, max ${r.max.toFixed(3)} ms`);
  }
}
