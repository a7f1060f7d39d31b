/**
 * Checks a framework file a consultant wants to import: size, JSON, shape (zod, with the
 * path of each problem), then the rules a schema cannot say: unique ids and references
 * that point at something real. Nothing is stored here.
 */
import type { z } from 'zod';
import { FRAMEWORK_MAX_CHARS } from '../../contract/api.ts';
import { AppError } from '../../contract/errors.ts';
import { type Framework, frameworkSchema } from '../../contract/framework-schema.ts';

export interface FrameworkProblem {
  path: string;
  message: string;
}

/** `sections[1].dimensions[2].questions[0].levels`: the path as a person reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

function zodProblems(error: z.ZodError): FrameworkProblem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'too_small' && issue.origin === 'array') message = `expected at least ${issue.minimum} items, got fewer`;
    if (issue.code === 'too_big' && issue.origin === 'array') message = `expected at most ${issue.maximum} items, got more`;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { path: formatPath(issue.path), message };
  });
}

/** Exact-length arrays (five levels) deserve "expected 5 items, got 4". */
function levelCountProblems(raw: unknown): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const fw = raw as { levels?: unknown; sections?: { dimensions?: { questions?: { levels?: unknown }[] }[] }[] };
  if (Array.isArray(fw?.levels) && fw.levels.length !== 5)
    problems.push({ path: 'levels', message: `expected 5 items, got ${fw.levels.length}` });
  const list = <T>(x: T[] | undefined): T[] => (Array.isArray(x) ? x : []);
  for (const [si, s] of list(fw?.sections).entries()) {
    for (const [di, d] of list(s?.dimensions).entries()) {
      for (const [qi, q] of list(d?.questions).entries()) {
        if (Array.isArray(q?.levels) && q.levels.length !== 5) {
          problems.push({
            path: `sections[${si}].dimensions[${di}].questions[${qi}].levels`,
            message: `expected 5 items, got ${q.levels.length}`,
          });
        }
      }
    }
  }
  return problems;
}

/** Ids unique, and every reference (dimension, question, source) pointing at something that exists. */
export function referenceProblems(fw: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path, message: `duplicate id "${id}" (already used at ${first})` });
    else seen.set(id, path);
  };
  const dimensionIds = new Set<string>();
  const questionIds = new Set<string>();
  fw.sections.forEach((s, si) => {
    claim(s.id, `sections[${si}].id`);
    s.dimensions.forEach((d, di) => {
      claim(d.id, `sections[${si}].dimensions[${di}].id`);
      dimensionIds.add(d.id);
      d.questions.forEach((q, qi) => {
        claim(q.id, `sections[${si}].dimensions[${di}].questions[${qi}].id`);
        questionIds.add(q.id);
      });
    });
  });
  const listIds = (name: string, items: { id: string }[]) => {
    for (const [i, item] of items.entries()) claim(item.id, `${name}[${i}].id`);
  };
  listIds('recommendations', fw.recommendations);
  listIds('discussionQuestions', fw.discussionQuestions);
  listIds('defaultActions', fw.defaultActions);
  listIds('kpis', fw.kpis);
  listIds('sources', fw.sources);

  const sourceIds = new Set(fw.sources.map((s) => s.id));
  const checkSources = (sources: string[], path: string) => {
    if (sourceIds.size === 0) return;
    for (const [i, id] of sources.entries()) {
      if (!sourceIds.has(id)) problems.push({ path: `${path}[${i}]`, message: `unknown source "${id}" (not in sources)` });
    }
  };
  for (const [si, s] of fw.sections.entries()) {
    for (const [di, d] of s.dimensions.entries()) {
      for (const [qi, q] of d.questions.entries()) checkSources(q.sources, `sections[${si}].dimensions[${di}].questions[${qi}].sources`);
    }
  }
  for (const [i, r] of fw.recommendations.entries()) {
    if (!dimensionIds.has(r.dimensionId))
      problems.push({ path: `recommendations[${i}].dimensionId`, message: `unknown dimension "${r.dimensionId}"` });
  }
  for (const [i, a] of fw.defaultActions.entries()) {
    for (const [j, id] of a.dimensionIds.entries()) {
      if (!dimensionIds.has(id)) problems.push({ path: `defaultActions[${i}].dimensionIds[${j}]`, message: `unknown dimension "${id}"` });
    }
  }
  for (const [i, c] of fw.coverage.entries()) {
    for (const [j, id] of c.questions.entries()) {
      if (!questionIds.has(id)) problems.push({ path: `coverage[${i}].questions[${j}]`, message: `unknown question "${id}"` });
    }
    checkSources(c.sources, `coverage[${i}].sources`);
  }
  return problems;
}

export type FrameworkCheck = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/** Validates a framework given as the text of its file. */
export function checkFrameworkText(text: string): FrameworkCheck {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > FRAMEWORK_MAX_CHARS) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a framework file must be at most 5 MB` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return checkFrameworkData(raw);
}

export function checkFrameworkData(raw: unknown): FrameworkCheck {
  const parsed = frameworkSchema.safeParse(raw);
  if (!parsed.success) {
    const counts = levelCountProblems(raw);
    const rest = zodProblems(parsed.error).filter((p) => !counts.some((c) => c.path === p.path));
    return { ok: false, problems: [...counts, ...rest] };
  }
  const problems = referenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, framework: parsed.data };
}

/** The problems as one message: the first few, each with its path. */
export function problemsMessage(problems: FrameworkProblem[], limit = 10): string {
  const shown = problems.slice(0, limit).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > limit ? ` (and ${problems.length - limit} more)` : '';
  return `The framework was not imported: ${shown.join('; ')}${more}.`;
}

export function assertValidFramework(text: string): Framework {
  const check = checkFrameworkText(text);
  if (!check.ok) throw new AppError('VALIDATION', problemsMessage(check.problems), { problems: check.problems });
  return check.framework;
}
