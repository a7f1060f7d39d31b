/**
 * Checks one framework part written while authoring the content (one dimension with its
 * recommendations and practice coverage): `npx tsx scripts/check-framework-part.ts part.json`.
 * Part shape: { sectionId, dimension, recommendations, practices: { practiceId: [questionIds] } }
 */
import { readFileSync } from 'node:fs';
import { completeFrameworkSchema, LANGUAGES } from '../electron/contract/framework-schema.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: check-framework-part.ts part.json');
const part = JSON.parse(readFileSync(file, 'utf8'));
const L = (s: string) => Object.fromEntries(LANGUAGES.map((l) => [l, `${s} ${l}`]));
const wrapped = {
  id: 'check',
  version: '1.0.0',
  title: L('t'),
  levels: [1, 2, 3, 4, 5].map((n) => L(String(n))),
  sections: [{ id: part.sectionId, title: L('s'), dimensions: [part.dimension] }],
  recommendations: part.recommendations,
};
const result = completeFrameworkSchema.safeParse(wrapped);
const problems: string[] = [];
if (!result.success) {
  for (const issue of result.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
}
const dim = part.dimension;
const qs: { id: string }[] = dim?.questions ?? [];
if (qs.length < 4 || qs.length > 8) problems.push(`dimension has ${qs.length} questions; 4-8 required`);
const ids = new Set<string>();
for (const q of qs) {
  if (ids.has(q.id)) problems.push(`duplicate question id ${q.id}`);
  ids.add(q.id);
}
// Every non-English text must differ from the English one (no untranslated copies).
function walk(v: unknown, path: string) {
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.ja === 'string') {
      for (const l of LANGUAGES.slice(1)) if (o[l] === o.en) problems.push(`${path}.${l} equals English`);
      if (o['zh-Hans'] === o['zh-Hant']) problems.push(`${path}: zh-Hant equals zh-Hans`);
    } else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  }
}
walk(part, 'part');
const bands = new Set((part.recommendations ?? []).map((r: { band: string }) => r.band));
for (const b of ['1-2', '3', '4-5']) if (!bands.has(b)) problems.push(`no recommendation for band ${b}`);
for (const r of part.recommendations ?? []) if (r.dimensionId !== dim?.id) problems.push(`recommendation ${r.id} dimensionId mismatch`);
for (const [p, list] of Object.entries(part.practices ?? {}))
  for (const q of list as string[]) if (!ids.has(q)) problems.push(`practice ${p} names unknown question ${q}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`ok: ${dim.id}, ${qs.length} questions, ${part.recommendations.length} recommendations`);
