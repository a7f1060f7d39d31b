/** Field schemas shared by the contract's inputs: what a valid name, title or id is. */
import { z } from 'zod';
import { languageSchema } from './framework-schema.ts';

// C0 and C1 control characters (tab and newline included): never valid in a one-line name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/;

export const NAME_MAX = 200;

/** "is required" when the field is missing, "must be text" when it is something else. */
const textError = (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : 'must be text');

/** A one-line name shown to people: trimmed, 1..max characters, no control characters. */
export function singleLineText(max = NAME_MAX) {
  return z
    .string({ error: textError })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(max, `must be at most ${max} characters`)
        .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters (such as tabs or line breaks)'),
    );
}

/** Like singleLineText but may be empty (an optional detail such as an industry). */
export function optionalSingleLineText(max = NAME_MAX) {
  return z
    .string({ error: textError })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(max, `must be at most ${max} characters`)
        .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters (such as tabs or line breaks)'),
    );
}

export const uuidSchema = z.uuid({ error: 'must be an id (UUID)' });

export { languageSchema };

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const NOTE_STRIP = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Multi-line free text (notes, reasons, rationales): line breaks and tabs kept, vertical
 * tab and form feed (Word's manual line and page breaks) turned into line breaks, other
 * control characters removed, so a pasted note always saves and always exports cleanly.
 */
export function noteText(max: number) {
  return z
    .string({ error: textError })
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        // biome-ignore lint/suspicious/noControlCharactersInRegex: Word's line and page breaks become line breaks
        .replace(/[\u000B\u000C]/g, '\n')
        .replace(NOTE_STRIP, ''),
    )
    .pipe(z.string().max(max, `must be at most ${max.toLocaleString('en')} characters`));
}

/** A calendar date as YYYY-MM-DD that exists (no 0000-00-00, no 30 February), or '' for none. */
export const dueDate = z
  .string()
  .refine(
    (s) =>
      s === '' ||
      (/^\d{4}-\d{2}-\d{2}$/.test(s) &&
        !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
    'must be a date YYYY-MM-DD',
  );
