/**
 * An assessment and its client, as the API returns them. In their own file so that the
 * capture types can use them without importing api.ts (which imports the capture types).
 */
import type { Language } from './framework-schema.ts';

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
