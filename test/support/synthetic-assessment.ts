/**
 * A synthetic assessment for benchmarks: by default 12 dimensions holding 80 questions in
 * all (a framework allows at most 8 questions per dimension), random answers of N
 * respondents (about 10% N/A and 10% missing), consensus on some questions. Seeded, so runs
 * are comparable.
 */
import type { Framework } from '../../electron/contract/framework-schema.ts';
import type { Importance, ScoringAnswer, ScoringInput } from '../../electron/services/scoring/scoring-input.ts';

/** Small deterministic PRNG (mulberry32), so that runs are comparable. */
export function random(seed: number): () => number {
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
