/**
 * Everything one report needs, read once from the services, and the helpers every section
 * writes with: framework text in the report language (English where a custom framework
 * lacks it), user text cleaned for XML, numbers formatted for the language, people named
 * or anonymized.
 */
import type { Assessment } from '../../contract/api.ts';
import type { Action, Answer, ConsensusEntry, DiscussionNote, Evidence, KpiBaseline, Respondent } from '../../contract/capture-types.ts';
import type { Dimension, Framework, Language, PartialLocalizedText, Question } from '../../contract/framework-schema.ts';
import { type DimensionScore, formatPercent, formatScore, type QuestionScore, type ScoreReport } from '../../contract/scores.ts';
import { scoreAssessment } from '../scoring/assessment-scores.ts';
import type { Services } from '../services.ts';
import { type People, people } from './anonymize.ts';
import { fill, type ReportStrings, reportStrings } from './report-strings.ts';
import { cleanLine, cleanText, userText } from './sanitize.ts';

export interface ReportOptions {
  language: Language;
  paper: 'A4' | 'Letter';
  anonymize: boolean;
  includeAppendix: boolean;
  branding?: { firmName?: string; logoPng?: Buffer; accentColor?: string };
  onProgress?: (fraction: number) => void;
  now?: Date;
}

/** The remembered branding (as settings keep it, the logo in base64) in the form the report takes. */
export function brandingForReport(
  branding: { firmName: string; accentColor: string; logoBase64: string } | null | undefined,
): ReportOptions['branding'] {
  if (!branding) return undefined;
  return {
    firmName: branding.firmName,
    accentColor: branding.accentColor,
    logoPng: branding.logoBase64 ? Buffer.from(branding.logoBase64, 'base64') : undefined,
  };
}

export interface ReportContext {
  language: Language;
  options: ReportOptions;
  s: ReportStrings;
  assessment: Assessment;
  framework: Framework;
  scores: ScoreReport;
  respondents: Respondent[];
  answers: Answer[];
  consensus: ConsensusEntry[];
  kpis: KpiBaseline[];
  discussion: DiscussionNote[];
  actions: Action[];
  evidence: Evidence[];
  dimensions: Dimension[];
  dimensionById: Map<string, Dimension>;
  dimensionScore: Map<string, DimensionScore>;
  questionScore: Map<string, QuestionScore>;
  people: People;
  /** Framework text in the report language, English when missing; cleaned. */
  pick: (text: PartialLocalizedText | undefined) => string;
  /** A user's free text: cleaned, names scrubbed when anonymized, long runs broken, optionally shortened. */
  user: (text: string | null | undefined, max?: number) => string;
  /** A user's one-line text (a name, a title): as `user`, on one line. */
  line: (text: string | null | undefined, max?: number) => string;
  fill: (template: string, values: Record<string, string | number>) => string;
  /** "Name: value", with the language's colon ("名前：値" in Chinese and Japanese). */
  labelled: (name: string, value: string) => string;
  score: (n: number | null | undefined) => string;
  percent: (n: number | null | undefined) => string;
  list: (items: string[]) => string;
  date: (d: Date | string) => string;
  levelName: (level: number | null | undefined) => string;
  dimensionTitle: (id: string) => string;
}

/** The plan of the assessment: an error reading it is an error of the report, never "no actions". */
function listActions(services: Pick<Services, 'actions'>, assessmentId: string): Action[] {
  return services.actions.list(assessmentId);
}

export function loadReportContext(services: Services, assessmentId: string, options: ReportOptions): ReportContext {
  const language = options.language;
  const s = reportStrings(language);
  const assessment = services.assessments.get(assessmentId);
  const { framework } = services.scope.readable(assessmentId);
  const scores = scoreAssessment(services, assessmentId);
  const respondents = services.respondents.list(assessmentId).filter((r) => r.deletedAt === null);
  const active = new Set(respondents.map((r) => r.id));
  const dimensions = framework.sections.flatMap((sec) => sec.dimensions);

  const pick = (text: PartialLocalizedText | undefined) => (text ? userText(text[language] ?? text.en) : '');
  const who = people(respondents, { anonymize: options.anonymize, numbered: (n) => fill(s.respondentN, { n }) });
  const user = (text: string | null | undefined, max?: number) => userText(who.scrub(cleanText(text)), max);
  const line = (text: string | null | undefined, max?: number) => userText(who.scrub(cleanLine(text)), max);
  const listFormat = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));

  return {
    language,
    options,
    s,
    assessment,
    framework,
    scores,
    respondents,
    answers: services.answers.list(assessmentId).filter((a) => active.has(a.respondentId)),
    consensus: services.answers.listConsensus(assessmentId),
    kpis: services.settingsOfAssessment.listKpis(assessmentId),
    discussion: services.settingsOfAssessment.listDiscussion(assessmentId),
    actions: listActions(services, assessmentId),
    evidence: services.evidence.list(assessmentId),
    dimensions,
    dimensionById,
    dimensionScore: new Map(scores.dimensions.map((d) => [d.id, d])),
    questionScore: new Map(scores.questions.map((q) => [q.questionId, q])),
    people: who,
    pick,
    user,
    line,
    fill,
    labelled: (name, value) => (language === 'en' || language === 'es' ? `${name}: ${value}` : `${name}：${value}`),
    score: (n) => formatScore(n, language),
    percent: (n) => formatPercent(n, language),
    list: (items) => listFormat.format(items),
    date: (d) => {
      const value = typeof d === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d) : d;
      return Number.isNaN(value.getTime()) ? cleanLine(d) : dateFormat.format(value);
    },
    levelName: (level) => (level ? pick(framework.levels[level - 1]) : ''),
    dimensionTitle: (id) => {
      const d = dimensionById.get(id);
      return d ? pick(d.title) : cleanLine(id);
    },
  };
}

/** The questions of a dimension with their scores. */
export function questionsOf(ctx: ReportContext, dimension: Dimension): { question: Question; score: QuestionScore | undefined }[] {
  return dimension.questions.map((question) => ({ question, score: ctx.questionScore.get(question.id) }));
}
