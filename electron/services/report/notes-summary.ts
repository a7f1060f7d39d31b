/**
 * A short summary of what people said about a dimension: its answers' notes and the
 * consensus rationales, without repeats (the same sentence from three interviews shows
 * once; a note contained in a longer one gives way to it), shortened, longest-informative
 * first.
 */

const key = (s: string) =>
  s
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s\u200B]+/g, ' ')
    .replace(/[.。!！?？]+$/u, '')
    .trim();

export interface NotesSummary {
  shown: string[];
  /** Distinct notes left out. */
  more: number;
}

/** Distinct notes, in first-seen order, a note contained in another dropped. */
export function distinctNotes(notes: string[]): string[] {
  const seen: { key: string; text: string }[] = [];
  for (const raw of notes) {
    const text = raw.trim();
    if (!text) continue;
    const k = key(text);
    if (!k) continue;
    if (seen.some((s) => s.key.includes(k))) continue;
    for (let i = seen.length - 1; i >= 0; i--) if (k.includes((seen[i] as { key: string }).key)) seen.splice(i, 1);
    seen.push({ key: k, text });
  }
  return seen.map((s) => s.text);
}

/** At most `limit` distinct notes, each shortened by the caller's `shorten`. */
export function summarizeNotes(notes: string[], limit: number, shorten: (s: string) => string): NotesSummary {
  const distinct = distinctNotes(notes);
  return { shown: distinct.slice(0, limit).map(shorten), more: Math.max(0, distinct.length - limit) };
}
