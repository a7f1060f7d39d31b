/**
 * The assessment framework as data: the zod schema every framework file is checked
 * against (the shipped one and any a consultant imports). The JSON Schema published in
 * assets/schemas/framework.schema.json is generated from this file.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'es', 'ja', 'zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

const text = z.string().trim().min(1, 'must not be empty');

/** A text a person reads, in every language of the product. */
export const localizedTextSchema = z.strictObject({
  en: text,
  es: text,
  ja: text,
  'zh-Hans': text,
  'zh-Hant': text,
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A custom framework may give only English; the other languages then fall back to
 * English, shown with a marker. Unknown language keys are refused (strictObject).
 */
export const partialLocalizedTextSchema = z.strictObject({
  en: text,
  es: text.optional(),
  ja: text.optional(),
  'zh-Hans': text.optional(),
  'zh-Hant': text.optional(),
});
export type PartialLocalizedText = z.infer<typeof partialLocalizedTextSchema>;

export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'must be lower-case letters, digits, "." or "-" (at most 64)');

export const HORIZONS = ['0-3m', '3-12m', '12m+'] as const;
export const horizonSchema = z.enum(HORIZONS);
export const LEVEL_BANDS = ['1-2', '3', '4-5'] as const;
export const levelBandSchema = z.enum(LEVEL_BANDS);
const oneToThree = z.number().int().min(1).max(3);
const weightSchema = z.number().positive().max(100).default(1);

function frameworkShape<T extends z.ZodType>(t: T) {
  const fiveLevels = z.array(t).length(5, 'expected exactly 5 items');
  const question = z.strictObject({
    id: idSchema,
    text: t,
    help: t,
    levels: fiveLevels,
    evidence: z.array(t).min(1),
    weight: weightSchema,
    sources: z.array(idSchema).min(1),
  });
  const dimension = z.strictObject({
    id: idSchema,
    title: t,
    description: t,
    weight: weightSchema,
    questions: z.array(question).min(1).max(8),
  });
  const section = z.strictObject({
    id: idSchema,
    title: t,
    description: t.optional(),
    dimensions: z.array(dimension).min(1),
  });
  const recommendation = z.strictObject({
    id: idSchema,
    dimensionId: idSchema,
    band: levelBandSchema,
    title: t,
    description: t,
    horizon: horizonSchema,
    impact: oneToThree,
    effort: oneToThree,
  });
  const discussionQuestion = z.strictObject({ id: idSchema, text: t, sources: z.array(idSchema) });
  const defaultAction = z.strictObject({
    id: idSchema,
    title: t,
    description: t,
    /** The role the action is usually assigned to, e.g. "Contact-centre manager". */
    assignedTo: t,
    /** Suggested due date, in days after the assessment starts. */
    dueInDays: z.number().int().min(0).max(3650),
    horizon: horizonSchema,
    dimensionIds: z.array(idSchema),
  });
  const kpi = z.strictObject({
    id: idSchema,
    name: t,
    description: t,
    unit: z.enum(['percent', 'seconds', 'minutes', 'score', 'count', 'ratio']),
    higherIsBetter: z.boolean(),
    sources: z.array(idSchema),
  });
  const source = z.strictObject({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().min(1),
    author: z.string().optional(),
    language: z.string().min(2),
    /** What the framework takes from it. */
    contributes: t.optional(),
  });
  const coverage = z.strictObject({
    practice: idSchema,
    title: t,
    sources: z.array(idSchema).min(1),
    questions: z.array(idSchema).min(1),
  });
  return z.strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as 1.0.0'),
    title: t,
    description: t.optional(),
    levels: fiveLevels,
    /** What each level means in general, for the methodology section of the report. */
    levelDescriptions: fiveLevels.optional(),
    sections: z.array(section).min(1),
    recommendations: z.array(recommendation).default([]),
    discussionQuestions: z.array(discussionQuestion).default([]),
    defaultActions: z.array(defaultAction).default([]),
    kpis: z.array(kpi).default([]),
    sources: z.array(source).default([]),
    coverage: z.array(coverage).default([]),
  });
}

/** The shipped framework: every text complete in all five languages. */
export const completeFrameworkSchema = frameworkShape(localizedTextSchema);
/** An imported framework: English required, other languages optional. */
export const frameworkSchema = frameworkShape(partialLocalizedTextSchema);

export type Framework = z.infer<typeof frameworkSchema>;
export type Section = Framework['sections'][number];
export type Dimension = Section['dimensions'][number];
export type Question = Dimension['questions'][number];
export type Recommendation = Framework['recommendations'][number];
export type Kpi = Framework['kpis'][number];
