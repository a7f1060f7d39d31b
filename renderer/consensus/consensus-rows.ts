/** The consensus table's rows: each question with its respondents' answers, spread and agreed level. */
import type { Answer, ConsensusEntry, Respondent } from '../../electron/contract/capture-types.ts';
import type { Dimension, Framework, Question, Section } from '../../electron/contract/framework-schema.ts';

export interface ConsensusRow {
  question: Question;
  dimension: Dimension;
  section: Section;
  /** One per active respondent, in the respondents' order; undefined when not answered. */
  answers: (Answer | undefined)[];
  spread: number | null;
  disagreement: boolean;
  consensus: ConsensusEntry | undefined;
  /** An agreed level or an agreed N/A is set (a rationale alone is not a consensus). */
  agreed: boolean;
  /** A disagreement the team has settled with an agreed level (or N/A). */
  settled: boolean;
}

/** Respondents still on the assessment, in their order. */
export function activeRespondents(respondents: Respondent[]): Respondent[] {
  return respondents.filter((r) => r.deletedAt === null).sort((a, b) => a.position - b.position);
}

/** True when at least one active respondent answered (a level or N/A) any question. */
export function hasAnyAnswer(answers: Answer[], respondents: Respondent[]): boolean {
  const ids = new Set(respondents.map((r) => r.id));
  return answers.some((a) => ids.has(a.respondentId) && (a.level !== null || a.na));
}

/** Spread and disagreement per question, as the scoring service computed them (scores.get). */
export type QuestionSpreads = ReadonlyMap<string, { spread: number | null; disagreement: boolean }>;

export function buildConsensusRows(
  framework: Framework,
  respondents: Respondent[],
  answers: Answer[],
  consensus: ConsensusEntry[],
  spreads: QuestionSpreads,
): ConsensusRow[] {
  const byKey = new Map<string, Answer>();
  for (const a of answers) byKey.set(`${a.questionId}|${a.respondentId}`, a);
  const agreedBy = new Map(consensus.map((c) => [c.questionId, c]));
  const rows: ConsensusRow[] = [];
  for (const section of framework.sections) {
    for (const dimension of section.dimensions) {
      for (const question of dimension.questions) {
        const row = respondents.map((r) => {
          const a = byKey.get(`${question.id}|${r.id}`);
          return a && (a.level !== null || a.na || a.note) ? a : undefined;
        });
        const scored = spreads.get(question.id);
        const entry = agreedBy.get(question.id);
        const agreed = entry !== undefined && (entry.level !== null || entry.na);
        const disagreement = scored?.disagreement ?? false;
        rows.push({
          question,
          dimension,
          section,
          answers: row,
          spread: scored?.spread ?? null,
          disagreement,
          consensus: entry,
          agreed,
          settled: disagreement && agreed,
        });
      }
    }
  }
  return rows;
}
