/**
 * The API contract: one entry per method, each with a zod schema for its input and the
 * type of its result. Both hosts (Electron IPC and the browser host's HTTP) serve exactly
 * this table; the renderer calls it through window.api.
 */
import { z } from 'zod';
import type { Envelope } from './errors.ts';
import { languageSchema, optionalSingleLineText, singleLineText, uuidSchema } from './fields.ts';
import { type Framework, idSchema, LANGUAGES, type Language, type PartialLocalizedText } from './framework-schema.ts';
import type { MethodName } from './method-names.ts';

export const ASSESSMENT_STATUSES = ['draft', 'in-progress', 'complete'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface Client {
  id: string;
  name: string;
  industry: string;
  location: string;
  contactName: string;
  createdAt: string;
  updatedAt: string;
}

export interface Assessment {
  id: string;
  title: string;
  status: AssessmentStatus;
  /** The language the assessment is run and reported in. */
  language: Language;
  client: Client;
  assessorName: string;
  assessorFirm: string;
  frameworkId: string;
  frameworkVersion: string;
  createdAt: string;
  updatedAt: string;
  /** Deleted is a state: set when deleted, cleared when restored. */
  deletedAt: string | null;
}

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

export interface Settings {
  /** The interface language; null until the person (or the first run) chooses one. */
  language: Language | null;
}

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
}

const clientDetails = {
  industry: optionalSingleLineText().optional(),
  location: optionalSingleLineText().optional(),
  contactName: optionalSingleLineText().optional(),
};

/** Marks a method's result type; the value is never used at run time. */
const returns = <T>() => undefined as unknown as T;

export const api = {
  'app.info': { input: z.strictObject({}), result: returns<AppInfo>() },
  'settings.get': { input: z.strictObject({}), result: returns<Settings>() },
  'settings.update': {
    input: z.strictObject({ language: languageSchema.nullable().optional() }),
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
} as const satisfies Record<MethodName, { input: z.ZodType; result: unknown }>;

export type Api = typeof api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodResult<M extends MethodName> = Api[M]['result'];

/** What window.api offers the renderer: one async function per method, plus menu events. */
export type WindowApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Envelope<MethodResult<M>>>;
} & {
  onMenuCommand?: (listener: (command: string) => void) => () => void;
};

export { LANGUAGES };
