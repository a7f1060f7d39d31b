/**
 * Every string that goes into the Word report passes through here first: characters that
 * XML 1.0 forbids (Word refuses the whole file for one of them) are removed, long unbroken
 * runs (URLs, pasted IDs) get break opportunities so they cannot push a table off the
 * page, and long notes are shortened at a word boundary. Emoji and CJK pass through.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 controls but tab, line feed and carriage return (and vertical tab and form feed, handled apart), U+FFFE/U+FFFF, lone surrogates. */
const FORBIDDEN = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');
/** Vertical tab, form feed and the Unicode line and paragraph separators: line breaks. */
const BREAKS = /[\v\f\u2028\u2029]/g;

/** A break opportunity that shows nothing. */
export const ZERO_WIDTH_SPACE = '\u200B';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Makes any value safe text for the document: NFC, line breaks as "\n", vertical tab and
 * form feed (Word's manual line and page breaks) as line breaks, tabs as spaces, and the
 * characters XML 1.0 forbids (C0 controls, U+FFFE/U+FFFF, lone surrogates) and C1
 * controls removed.
 */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return s.replace(FORBIDDEN, '').normalize('NFC').replace(/\r\n?/g, '\n').replace(BREAKS, '\n').replace(/\t/g, ' ');
}

/** cleanText on one line: line breaks become spaces, runs of spaces collapse, trimmed. */
export function cleanLine(value: unknown): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/**
 * Inserts a zero-width space every `every` characters (graphemes, so an emoji or a
 * combining accent is never split) inside runs of more than `every` characters without a
 * space, so that a URL or a 300-character token wraps instead of overflowing its cell.
 */
export function breakLongRuns(text: string, every = 40): string {
  if (text.length <= every) return text;
  return text.replace(/[^\s\u200B]+/g, (run) => {
    if (run.length <= every) return run;
    let out = '';
    let count = 0;
    for (const { segment } of graphemes.segment(run)) {
      if (count === every) {
        out += ZERO_WIDTH_SPACE;
        count = 0;
      }
      out += segment;
      count++;
    }
    return out;
  });
}

/** Shortens text to at most `max` graphemes, at a word boundary when there is one near, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  if (parts.length <= max) return text;
  let cut = parts.slice(0, max).join('');
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > max * 0.6) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:.、，。]+$/u, '')}…`;
}

/** cleanText, then breakLongRuns: what a free-text user string needs before it enters the document. */
export function userText(value: unknown, max?: number): string {
  const clean = cleanText(value).trim();
  return breakLongRuns(max === undefined ? clean : truncate(clean, max));
}
