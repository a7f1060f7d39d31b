/**
 * Frameworks: the one shipped with the app and those a consultant imported. An imported
 * (id, version) is stored once and never rewritten; a newer version sits beside the older
 * one, so an assessment always finds the exact framework it was made with.
 */
import { createHash } from 'node:crypto';
import type { FrameworkSummary, FrameworkValidation } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import { type Framework, LANGUAGES, type PartialLocalizedText } from '../../contract/framework-schema.ts';
import type { Clock } from '../storage/clock.ts';
import type { Db } from '../storage/database.ts';
import { writeTransaction } from '../storage/write-transaction.ts';
import { builtInFramework } from './built-in.ts';
import { assertValidFramework, checkFrameworkText } from './validate-framework.ts';

interface FrameworkRow {
  id: string;
  version: string;
  content: string;
  sha256: string;
  imported_at: string;
}

/** Every localized text of a framework, for checks such as "complete in Japanese". */
export function* localizedTexts(value: unknown): Generator<PartialLocalizedText> {
  if (Array.isArray(value)) for (const v of value) yield* localizedTexts(v);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && Object.keys(o).every((k) => (LANGUAGES as readonly string[]).includes(k))) {
      yield o as PartialLocalizedText;
    } else for (const v of Object.values(o)) yield* localizedTexts(v);
  }
}

export function summarize(fw: Framework, builtIn: boolean, importedAt: string | null): FrameworkSummary {
  const texts = [...localizedTexts(fw)];
  return {
    id: fw.id,
    version: fw.version,
    title: fw.title,
    builtIn,
    sectionCount: fw.sections.length,
    dimensionCount: fw.sections.reduce((n, s) => n + s.dimensions.length, 0),
    questionCount: fw.sections.reduce((n, s) => n + s.dimensions.reduce((m, d) => m + d.questions.length, 0), 0),
    completeLanguages: LANGUAGES.filter((l) => texts.every((t) => t[l])),
    importedAt,
  };
}

/** Compares semantic versions (1.10.0 after 1.9.0); pre-release tags sort before the release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre = ''] = v.split('-', 2);
    return { nums: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  return x.pre < y.pre ? -1 : 1;
}

export function createFrameworksService(db: Db, clock: Clock) {
  const builtIn = builtInFramework();
  const rows = db.prepare<[], FrameworkRow>('SELECT id, version, content, sha256, imported_at FROM frameworks');
  const one = db.prepare<[string, string], FrameworkRow>(
    'SELECT id, version, content, sha256, imported_at FROM frameworks WHERE id = ? AND version = ?',
  );
  const insert = db.prepare(
    'INSERT INTO frameworks (id, version, title, content, sha256, imported_at) VALUES (@id, @version, @title, @content, @sha256, @now)',
  );
  const cache = new Map<string, Framework>();

  function parseRow(row: FrameworkRow): Framework {
    const key = `${row.id}@${row.version}`;
    let fw = cache.get(key);
    if (!fw) {
      fw = JSON.parse(row.content) as Framework;
      cache.set(key, fw);
    }
    return fw;
  }

  function list(): FrameworkSummary[] {
    const custom = rows.all().map((r) => summarize(parseRow(r), false, r.imported_at));
    custom.sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
    return [summarize(builtIn, true, null), ...custom];
  }

  /** The framework with this id: the exact version when given, else the newest. */
  function get(id: string, version?: string): Framework {
    if (id === builtIn.id && (!version || version === builtIn.version)) return builtIn;
    if (version) {
      const row = one.get(id, version);
      if (row) return parseRow(row);
    } else {
      const newest = rows
        .all()
        .filter((r) => r.id === id)
        .sort((a, b) => compareVersions(b.version, a.version))[0];
      if (newest) return parseRow(newest);
    }
    throw new AppError('NOT_FOUND', `The framework "${id}"${version ? ` version ${version}` : ''} is not in this app. Import it first.`, {
      id,
      version,
    });
  }

  function validate(text: string): FrameworkValidation {
    const check = checkFrameworkText(text);
    if (!check.ok) return { ok: false, problems: check.problems, summary: null };
    if (check.framework.id === builtIn.id) {
      return {
        ok: false,
        problems: [{ path: 'id', message: `"${builtIn.id}" is the id of the framework that ships with the app` }],
        summary: null,
      };
    }
    return { ok: true, problems: [], summary: summarize(check.framework, false, null) };
  }

  const importFramework = writeTransaction(db, (text: string): FrameworkSummary => {
    const fw = assertValidFramework(text);
    if (fw.id === builtIn.id) {
      throw new AppError(
        'CONFLICT',
        `The id "${fw.id}" belongs to the framework that ships with the app. Give your framework its own id.`,
        {
          field: 'id',
        },
      );
    }
    const content = JSON.stringify(fw);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const existing = one.get(fw.id, fw.version);
    if (existing) {
      if (existing.sha256 === sha256) return summarize(fw, false, existing.imported_at);
      throw new AppError(
        'CONFLICT',
        `Framework "${fw.id}" version ${fw.version} is already imported with different content. Give the changed framework a new version number (for example ${bumpPatch(fw.version)}).`,
        { field: 'version' },
      );
    }
    const now = clock();
    insert.run({ id: fw.id, version: fw.version, title: fw.title.en, content, sha256, now });
    return summarize(fw, false, now);
  });

  return {
    builtIn: () => builtIn,
    list,
    get,
    validate,
    import: importFramework,
    defaultRef: () => ({ id: builtIn.id, version: builtIn.version }),
  };
}

function bumpPatch(version: string): string {
  const [major = '1', minor = '0', patch = '0'] = version.split('-')[0]?.split('.') ?? [];
  return `${major}.${minor}.${Number(patch) + 1}`;
}

export type FrameworksService = ReturnType<typeof createFrameworksService>;
