/** Says an API error in the interface language, falling back to the service's own message. */
import type { TFunction } from 'i18next';
import { ApiCallError } from '../api/client.ts';

interface Issue {
  path: string;
  message: string;
  kind?: string;
  maximum?: number;
}

export function issueText(t: TFunction, issue: Issue): string {
  if (issue.kind === 'too_small') return t('errors.empty');
  if (issue.kind === 'too_big') return t('errors.tooLong', { max: issue.maximum });
  if (issue.kind === 'custom' && /control characters/.test(issue.message)) return t('errors.controlCharacters');
  return issue.message;
}

/** The message for one form field, or undefined when the error is not about it. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  const issues = (error.body.details as { issues?: Issue[] } | undefined)?.issues;
  const issue = issues?.find((i) => i.path === field);
  if (issue) return issueText(t, issue);
  if (error.body.code === 'CONFLICT' && (error.body.details as { field?: string })?.field === field) {
    return t('errors.clientNameTaken');
  }
  return undefined;
}

export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    const known = t(`errors.code.${error.body.code}`, { defaultValue: '' });
    return known ? `${known} ${error.body.message}` : error.body.message;
  }
  return t('errors.unexpected');
}
