/**
 * Fuzz test of the package import: 1,000 packages mutated from valid ones with a seeded PRNG
 * (fields removed, wrong types, 100k-character strings, invalid UTF-8, truncated files,
 * duplicate and foreign ids, out-of-range levels, unknown question ids, framework changes,
 * random JSON), each passed to dispatch('packages.import', { content }) on a database that
 * already holds one other assessment. Each must be either
 *  - imported completely: the assessment exists and can be opened, with exactly the
 *    package's answers (count and content), respondents, consensus, actions, evidence, KPIs,
 *    discussion notes and targets, and nothing else in the database changed; or
 *  - rejected with an error envelope whose message is non-empty and says "not imported" or
 *    names a path, and the database CONTENT unchanged: a canonical dump of every table
 *    (SELECT * ORDER BY every column) is compared before and after. The file bytes are not
 *    compared: in WAL mode a rolled-back transaction can still leave pages in the -wal file
 *    and a checkpoint can rewrite the main file without changing any row, and every import
 *    first writes a backup (VACUUM INTO) beside the database.
 *
 * After a successful import the rows it added (rowid above the baseline's) are removed by
 * the test, and the dump must then equal the baseline again, so every package meets the same
 * database: one other assessment (on an imported custom framework, which the packages of the
 * second base use too).
 */
import { readFileSync } from 'node:fs';
import type { Statement } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customFramework, customFrameworkText } from '../support/framework-fixture.ts';
import { random } from '../support/synthetic-assessment.ts';
import { openTestContext } from '../support/test-context.ts';

const COUNT = 1000;
const SEED = 20261126;

type Ctx = ReturnType<typeof openTestContext>;
type Rand = () => number;
type Path = (string | number)[];

const demoText = readFileSync(new URL('../../assets/samples/demo.cxa.json', import.meta.url), 'utf8');
const builtInText = readFileSync(new URL('../../assets/frameworks/cx-ces-digital.json', import.meta.url), 'utf8');

// ---------------------------------------------------------------------------------------
// The database, canonically

/**
 * Statements of the test itself, prepared once. Preparing them afresh in each of the 1,000
 * rounds (better-sqlite3 keeps a statement until the garbage collector finalizes it) made
 * each import's backup (VACUUM INTO) slower round after round: measured 2 ms at the start,
 * 35 ms after 750 rounds, 20 s in all instead of about 8 s. Why exactly was not pinned
 * down; the app itself prepares its statements once.
 */
const statements = new Map<string, Statement>();
function sql(ctx: Ctx, text: string): Statement {
  let statement = statements.get(text);
  if (!statement) {
    statement = ctx.db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

function tableNames(ctx: Ctx): string[] {
  return sql(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

/** Every row of every table, ordered by all its columns: equal dumps mean equal content. */
function dump(ctx: Ctx): string {
  const parts: string[] = [];
  for (const table of tableNames(ctx)) {
    const columns = sql(ctx, 'SELECT COUNT(*) FROM pragma_table_info(?)').pluck().get(table) as number;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    const rows = sql(ctx, `SELECT * FROM "${table}" ORDER BY ${order}`).raw().all();
    parts.push(`${table}\t${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}

function maxRowids(ctx: Ctx): Map<string, number> {
  const out = new Map<string, number>();
  for (const table of tableNames(ctx)) {
    if (table.startsWith('sqlite_')) continue;
    out.set(table, Number(sql(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM "${table}"`).pluck().get()));
  }
  return out;
}

/** Removes what a successful import added (rows newer than the baseline), by the test, not the app. */
function removeAddedRows(ctx: Ctx, baseline: Map<string, number>) {
  ctx.db.pragma('foreign_keys = OFF');
  try {
    ctx.db.transaction(() => {
      for (const [table, max] of baseline) sql(ctx, `DELETE FROM "${table}" WHERE rowid > ?`).run(max);
    })();
  } finally {
    ctx.db.pragma('foreign_keys = ON');
  }
}

/** The first table whose rows differ, for the report. */
function firstDifference(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? b[i] ?? '').split('\t')[0] ?? '?';
  }
  return '(none)';
}

