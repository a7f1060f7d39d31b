/**
 * The API contract: one entry per method, each with a zod schema for its input and the
 * type of its result. Both hosts (Electron IPC and the browser host's HTTP) serve exactly
 * this table; the renderer calls it through window.api.
 */
import { z } from 'zod';
import type { Assessment, AssessmentStatus, Client } from './assessment-types.ts';
import {
  ACTION_HORIZONS,
  ACTION_STATUSES,
  type Action,
  type Answer,
  type ConsensusEntry,
  type DimensionSetting,
  type DiscussionNote,
  EVIDENCE_FILE_MAX_BYTES,
  EVIDENCE_STRENGTHS,
  type Evidence,
  type KpiBaseline,
  NOTE_MAX,
  RESPONDENT_KINDS,
  type Respondent,
  type Workspace,
} from './capture-types.ts';
import type { Envelope } from './errors.ts';
import { dueDate, languageSchema, noteText, optionalSingleLineText, singleLineText, uuidSchema } from './fields.ts';
import { type Framework, idSchema, LANGUAGES, type Language, type PartialLocalizedText } from './framework-schema.ts';
import type { MethodName } from './method-names.ts';
import type { ScoreReport } from './scores.ts';

export { ASSESSMENT_STATUSES, type Assessment, type AssessmentStatus, type Client } from './assessment-types.ts';

export interface AssessmentSummary {
  id: string;
  title: string;
  status: AssessmentStatus;
  language: Language;
  clientId: string;
  clientName: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface ReportBranding {
  firmName: string;
  /** #RRGGBB */
  accentColor: string;
  /** A PNG logo, base64; '' for none. */
  logoBase64: string;
}

export interface Settings {
  /** The interface language; null until the person (or the first run) chooses one. */
  language: Language | null;
  /** The report branding last used, remembered for the next report. */
  branding: ReportBranding | null;
}

/** Paper size a report defaults to in each language (Letter where the US and Latin America expect it). */
export function defaultPaper(language: Language): 'A4' | 'Letter' {
  return language === 'en' || language === 'es' ? 'Letter' : 'A4';
}

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export interface FrameworkSummary {
  id: string;
  version: string;
  title: PartialLocalizedText;
  builtIn: boolean;
  sectionCount: number;
  dimensionCount: number;
  questionCount: number;
  /** Languages in which every text is given; the others fall back to English, marked. */
  completeLanguages: Language[];
  importedAt: string | null;
}

export interface FrameworkValidation {
  ok: boolean;
  problems: { path: string; message: string }[];
  summary: FrameworkSummary | null;
}

/** Largest framework file accepted, in characters of JSON text. */
export const FRAMEWORK_MAX_CHARS = 5 * 1024 * 1024;
const frameworkText = z.string().max(FRAMEWORK_MAX_CHARS, 'the framework file must be at most 5 MB');

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  databasePath: string;
  languages: readonly Language[];
  /** Set when the database was found damaged on start: where it was moved, which backup came back. */
  recovery: { movedTo: string; restoredFrom: string | null } | null;
}

export interface BackupInfo {
  name: string;
  size: number;
  createdAt: string;
  reason: string;
}

const clientDetails = {
  industry: optionalSingleLineText().optional(),
  location: optionalSingleLineText().optional(),
  contactName: optionalSingleLineText().optional(),
};

const level = z
  .number({ error: 'must be a level from 1 to 5' })
  .int('must be a whole level from 1 to 5')
  .min(1, 'must be a level from 1 to 5')
  .max(5, 'must be a level from 1 to 5');
