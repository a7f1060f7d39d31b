/** Every interface string exists in all five languages, and none is left in English. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../electron/contract/framework-schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'assets', 'locales');
type Tree = { [k: string]: string | Tree };
const load = (lang: string): Tree => JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8'));
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );
/** Strings that are the same in every language (the product's name). */
const SAME_EVERYWHERE = new Set(['app.name']);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = flatten(load('en'));

describe.each(LANGUAGES.filter((l) => l !== 'en'))('locale %s', (lang) => {
  const strings = flatten(load(lang));
  it('has exactly the English keys', () => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
  });
  it('translates every string (none equal to the English) and keeps the placeholders', () => {
    const untranslated = Object.keys(en).filter((k) => !SAME_EVERYWHERE.has(k) && strings[k] === en[k]);
    expect(untranslated).toEqual([]);
    for (const [k, v] of Object.entries(en)) expect(placeholders(strings[k] ?? ''), k).toEqual(placeholders(v));
  });
  it('has no empty string', () => {
    expect(Object.entries(strings).filter(([, v]) => !v.trim())).toEqual([]);
  });
});

it('zh-Hant is its own text, not a copy of zh-Hans', () => {
  const hans = flatten(load('zh-Hans'));
  const hant = flatten(load('zh-Hant'));
  const same = Object.keys(en).filter((k) => !SAME_EVERYWHERE.has(k) && hans[k] === hant[k]);
  // Short labels can legitimately coincide; most must differ.
  expect(same.length / Object.keys(en).length).toBeLessThan(0.25);
});
