/**
 * The one boundary both hosts go through: look up the method, parse its input with the
 * contract's zod schema, run the handler, and wrap the outcome in the typed envelope.
 */
import type { z } from 'zod';
import { api } from '../../contract/api.ts';
import { type ApiErrorBody, AppError, type Envelope } from '../../contract/errors.ts';
import { METHOD_NAMES, type MethodName } from '../../contract/method-names.ts';
import { toStorageError } from '../storage/write-errors.ts';
import type { Handlers } from './handlers.ts';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/** "title: must not be empty" — the field path first, so the message names the field. */
export function describeZodError(error: z.ZodError): ApiErrorBody {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
    // The issue kind and its limit let the interface say the same thing in its own language.
    kind: issue.code,
    ...('maximum' in issue ? { maximum: Number(issue.maximum) } : {}),
    ...('minimum' in issue ? { minimum: Number(issue.minimum) } : {}),
  }));
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return { code: 'VALIDATION', message, details: { issues } };
}

export function createDispatch(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no API method named "${method}".` } };
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (e) {
      const error = toStorageError(e);
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
      }
      log(e);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong inside the app. Nothing already saved was lost; try again.' },
      };
    }
  };
}