const questionRef = { assessmentId: uuidSchema, questionId: idSchema };
const finiteOrNull = z.number({ error: 'must be a number' }).finite().nullable();
/** Base64 of at most EVIDENCE_FILE_MAX_BYTES bytes. */
const base64File = z
  .string()
  .max(Math.ceil(EVIDENCE_FILE_MAX_BYTES / 3) * 4, `the file must be at most ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

const oneToThree = z
  .number({ error: 'must be 1, 2 or 3' })
  .int('must be 1, 2 or 3')
  .min(1, 'must be 1, 2 or 3')
  .max(3, 'must be 1, 2 or 3');
const actionFields = {
  title: singleLineText(),
  description: noteText(NOTE_MAX),
  dimensionIds: z.array(idSchema).max(50),
  owner: optionalSingleLineText(),
  due: dueDate,
  status: z.enum(ACTION_STATUSES),
  horizon: z.enum(ACTION_HORIZONS),
  impact: oneToThree,
  effort: oneToThree,
  kpiId: idSchema.nullable(),
  kpiTarget: z.number().finite().nullable(),
  notes: noteText(NOTE_MAX),
};

export const CSV_KINDS = ['answers', 'scores', 'actions'] as const;

/** An assessment package (.cxa.json) as text, as a person chose it. */
export const PACKAGE_MAX_CHARS = 50 * 1024 * 1024;

export interface MergeConflict {
  kind: 'answer' | 'consensus' | 'kpi' | 'discussion' | 'target' | 'respondent' | 'action' | 'evidence';
  questionId?: string;
  respondentId?: string;
  itemId?: string;
  /** What the app keeps, and what the package said, in a few words each. */
  local: string;
  incoming: string;
}

export interface MergeReport {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: MergeConflict[];
}

/** One side of an import conflict: the assessment here, or the one in the package. */
export interface ConflictSide {
  id: string;
  title: string;
  client: string;
  /** Last change (the package's own stamp for the incoming side; null when it has none). */
  updatedAt: string | null;
  answers: number;
  deleted: boolean;
}

export interface ImportOutcome {
  assessment: Assessment;
  outcome: 'imported' | 'replaced' | 'copied' | 'merged';
  merge: MergeReport | null;
  /** What was brought into the shape the app saves (each with the path in the package). */
  adjustments: string[];
  /** On replace: the assessment that was here, now in the Deleted list under a new id. */
  replaced: ConflictSide | null;
}

export interface ExportedPackage {
  fileName: string;
  content: string;
}

const brandingSchema = z.strictObject({
  firmName: optionalSingleLineText(),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #1F4E79'),
  logoBase64: z
    .string()
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, 'the logo must be at most 2 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be a PNG image'),
});

/** Marks a method's result type; the value is never used at run time. */
const returns = <T>() => undefined as unknown as T;

export const api = {
  'app.info': { input: z.strictObject({}), result: returns<AppInfo>() },
  'settings.get': { input: z.strictObject({}), result: returns<Settings>() },
  'settings.update': {
    input: z.strictObject({ language: languageSchema.nullable().optional(), branding: brandingSchema.optional() }),
    result: returns<Settings>(),
  },
  'clients.list': { input: z.strictObject({}), result: returns<Client[]>() },
  'clients.create': {
    input: z.strictObject({ name: singleLineText(), ...clientDetails }),
    result: returns<Client>(),
  },
  'clients.update': {
    input: z.strictObject({ id: uuidSchema, name: singleLineText().optional(), ...clientDetails }),
    result: returns<Client>(),
  },
  'assessments.list': {
    input: z.strictObject({
      search: z.string().max(200, 'must be at most 200 characters').optional(),
      deleted: z.boolean().optional(),
    }),
    result: returns<AssessmentSummary[]>(),
  },
  'assessments.get': { input: z.strictObject({ id: uuidSchema }), result: returns<Assessment>() },
  'assessments.create': {
    input: z.strictObject({
      clientName: singleLineText(),
      title: singleLineText(),
      language: languageSchema,
      assessorName: optionalSingleLineText(),
      assessorFirm: optionalSingleLineText(),
      framework: z.strictObject({ id: idSchema, version: z.string().max(64).optional() }).optional(),
    }),
    result: returns<Assessment>(),
  },
  'assessments.rename': {
    input: z.strictObject({ id: uuidSchema, title: singleLineText() }),
    result: returns<Assessment>(),
  },
  'assessments.delete': { input: z.strictObject({ id: uuidSchema }), result: returns<Assessment>() },
  'assessments.restore': { input: z.strictObject({ id: uuidSchema }), result: returns<Assessment>() },
  'frameworks.list': { input: z.strictObject({}), result: returns<FrameworkSummary[]>() },
  'frameworks.get': {
    input: z.strictObject({ id: idSchema, version: z.string().max(64).optional() }),
    result: returns<Framework>(),
  },
  'frameworks.validate': { input: z.strictObject({ content: frameworkText }), result: returns<FrameworkValidation>() },
  'frameworks.import': { input: z.strictObject({ content: frameworkText }), result: returns<FrameworkSummary>() },
  'capture.get': { input: z.strictObject({ assessmentId: uuidSchema }), result: returns<Workspace>() },
  'respondents.add': {
    input: z.strictObject({
      assessmentId: uuidSchema,
      name: singleLineText(),
      role: optionalSingleLineText().optional(),
      kind: z.enum(RESPONDENT_KINDS),
    }),
    result: returns<Respondent>(),
  },
  'respondents.update': {
    input: z.strictObject({
      id: uuidSchema,
      name: singleLineText().optional(),
      role: optionalSingleLineText().optional(),
      kind: z.enum(RESPONDENT_KINDS).optional(),
    }),
    result: returns<Respondent>(),
  },
  'respondents.remove': { input: z.strictObject({ id: uuidSchema }), result: returns<Respondent>() },
  'respondents.restore': { input: z.strictObject({ id: uuidSchema }), result: returns<Respondent>() },
  'answers.set': {
    input: z.strictObject({
      ...questionRef,
      respondentId: uuidSchema,
      /** A level clears N/A; null clears the level. */
      level: level.nullable().optional(),
      /** true marks N/A (with a reason) and clears the level. */
      na: z.boolean().optional(),
      naReason: noteText(NOTE_MAX).optional(),
      note: noteText(NOTE_MAX).optional(),
    }),
    result: returns<Answer>(),
  },
  'consensus.set': {
    input: z.strictObject({
      ...questionRef,
      level: level.nullable().optional(),
      na: z.boolean().optional(),
      rationale: noteText(NOTE_MAX).optional(),
    }),
    result: returns<ConsensusEntry | null>(),
  },
  'dimensions.set': {
    input: z.strictObject({
      assessmentId: uuidSchema,
      dimensionId: idSchema,
      target: level.optional(),
      importance: z
        .number()
        .int()
        .min(1, 'must be 1 (low), 2 (medium) or 3 (high)')
        .max(3, 'must be 1 (low), 2 (medium) or 3 (high)')
        .optional(),
    }),
    result: returns<DimensionSetting>(),
  },
  'kpis.set': {
    input: z.strictObject({
      assessmentId: uuidSchema,
      kpiId: idSchema,
      current: finiteOrNull.optional(),
      target: finiteOrNull.optional(),
      unit: optionalSingleLineText(40).optional(),
      source: noteText(2000).optional(),
    }),
    result: returns<KpiBaseline>(),
  },
  'discussion.set': {
    input: z.strictObject({ ...questionRef, notes: noteText(NOTE_MAX) }),
    result: returns<DiscussionNote>(),
  },
  'evidence.addReference': {
    input: z.strictObject({
      ...questionRef,
      name: singleLineText(),
      location: optionalSingleLineText(1000).optional(),
      strength: z.enum(EVIDENCE_STRENGTHS),
    }),
    result: returns<Evidence>(),
  },
  'evidence.addFile': {
    input: z.strictObject({
      ...questionRef,
      fileName: singleLineText(255),
      contentBase64: base64File,
      strength: z.enum(EVIDENCE_STRENGTHS),
    }),
    result: returns<Evidence>(),
  },
  'evidence.update': {
    input: z.strictObject({
      id: uuidSchema,
      name: singleLineText().optional(),
      location: optionalSingleLineText(1000).optional(),
      strength: z.enum(EVIDENCE_STRENGTHS).optional(),
    }),
    result: returns<Evidence>(),
  },
  'evidence.remove': { input: z.strictObject({ id: uuidSchema }), result: returns<Evidence>() },
  'packages.export': { input: z.strictObject({ assessmentId: uuidSchema }), result: returns<ExportedPackage>() },
  'packages.import': {
    input: z.strictObject({
      content: z.string().max(PACKAGE_MAX_CHARS, 'the package must be at most 50 MB'),
      onConflict: z.enum(['replace', 'keep-both', 'merge']).optional(),
    }),
    result: returns<ImportOutcome>(),
  },
  'packages.exportKit': {
    input: z.strictObject({ assessmentId: uuidSchema, respondentId: uuidSchema }),
    result: returns<ExportedPackage>(),
  },
  'samples.openDemo': { input: z.strictObject({}), result: returns<Assessment>() },
  'scores.get': { input: z.strictObject({ assessmentId: uuidSchema }), result: returns<ScoreReport>() },
  'actions.create': {
    input: z
      .strictObject({ assessmentId: uuidSchema, ...actionFields, title: singleLineText() })
      .partial()
      .required({ assessmentId: true, title: true }),
    result: returns<Action>(),
  },
  'actions.fromRecommendation': {
    input: z.strictObject({ assessmentId: uuidSchema, recommendationId: idSchema }),
    result: returns<Action>(),
  },
  'actions.update': {
    input: z
      .strictObject({ id: uuidSchema, ...actionFields })
      .partial()
      .required({ id: true }),
    result: returns<Action>(),
  },
  'actions.remove': { input: z.strictObject({ id: uuidSchema }), result: returns<Action>() },
  'actions.restore': { input: z.strictObject({ id: uuidSchema }), result: returns<Action>() },
  'reports.create': {
    input: z.strictObject({
      assessmentId: uuidSchema,
      language: languageSchema,
      paper: z.enum(['A4', 'Letter']),
      anonymize: z.boolean(),
      includeAppendix: z.boolean(),
      branding: brandingSchema.optional(),
    }),
    result: returns<{ fileName: string; contentBase64: string }>(),
  },
  'backups.list': { input: z.strictObject({}), result: returns<BackupInfo[]>() },
  'backups.create': { input: z.strictObject({}), result: returns<BackupInfo>() },
  'backups.restore': {
    input: z.strictObject({ name: z.string().regex(/^cx-maturity-[\w-]+\.sqlite$/, 'must be the name of a backup in the list') }),
    result: returns<{ restoredFrom: string; safetyBackup: string }>(),
  },
  'exports.csv': {
    input: z.strictObject({ assessmentId: uuidSchema, kind: z.enum(CSV_KINDS), language: languageSchema }),
    result: returns<ExportedPackage>(),
  },
} as const satisfies Record<MethodName, { input: z.ZodType; result: unknown }>;

export type Api = typeof api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodResult<M extends MethodName> = Api[M]['result'];

/** What window.api offers the renderer: one async function per method, plus menu events. */
export type WindowApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Envelope<MethodResult<M>>>;
} & {
  /**
   * Commands from the native menu and the system (Electron only). 'import-file' carries
   * `{ name, content?, error? }`: a package the app was asked to open.
   */
  onMenuCommand?: (listener: (command: string, payload?: unknown) => void) => () => void;
};

export { LANGUAGES };
