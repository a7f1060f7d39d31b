/**
 * How people appear in the report. Named: "Name (role)". Anonymized: "Respondent 1
 * (role)", and every free text of the report (notes, rationales, owners, discussion) has
 * the respondents' names replaced by those labels: the whole name, and each part of it of
 * three letters or more that starts with a capital (so "Tomás" and "Rivera" go, and so do
 * capitalised words that happen to equal a name part: privacy wins over prose here).
 */
import type { Respondent } from '../../contract/capture-types.ts';
import { cleanLine } from './sanitize.ts';

export interface People {
  /** The label of a respondent in tables: "Name (role)", or "Respondent 1 (role)". */
  label: (respondentId: string) => string;
  /** The short label of a respondent, for charts: "Name", or "Respondent 1". */
  short: (respondentId: string) => string;
  /** Replaces respondents' names in a free text (identity when not anonymized). */
  scrub: (text: string) => string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A pattern for a name as a whole word; CJK names have no word boundaries, so they match anywhere. */
function wordPattern(word: string, flags: string): RegExp {
  if (CJK.test(word)) return new RegExp(escapeRegExp(word), flags);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);
}

export function people(respondents: Respondent[], options: { anonymize: boolean; numbered: (n: number) => string }): People {
  const labels = new Map<string, string>();
  const shorts = new Map<string, string>();
  respondents.forEach((r, i) => {
    const name = cleanLine(r.name);
    const role = cleanLine(r.role);
    const base = options.anonymize ? options.numbered(i + 1) : name;
    labels.set(r.id, role ? `${base} (${role})` : base);
    shorts.set(r.id, base);
  });
  const label = (id: string) => labels.get(id) ?? id;
  const short = (id: string) => shorts.get(id) ?? id;
  if (!options.anonymize) return { label, short, scrub: (text) => text };

  // Longest first, so "Ana Ruiz" is replaced before "Ana".
  const replacements: { pattern: RegExp; by: string }[] = [];
  respondents.forEach((r, i) => {
    const name = cleanLine(r.name);
    if (!name) return;
    const by = options.numbered(i + 1);
    replacements.push({ pattern: wordPattern(name, 'giu'), by });
    for (const part of name.split(/[\s,.'’-]+/)) {
      if ([...part].length >= 3 && /^\p{Lu}/u.test(part) && part !== name) {
        replacements.push({ pattern: wordPattern(part, 'gu'), by });
      }
    }
  });
  replacements.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  return {
    label,
    short,
    scrub: (text) => replacements.reduce((s, { pattern, by }) => s.replace(pattern, by), text),
  };
}