// ---------------------------------------------------------------------------------------
// Mutations

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const clone = <T>(v: T): T => structuredClone(v);

function uuid(rand: Rand): string {
  const hex = Array.from({ length: 32 }, () => int(rand, 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Every path to a value inside `root` (not the root itself). */
function allPaths(root: unknown): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    if (path.length) out.push(path);
  };
  walk(root, []);
  return out;
}

function parentOf(root: any, path: Path): any {
  let v = root;
  for (const p of path.slice(0, -1)) v = v?.[p];
  return v;
}

function setAt(root: any, path: Path, value: unknown) {
  const parent = parentOf(root, path);
  if (parent && typeof parent === 'object') parent[path[path.length - 1] as string] = value;
}

function deleteAt(root: any, path: Path) {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (parent && typeof parent === 'object') delete parent[key as string];
}

const HUGE = 100_000;
function hugeString(rand: Rand): string {
  return pick(rand, [
    () => 'x'.repeat(HUGE),
    () => '顧客'.repeat(HUGE / 2),
    () => '🚀'.repeat(HUGE / 2), // 100k UTF-16 code units
    () => `${'a'.repeat(HUGE - 1)}\u0000`,
    () => '\ud800'.repeat(HUGE), // lone surrogates
  ])();
}

function oddString(rand: Rand): string {
  return pick(rand, [
    '',
    ' ',
    '\t\n',
    '\u0000',
    '\ud800',
    '\udfff\ud800',
    '\u202eevil',
    'Robert"); DROP TABLE answers;--',
    '<script>alert(1)</script>',
    '👩‍👩‍👧‍👦',
    'e\u0301',
    '\uFEFF',
    '9999-99-99',
    '2026-02-30',
    'null',
    'NaN',
  ]);
}

function randomJson(rand: Rand, depth = 0): unknown {
  const r = rand();
  if (depth > 4 || r < 0.3) {
    return pick(rand, [
      () => null,
      () => rand() < 0.5,
      () => int(rand, 10) - 2,
      () => (rand() - 0.5) * 1e12,
      () => pick(rand, [0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1]),
      () => oddString(rand),
      () => uuid(rand),
      () => pick(rand, ['seg.01', 'bci.01', 'cx-ces-digital', '1.0.0', 'en', 'interviewee', 'draft']),
    ])();
  }
  if (r < 0.6) return Array.from({ length: int(rand, 5) }, () => randomJson(rand, depth + 1));
  const keys = ['format', 'formatVersion', 'framework', 'assessment', 'answers', 'respondents', 'id', 'level', 'title', 'x', '__proto__'];
  const out: Record<string, unknown> = {};
  for (let i = int(rand, 6); i > 0; i--) out[pick(rand, keys)] = randomJson(rand, depth + 1);
  return out;
}

interface Other {
  assessmentId: string;
  respondentIds: string[];
  actionIds: string[];
  evidenceIds: string[];
}

type JsonMutation = (pkg: any, rand: Rand, other: Other) => void;

const arrays = ['respondents', 'answers', 'consensus', 'dimensionSettings', 'actions', 'kpis', 'discussion', 'evidence'] as const;
const someArray = (pkg: any, rand: Rand): any[] | null => {
  const name = pick(rand, arrays);
  const a = pkg?.assessment?.[name];
  return Array.isArray(a) && a.length ? a : null;
};
const someItem = (pkg: any, rand: Rand, name: (typeof arrays)[number]): any => {
  const a = pkg?.assessment?.[name];
  return Array.isArray(a) && a.length ? a[int(rand, a.length)] : null;
};

/** Mutations of the parsed package, by name (the name is what the counts are kept by). */
const JSON_MUTATIONS: Record<string, JsonMutation> = {
  removeField(pkg, rand) {
    const paths = allPaths(pkg);
    if (paths.length) deleteAt(pkg, pick(rand, paths));
  },
  removeTopField(pkg, rand) {
    const target = rand() < 0.5 ? pkg : pkg.assessment;
    if (target && typeof target === 'object') delete target[pick(rand, Object.keys(target))];
  },
  wrongType(pkg, rand) {
    const paths = allPaths(pkg);
    if (!paths.length) return;
    const path = pick(rand, paths);
    const value = parentOf(pkg, path)?.[path[path.length - 1] as string];
    const replacements: unknown[] = [null, true, 0, 1, -1, '', '1', [], {}, [value], { value }];
    setAt(
      pkg,
      path,
      pick(
        rand,
        replacements.filter((r) => typeof r !== typeof value || Array.isArray(r) !== Array.isArray(value)),
      ),
    );
  },
  hugeString(pkg, rand) {
    const paths = allPaths(pkg);
    const strings = paths.filter((p) => typeof parentOf(pkg, p)?.[p[p.length - 1] as string] === 'string');
    if (strings.length) setAt(pkg, pick(rand, strings), hugeString(rand));
  },
  hugeNote(pkg, rand) {
    const x = someItem(pkg, rand, 'answers');
    if (x) x.note = 'n'.repeat(rand() < 0.5 ? 20_000 : 20_001); // NOTE_MAX is 20,000
  },
  hugeKey(pkg, rand) {
    const target = rand() < 0.5 ? pkg : someItem(pkg, rand, 'answers');
    if (target) target['k'.repeat(HUGE)] = 1;
  },
  oddString(pkg, rand) {
    const paths = allPaths(pkg);
    const strings = paths.filter((p) => typeof parentOf(pkg, p)?.[p[p.length - 1] as string] === 'string');
    if (strings.length) setAt(pkg, pick(rand, strings), oddString(rand));
  },
  duplicateRespondent(pkg, rand) {
    const r = someItem(pkg, rand, 'respondents');
    if (r) pkg.assessment.respondents.push(rand() < 0.5 ? clone(r) : { ...clone(r), name: 'Twin' });
  },
  duplicateAnswer(pkg, rand) {
    const x = someItem(pkg, rand, 'answers');
    if (x) pkg.assessment.answers.splice(int(rand, pkg.assessment.answers.length), 0, { ...clone(x), level: 1 + int(rand, 5) });
  },
  duplicateAction(pkg, rand) {
    const x = someItem(pkg, rand, 'actions');
    if (x) pkg.assessment.actions.push({ ...clone(x), title: 'Copy' });
  },
  duplicateEvidence(pkg, rand) {
    const x = someItem(pkg, rand, 'evidence');
    if (x) pkg.assessment.evidence.push({ ...clone(x), name: 'Copy' });
  },
  duplicateOther(pkg, rand) {
    const name = pick(rand, ['consensus', 'dimensionSettings', 'kpis', 'discussion'] as const);
    const x = someItem(pkg, rand, name);
    if (x) pkg.assessment[name].push(clone(x));
  },
  sameIdTwoKinds(pkg, rand) {
    // An action and an evidence item with the id of a respondent: different tables, allowed.
    const r = someItem(pkg, rand, 'respondents');
    const x = someItem(pkg, rand, rand() < 0.5 ? 'actions' : 'evidence');
    if (r && x) x.id = r.id;
  },
  foreignId(pkg, rand, other) {
    const kind = pick(rand, ['respondent', 'action', 'evidence', 'answerRespondent'] as const);
    if (kind === 'respondent') {
      const r = someItem(pkg, rand, 'respondents');
      if (r) r.id = pick(rand, other.respondentIds);
    } else if (kind === 'action') {
      const x = someItem(pkg, rand, 'actions');
      if (x) x.id = pick(rand, other.actionIds);
    } else if (kind === 'evidence') {
      const x = someItem(pkg, rand, 'evidence');
      if (x) x.id = pick(rand, other.evidenceIds);
    } else {
      const x = someItem(pkg, rand, 'answers');
      if (x) x.respondentId = pick(rand, other.respondentIds);
    }
  },
  newIds(pkg, rand) {
    // A fresh assessment id and fresh respondent ids, answers following them: still valid.
    if (!pkg?.assessment) return;
    pkg.assessment.id = uuid(rand);
    const map = new Map<string, string>();
    for (const r of pkg.assessment.respondents ?? []) {
      const id = uuid(rand);
      map.set(r.id, id);
      r.id = id;
    }
    for (const x of pkg.assessment.answers ?? []) x.respondentId = map.get(x.respondentId) ?? x.respondentId;
  },
  outOfRangeLevel(pkg, rand) {
    const bad = pick(rand, [0, 6, -1, 2.5, 99, 1e20, '3', true, [3], { level: 3 }]);
    const where = pick(rand, ['answer', 'consensus', 'target', 'importance', 'impact', 'effort', 'size'] as const);
    const item =
      where === 'answer'
        ? someItem(pkg, rand, 'answers')
        : where === 'consensus'
          ? someItem(pkg, rand, 'consensus')
          : where === 'target' || where === 'importance'
            ? someItem(pkg, rand, 'dimensionSettings')
            : where === 'size'
              ? someItem(pkg, rand, 'evidence')
              : someItem(pkg, rand, 'actions');
    if (item) item[where === 'answer' || where === 'consensus' ? 'level' : where] = bad;
  },
  naWithLevel(pkg, rand) {
    const x = someItem(pkg, rand, rand() < 0.7 ? 'answers' : 'consensus');
    if (x) {
      x.na = true;
      x.level = 1 + int(rand, 5);
    }
  },
  naWithoutReason(pkg, rand) {
    const x = someItem(pkg, rand, 'answers');
    if (x) {
      x.na = true;
      x.level = null;
      delete x.naReason;
    }
  },
  unknownQuestion(pkg, rand) {
    const bad = pick(rand, ['zzz.99', 'seg.99', 'SEG.01', 'seg.01 ', '', '-', 'a'.repeat(65), 'cmp-03', 'disc.99', 'kpi.nope']);
    const where = pick(rand, [
      'answers',
      'consensus',
      'evidence',
      'discussion',
      'kpis',
      'dimensionSettings',
      'actionDim',
      'actionKpi',
    ] as const);
    if (where === 'actionDim' || where === 'actionKpi') {
      const x = someItem(pkg, rand, 'actions');
      if (x && where === 'actionDim') x.dimensionIds = [...(x.dimensionIds ?? []), bad];
      if (x && where === 'actionKpi') x.kpiId = bad;
      return;
    }
    const x = someItem(pkg, rand, where);
    if (!x) return;
    if (where === 'kpis') x.kpiId = bad;
    else if (where === 'dimensionSettings') x.dimensionId = bad;
    else x.questionId = bad;
  },
  unknownKey(pkg, rand) {
    const target = pick(rand, [pkg, pkg?.assessment, pkg?.framework, someItem(pkg, rand, 'answers'), someItem(pkg, rand, 'respondents')]);
    if (target && typeof target === 'object') {
      const key = pick(rand, ['extra', 'constructor', 'toString', 'Level', 'level ']);
      target[key] = 1;
    }
  },
  protoKey(pkg, rand) {
    // JSON.parse makes "__proto__" an own property; the text is built by hand below.
    const target = pick(rand, [pkg, pkg?.assessment, someItem(pkg, rand, 'answers')]);
    if (target && typeof target === 'object') Object.defineProperty(target, '__proto__', { value: { polluted: 1 }, enumerable: true });
  },
  emptyArrays(pkg, rand) {
    const a = someArray(pkg, rand);
    if (a) a.length = 0;
  },
  shuffle(pkg, rand) {
    const a = someArray(pkg, rand);
    if (!a) return;
    for (let i = a.length - 1; i > 0; i--) {
      const j = int(rand, i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
  },
  formatVersion(pkg, rand) {
    pkg.formatVersion = pick(rand, [0, 2, 1.5, '1', null, -1]);
  },
  notOurFormat(pkg, rand) {
    pkg.format = pick(rand, ['cx-maturity-framework', 'CX-MATURITY-ASSESSMENT', '', null, 1]);
  },
  frameworkVersion(pkg, rand) {
    if (pkg?.framework) pkg.framework.version = pick(rand, ['9.9.9', '', '1.0', 'x'.repeat(65)]);
  },
  frameworkId(pkg, rand) {
    if (pkg?.framework) pkg.framework.id = pick(rand, ['no-such-framework', 'acme-retail-banking', 'cx-ces-digital', 'Bad Id']);
  },
  definitionChanged(pkg, rand) {
    // A custom framework edited after it was imported here, with the same id and version.
    const d = pkg?.framework?.definition;
    if (!d) return;
    if (rand() < 0.5) d.title = { en: 'Edited title' };
    else d.version = pick(rand, ['1.0.1', '2.0.0', d.version]);
    if (rand() < 0.5) pkg.framework.version = d.version;
  },
  definitionBroken(pkg, rand) {
    const d = pkg?.framework?.definition;
    if (!d) {
      pkg.framework = { ...pkg.framework, definition: randomJson(rand) };
      return;
    }
    const paths = allPaths(d);
    if (paths.length) deleteAt(d, pick(rand, paths));
  },
  embedBuiltIn(pkg, rand) {
    // The framework that ships with the app, embedded (as an edited copy might be).
    if (!pkg?.framework) return;
    const fw = JSON.parse(builtInText);
    const change = pick(rand, ['same', 'version', 'extraQuestion'] as const);
    if (change === 'version') fw.version = '9.9.9';
    if (change === 'extraQuestion') {
      const dim = fw.sections[0].dimensions[0];
      dim.questions[dim.questions.length - 1] = { ...dim.questions[dim.questions.length - 1], id: 'zzz.01' };
      pkg.assessment?.answers?.push({ questionId: 'zzz.01', respondentId: pkg.assessment?.respondents?.[0]?.id, level: 3, na: false });
    }
    pkg.framework.definition = fw;
    pkg.framework.id = fw.id;
    pkg.framework.version = fw.version;
  },
  kit(pkg, rand) {
    pkg.kit = { respondentId: rand() < 0.5 ? uuid(rand) : 'not-a-uuid', respondentName: 'Kit' };
  },
  removedRespondent(pkg, rand) {
    const r = someItem(pkg, rand, 'respondents');
    if (r) r.removedAt = pick(rand, ['2026-01-01T00:00:00.000Z', '', 'yesterday', null]);
  },
  numbers(pkg, rand) {
    const k = someItem(pkg, rand, 'kpis');
    if (k) k[pick(rand, ['current', 'target'])] = pick(rand, [1e308, -1e308, 5e-324, -0, 0.1 + 0.2, 2 ** 53 + 1, '12', null]);
  },
  dueDate(pkg, rand) {
    const x = someItem(pkg, rand, 'actions');
    if (x) x.due = pick(rand, ['2026-13-45', '26-1-1', '2026-01-01T00:00:00Z', '２０２６-０１-０１', '', '2026-01-01\n']);
  },
  replaceSubtree(pkg, rand) {
    const paths = allPaths(pkg);
    if (paths.length) setAt(pkg, pick(rand, paths), randomJson(rand));
  },
};

/** Mutations of the file's bytes, read back as the app reads a file (Buffer → UTF-8). */
const BYTE_MUTATIONS: Record<string, (bytes: Buffer, rand: Rand) => Buffer> = {
  truncate(bytes, rand) {
    return bytes.subarray(0, int(rand, bytes.length));
  },
  truncateInsideCharacter(bytes, rand) {
    // Cut right after the first byte of a multi-byte character when there is one.
    const starts: number[] = [];
    for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0xc0) starts.push(i + 1);
    return bytes.subarray(0, starts.length ? pick(rand, starts) : int(rand, bytes.length));
  },
  invalidUtf8(bytes, rand) {
    const bad = [
      [0xff],
      [0xfe],
      [0xc3],
      [0x80],
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ];
    let out = bytes;
    for (let n = 1 + int(rand, 4); n > 0; n--) {
      const at = int(rand, out.length + 1);
      out = Buffer.concat([out.subarray(0, at), Buffer.from(pick(rand, bad)), out.subarray(at)]);
    }
    return out;
  },
  flipBytes(bytes, rand) {
    const out = Buffer.from(bytes);
    for (let n = 1 + int(rand, 3); n > 0; n--) out[int(rand, out.length)] = int(rand, 256);
    return out;
  },
  bom(bytes, rand) {
    return Buffer.concat([
      Buffer.from(
        pick(rand, [
          [0xef, 0xbb, 0xbf],
          [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
          [0xff, 0xfe],
          [0xfe, 0xff],
        ]),
      ),
      bytes,
    ]);
  },
  utf16(bytes) {
    // Saved as "Unicode" by a text editor.
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]);
  },
};

const TEXT_CASES: Record<string, (rand: Rand) => string> = {
  randomJson: (rand) => JSON.stringify(randomJson(rand)) ?? 'undefined',
  randomJsonWithFormat: (rand) => {
    const v = randomJson(rand);
    const o = v && typeof v === 'object' && !Array.isArray(v) ? v : { assessment: v };
    return JSON.stringify({ format: 'cx-maturity-assessment', formatVersion: 1, ...o });
  },
  emptyish: (rand) => pick(rand, ['', ' ', '\uFEFF', 'null', '[]', '{}', '""', '0', 'true', '{"format":"cx-maturity-assessment"}']),
  deepNesting: (rand) => {
    const depth = pick(rand, [1_000, 100_000]);
    return `{"format":"cx-maturity-assessment","formatVersion":1,"assessment":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  },
  notJson: (rand) => pick(rand, ['<?xml version="1.0"?><a/>', 'PK\u0003\u0004', "{format: 'x'}", '{"a":1,}', 'NaN', '{"a":1}{"b":2}']),
};

// ---------------------------------------------------------------------------------------

interface Base {
  name: string;
  pkg: any;
}

/** Builds one package: returns the content as the app would receive it and what was done to it. */
function makeCase(rand: Rand, bases: Base[], other: Other): { content: string; mutations: string[] } {
  const r = rand();
  if (r < 0.06) {
    const name = pick(rand, Object.keys(TEXT_CASES));
    return { content: (TEXT_CASES[name] as (rand: Rand) => string)(rand), mutations: [name] };
  }
  const base = pick(rand, bases);
  const pkg = clone(base.pkg);
  const mutations: string[] = [];
  // About one in ten is left valid (or nearly), so that the success path is exercised too.
  const count = r < 0.16 ? 0 : 1 + int(rand, 3);
  for (let i = 0; i < count; i++) {
    const name = pick(rand, Object.keys(JSON_MUTATIONS));
    (JSON_MUTATIONS[name] as JsonMutation)(pkg, rand, other);
    mutations.push(name);
  }
  let content = JSON.stringify(pkg, null, rand() < 0.5 ? 2 : undefined);
  if (rand() < 0.25) {
    const name = pick(rand, Object.keys(BYTE_MUTATIONS));
    const bytes = (BYTE_MUTATIONS[name] as (b: Buffer, r: Rand) => Buffer)(Buffer.from(content, 'utf8'), rand);
    content = bytes.toString('utf8');
    mutations.push(name);
  }
  return { content, mutations: [base.name, ...mutations] };
}

/** A package path followed by a colon: "assessment.answers[3].level: ...", "content: ...", "(file): ..." */
const NAMES_A_PATH =
  /(^|[\s;])(\(file\)|content|format|formatVersion|framework|assessment|kit|exportedBy|exportedAt|\$schema)(\[\d+\]|\.[\w$-]+)*:\s/;

function parseLikeTheApp(content: string): any {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------

let ctx: Ctx;
let other: Other;
let bases: Base[];

beforeAll(async () => {
  // The second base: an assessment on a custom framework, exported from another database.
  const source = openTestContext();
  try {
    await source.ok('frameworks.import', { content: customFrameworkText() });
    const fw = customFramework();
    const questionIds: string[] = fw.sections.flatMap((s: any) => s.dimensions.flatMap((d: any) => d.questions.map((q: any) => q.id)));
    const a = await source.ok('assessments.create', {
      clientName: 'Acme Bank',
      title: 'Retail banking review',
      language: 'es',
      assessorName: 'Ana',
      assessorFirm: 'Harbour Lane',
      framework: { id: fw.id, version: fw.version },
    });
    const people = [];
    for (const name of ['Lucía', 'Mateo', '田中']) {
      people.push(await source.ok('respondents.add', { assessmentId: a.id, name, role: 'Lead', kind: 'interviewee' }));
    }
    for (const q of questionIds) {
      for (const [i, p] of people.entries()) {
        if (i === 2)
          await source.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: p.id, na: true, naReason: 'Not her area' });
        else
          await source.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: p.id, level: 1 + i, note: 'línea 1\nlínea 2' });
      }
      await source.ok('consensus.set', { assessmentId: a.id, questionId: q, level: 2, rationale: 'Agreed' });
      await source.ok('evidence.addReference', {
        assessmentId: a.id,
        questionId: q,
        name: 'Deck',
        location: 'SharePoint',
        strength: 'high',
      });
    }
    await source.ok('actions.create', { assessmentId: a.id, title: 'Fix the IVR', dimensionIds: [fw.sections[0].dimensions[0].id] });
    const exported = await source.ok('packages.export', { assessmentId: a.id });
    bases = [
      { name: 'demo', pkg: JSON.parse(demoText) },
      { name: 'custom', pkg: JSON.parse(exported.content) },
    ];
  } finally {
    source.dispose();
  }

  // The database under test, holding one other assessment (on the same custom framework).
  ctx = openTestContext();
  await ctx.ok('frameworks.import', { content: customFrameworkText() });
  const fw = customFramework();
  const a = await ctx.ok('assessments.create', {
    clientName: 'Other Client',
    title: 'The other assessment',
    language: 'en',
    assessorName: '',
    assessorFirm: '',
    framework: { id: fw.id, version: fw.version },
  });
  const r1 = await ctx.ok('respondents.add', { assessmentId: a.id, name: 'One', role: '', kind: 'consultant' });
  const r2 = await ctx.ok('respondents.add', { assessmentId: a.id, name: 'Two', role: '', kind: 'self' });
  const q = fw.sections[0].dimensions[0].questions[0].id;
  await ctx.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: r1.id, level: 4 });
  await ctx.ok('answers.set', { assessmentId: a.id, questionId: q, respondentId: r2.id, level: 2, note: 'Saved by a consultant' });
  const e = await ctx.ok('evidence.addReference', {
    assessmentId: a.id,
    questionId: q,
    name: 'Policy',
    location: 'Intranet',
    strength: 'low',
  });
  const x = await ctx.ok('actions.create', { assessmentId: a.id, title: 'Train the team' });
  other = { assessmentId: a.id, respondentIds: [r1.id, r2.id], actionIds: [x.id], evidenceIds: [e.id] };
}, 60_000);

afterAll(() => ctx?.dispose());

describe('package import under fuzzing', () => {
  it(`imports completely or rejects cleanly, ${COUNT} mutated packages`, { timeout: 180_000 }, async () => {
    const startedAt = Date.now();
    const rand = random(SEED);
    const baseline = dump(ctx);
    const baselineRowids = maxRowids(ctx);
    const failures: string[] = [];
    const crashes: string[] = [];
    const byCode = new Map<string, number>();
    const byMutation = new Map<string, { imported: number; rejected: number }>();
    let imported = 0;
    let rejected = 0;

    for (let i = 0; i < COUNT; i++) {
      const { content, mutations } = makeCase(rand, bases, other);
      const label = `#${i} [${mutations.join(', ')}]`;
      const tally = (key: 'imported' | 'rejected') => {
        for (const m of new Set(mutations)) {
          const t = byMutation.get(m) ?? { imported: 0, rejected: 0 };
          t[key]++;
          byMutation.set(m, t);
        }
      };
      // Every case starts from the baseline (checked at the end of the one before), so the
      // dump before the import is the baseline dump.
      const before = baseline;

      let result: Awaited<ReturnType<Ctx['call']>>;
      try {
        result = await ctx.call('packages.import', { content });
      } catch (e) {
        crashes.push(`${label}: dispatch threw ${(e as Error).stack ?? String(e)}`);
        continue;
      }

      if (result.ok) {
        imported++;
        tally('imported');
        const pkg = parseLikeTheApp(content);
        const a = pkg?.assessment;
        const id = (result.value as { assessment: { id: string } }).assessment.id;
        if (!a || id !== a.id) failures.push(`${label}: imported, but the package does not parse or its id differs (${id})`);
        else {
          const count = (table: string) => Number(sql(ctx, `SELECT COUNT(*) FROM ${table} WHERE assessment_id = ?`).pluck().get(id));
          const expected: [string, string, number][] = [
            ['answers', 'answers', a.answers.length],
            ['respondents', 'respondents', a.respondents.length],
            ['consensus', 'consensus', a.consensus.length],
            ['dimension_settings', 'dimensionSettings', a.dimensionSettings?.length ?? 0],
            ['actions', 'actions', a.actions?.length ?? 0],
            ['kpi_baselines', 'kpis', a.kpis?.length ?? 0],
            ['discussion_notes', 'discussion', a.discussion?.length ?? 0],
            ['evidence', 'evidence', a.evidence?.length ?? 0],
          ];
          for (const [table, field, n] of expected) {
            const got = count(table);
            if (got !== n) failures.push(`${label}: imported ${got} ${table} rows for ${n} ${field} in the package`);
          }
          const key = (q: string, r: string, level: unknown, na: unknown) => `${q}|${r}|${level}|${na ? 1 : 0}`;
          const stored = (
            sql(ctx, 'SELECT question_id, respondent_id, level, na FROM answers WHERE assessment_id = ?').all(id) as {
              question_id: string;
              respondent_id: string;
              level: number | null;
              na: number;
            }[]
          )
            .map((x) => key(x.question_id, x.respondent_id, x.level, x.na))
            .sort();
          const wanted = a.answers.map((x: any) => key(x.questionId, x.respondentId, x.level, x.na)).sort();
          if (JSON.stringify(stored) !== JSON.stringify(wanted)) failures.push(`${label}: the stored answers differ from the package's`);
          // Imported completely also means it can be opened and worked on.
          for (const method of ['capture.get', 'scores.get', 'packages.export']) {
            const opened = await ctx.call(method, { assessmentId: id });
            if (!opened.ok) failures.push(`${label}: imported, but ${method} fails: ${opened.error.code} ${opened.error.message}`);
          }
        }
        removeAddedRows(ctx, baselineRowids);
        const after = dump(ctx);
        if (after !== baseline) {
          failures.push(`${label}: the import changed rows that were already there (table ${firstDifference(baseline, after)})`);
          break; // every later case would start from a different database
        }
        continue;
      }

      rejected++;
      tally('rejected');
      const { code, message } = result.error;
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
      if (code === 'INTERNAL') crashes.push(`${label}: INTERNAL error (a crash inside the import)`);
      if (!message?.trim()) failures.push(`${label}: ${code} with an empty message`);
      else if (!/not imported/i.test(message) && !NAMES_A_PATH.test(message)) {
        failures.push(`${label}: ${code} message neither says "not imported" nor names a path: ${message.slice(0, 300)}`);
      }
      const after = dump(ctx);
      if (after !== before) {
        failures.push(`${label}: rejected (${code}) but the database changed (table ${firstDifference(before, after)})`);
        break;
      }
    }

    const integrity = String(ctx.db.pragma('integrity_check', { simple: true }));
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    console.log(
      `fuzz: ${COUNT} packages, ${imported} imported, ${rejected} rejected (${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}), ` +
        `${crashes.length} crashes, ${failures.length} failures, integrity ${integrity}, ${seconds} s`,
    );
    console.log(
      [...byMutation]
        .sort((x, y) => x[0].localeCompare(y[0]))
        .map(([m, t]) => `  ${m}: ${t.imported} imported, ${t.rejected} rejected`)
        .join('\n'),
    );
    if (crashes.length) console.log(crashes.slice(0, 20).join('\n'));
    if (failures.length) console.log(failures.slice(0, 40).join('\n'));
    expect(crashes).toEqual([]);
    expect(failures).toEqual([]);
    expect(integrity).toBe('ok');
    expect(imported + rejected).toBe(COUNT);
  });
});
