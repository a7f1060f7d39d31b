/** The interview's view of a framework: every question in order, with its dimension and section. */
import type { Answer, Respondent } from '../../electron/contract/capture-types.ts';
import type { Dimension, Framework, Question, Section } from '../../electron/contract/framework-schema.ts';

export interface QuestionEntry {
  question: Question;
  dimension: Dimension;
  section: Section;
  /** Position in the whole framework, from 0. */
  index: number;
  /** Position in its dimension, from 0. */
  indexInDimension: number;
}

export function flattenQuestions(framework: Framework): QuestionEntry[] {
  const entries: QuestionEntry[] = [];
  for (const section of framework.sections) {
    for (const dimension of section.dimensions) {
      dimension.questions.forEach((question, indexInDimension) => {
        entries.push({ question, dimension, section, index: entries.length, indexInDimension });
      });
    }
  }
  return entries;
}

export const answerKey = (questionId: string, respondentId: string) => `${questionId}|${respondentId}`;

/** What the screen shows for one answer: the saved one, or the change on its way to being saved. */
export type ShownAnswer = Pick<Answer, 'level' | 'na' | 'naReason' | 'note'>;

/** Answered means a level or N/A. */
export const isAnswered = (a: Pick<Answer, 'level' | 'na'> | undefined) => Boolean(a && (a.level !== null || a.na));

export const activeRespondents = (respondents: Respondent[]) =>
  respondents.filter((r) => !r.deletedAt).sort((a, b) => a.position - b.position);

/** Self-assessment: one person, answering for themselves. */
export const isSelfAssessment = (active: Respondent[]) => active.length === 1 && active[0]?.kind === 'self';

/** Bytes as "820 kB" or "3.4 MB", in the interface language's own units. */
export function formatBytes(bytes: number, language: string): string {
  const mb = bytes >= 1024 * 1024;
  const value = mb ? bytes / 1024 / 1024 : Math.max(bytes / 1024, bytes > 0 ? 0.1 : 0);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
