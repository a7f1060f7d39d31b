/** What a consultant captures in an assessment: the people, their answers, the agreed levels, the settings. */
import type { Assessment } from './assessment-types.ts';
import type { Framework } from './framework-schema.ts';

export const RESPONDENT_KINDS = ['consultant', 'self', 'interviewee'] as const;
export type RespondentKind = (typeof RESPONDENT_KINDS)[number];

export const EVIDENCE_STRENGTHS = ['low', 'medium', 'high'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/** Longest note, N/A reason, rationale or discussion note accepted, in characters. */
export const NOTE_MAX = 20_000;
/** Largest evidence file accepted, in bytes. */
export const EVIDENCE_FILE_MAX_BYTES = 25 * 1024 * 1024;

export interface Respondent {
  id: string;
  name: string;
  role: string;
  kind: RespondentKind;
  position: number;
  deletedAt: string | null;
}

export interface Answer {
  questionId: string;
  respondentId: string;
  level: number | null;
  na: boolean;
  naReason: string;
  note: string;
  updatedAt: string;
}

export interface ConsensusEntry {
  questionId: string;
  level: number | null;
  na: boolean;
  rationale: string;
  updatedAt: string;
}

export interface DimensionSetting {
  dimensionId: string;
  target: number;
  /** 1 low, 2 medium, 3 high. */
  importance: number;
}

export interface KpiBaseline {
  kpiId: string;
  current: number | null;
  target: number | null;
  unit: string;
  source: string;
}

export interface DiscussionNote {
  questionId: string;
  notes: string;
}

export interface Evidence {
  id: string;
  questionId: string;
  kind: 'file' | 'reference';
  name: string;
  location: string;
  strength: EvidenceStrength;
  sha256: string | null;
  size: number | null;
  createdAt: string;
}

/** Everything the capture screens show, in one call. */
export interface Workspace {
  assessment: Assessment;
  framework: Framework;
  respondents: Respondent[];
  answers: Answer[];
  consensus: ConsensusEntry[];
  dimensionSettings: DimensionSetting[];
  kpis: KpiBaseline[];
  discussion: DiscussionNote[];
  evidence: Evidence[];
  actions: Action[];
}

/** Target level of a dimension when the assessment sets none. */
export const DEFAULT_TARGET = 4;
/** Importance of a dimension when the assessment sets none (medium). */
export const DEFAULT_IMPORTANCE = 2 as const;

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_HORIZONS = ['0-3m', '3-12m', '12m+'] as const;
export type ActionHorizon = (typeof ACTION_HORIZONS)[number];

/** One action of the plan (DESIGN.md package fields, plus the links the plan keeps). */
export interface Action {
  id: string;
  title: string;
  description: string;
  dimensionIds: string[];
  owner: string;
  /** YYYY-MM-DD, or '' when not set. */
  due: string;
  status: ActionStatus;
  horizon: ActionHorizon;
  /** 1-3 */
  impact: number;
  /** 1-3 */
  effort: number;
  /** The framework recommendation it came from, if any. */
  recommendationId: string | null;
  /** The framework preparation action it came from, if any. */
  defaultActionId: string | null;
  kpiId: string | null;
  kpiTarget: number | null;
  notes: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}
