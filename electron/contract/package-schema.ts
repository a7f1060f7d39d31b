/**
 * The assessment package (.cxa.json): one assessment, self-contained, as it leaves the
 * machine. Documented in docs/package-format.md; JSON Schema in
 * assets/schemas/assessment-package.schema.json (generated from this file). Fields are
 * only ever added, never renamed: people's scripts read these files.
 */
import { z } from 'zod';
import { EVIDENCE_STRENGTHS, NOTE_MAX, RESPONDENT_KINDS } from './capture-types.ts';
import { dueDate, noteText, optionalSingleLineText, singleLineText } from './fields.ts';
import { frameworkSchema, idSchema, LANGUAGES } from './framework-schema.ts';

export const PACKAGE_FORMAT = 'cx-maturity-assessment';
export const PACKAGE_FORMAT_VERSION = 1;

const uuid = z.uuid({ error: 'must be a UUID' });
const levelOrNull = z.number().int().min(1).max(5).nullable();
/** Free text as the app saves it: control characters removed, line breaks kept (as the API does). */
const longText = noteText(NOTE_MAX);
/** A moment in time (ISO 8601), compared as a time, not as text, when merging. */
const timestamp = z.iso.datetime({ offset: true, error: 'must be a date and time such as 2026-11-26T09:00:00Z' });

export const packageSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z
    .number()
    .int()
    .min(1)
    .max(PACKAGE_FORMAT_VERSION, `this app reads package format versions up to ${PACKAGE_FORMAT_VERSION}`),
  exportedAt: z.string().optional(),
  exportedBy: z.strictObject({ app: z.string(), version: z.string() }).optional(),
  /** Set on a respondent kit: the one respondent it was made for. */
  kit: z.strictObject({ respondentId: uuid, respondentName: z.string() }).optional(),
  framework: z.strictObject({
    id: idSchema,
    version: z.string().min(1).max(64),
    /** The whole framework, embedded when it is a custom one. */
    definition: frameworkSchema.optional(),
  }),
  assessment: z.strictObject({
    id: uuid,
    title: singleLineText(),
    status: z.enum(['draft', 'in-progress', 'complete']).default('in-progress'),
    language: z.enum(LANGUAGES),
    createdAt: timestamp.optional(),
    updatedAt: timestamp.optional(),
    client: z.strictObject({
      name: singleLineText(),
      industry: optionalSingleLineText().optional(),
      location: optionalSingleLineText().optional(),
      contactName: optionalSingleLineText().optional(),
    }),
    assessor: z.strictObject({ name: optionalSingleLineText(), firm: optionalSingleLineText() }).optional(),
    respondents: z.array(
      z.strictObject({
        id: uuid,
        name: singleLineText(),
        role: optionalSingleLineText(),
        kind: z.enum(RESPONDENT_KINDS),
        removedAt: timestamp.nullable().optional(),
      }),
    ),
    answers: z.array(
      z.strictObject({
        questionId: idSchema,
        respondentId: uuid,
        level: levelOrNull,
        na: z.boolean(),
        naReason: longText.optional(),
        note: longText.optional(),
        /** When the answer was last changed: a merge keeps the newer one. */
        updatedAt: timestamp.optional(),
      }),
    ),
    consensus: z.array(
      z.strictObject({
        questionId: idSchema,
        level: levelOrNull,
        na: z.boolean(),
        rationale: longText.optional(),
        updatedAt: timestamp.optional(),
      }),
    ),
    dimensionSettings: z.array(
      z.strictObject({ dimensionId: idSchema, target: z.number().int().min(1).max(5), importance: z.number().int().min(1).max(3) }),
    ),
    actions: z
      .array(
        z.strictObject({
          id: uuid,
          title: singleLineText(),
          description: longText.optional(),
          dimensionIds: z.array(idSchema),
          owner: optionalSingleLineText(),
          due: dueDate,
          status: z.enum(['not-started', 'in-progress', 'done', 'blocked']),
          horizon: z.enum(['0-3m', '3-12m', '12m+']),
          impact: z.number().int().min(1).max(3),
          effort: z.number().int().min(1).max(3),
          recommendationId: idSchema.nullable().optional(),
          defaultActionId: idSchema.nullable().optional(),
          kpiId: idSchema.nullable().optional(),
          kpiTarget: z.number().finite().nullable().optional(),
          notes: longText.optional(),
        }),
      )
      .default([]),
    kpis: z
      .array(
        z.strictObject({
          kpiId: idSchema,
          current: z.number().finite().nullable(),
          target: z.number().finite().nullable(),
          unit: optionalSingleLineText(40),
          source: z.string().max(2000),
        }),
      )
      .default([]),
    discussion: z.array(z.strictObject({ questionId: idSchema, notes: longText })).default([]),
    evidence: z
      .array(
        z.strictObject({
          id: uuid,
          questionId: idSchema,
          kind: z.enum(['file', 'reference']),
          name: singleLineText(255),
          location: optionalSingleLineText(1000),
          strength: z.enum(EVIDENCE_STRENGTHS),
          sha256: z.string().nullable(),
          size: z.number().int().nonnegative().nullable(),
        }),
      )
      .default([]),
  }),
});

export type AssessmentPackage = z.infer<typeof packageSchema>;
