/**
 * The command line as shipped: `node out/cli/main.js` (built by `npm run build`; here by
 * test/support/build-once.ts), with no tsx and no sources. Expected failures are one
 * sentence and exit code 2; the report's modules are not loaded by the other commands.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-db.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'out', 'cli', 'main.js');
const work = tempDir('cxms-cli-');
const db = join(work.dir, 'cli.sqlite');
afterAll(() => work.cleanup());

function run(...args: string[]) {
  // From another folder: the built CLI needs nothing of the source checkout.
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work.dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectOneSentence(r: { code: number | null; err: string }) {
  expect(r.code).toBe(2);
  const lines = r.err.trim().split('\n');
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(/^Error: .+\.$/);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('the built command line', () => {
  it('imports, lists, scores, exports and writes the report', () => {
    expect(run('--help').out).toContain('Commands:');
    const imported = run('import', join(root, 'assets', 'samples', 'demo.cxa.json'), '--db', db);
    expect(imported.code, imported.err).toBe(0);
    const id = imported.out.trim();
    expect(run('list', '--db', db).out).toContain(id.slice(0, 8));
    const scores = JSON.parse(run('scores', id, '--json', '--db', db).out);
    expect(scores).toHaveProperty('dimensions');
    const exported = join(work.dir, 'out.cxa');
    expect(run('export', id, '--out', exported, '--db', db).code).toBe(0);
    expect(JSON.parse(readFileSync(exported, 'utf8')).format).toBe('cx-maturity-assessment');
    const report = join(work.dir, 'demo.docx');
    const made = run('report', id, '--out', report, '--db', db);
    expect(made.code, made.err).toBe(0);
    expect(readFileSync(report).subarray(0, 2).toString()).toBe('PK');
  });

  it('names itself as it was run and refuses unknown options', () => {
    const help = run('export', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain(`node ${cli} export <assessment-id> --out <file.cxa>`);
    expect(help.out).not.toContain('npm run cli');
    expectOneSentence(run('list', '--frobnicate', '--db', db));
  });

  it('answers expected failures with one sentence and exit code 2', () => {
    expectOneSentence(run('import', join(work.dir, 'no-such-file.cxa'), '--db', db));
    const notPackage = join(work.dir, 'not-a-package.cxa');
    writeFileSync(notPackage, '{"hello":1}');
    expectOneSentence(run('import', notPackage, '--db', db));
    // In a folder of its own: with a good backup beside it, the CLI would recover it instead.
    mkdirSync(join(work.dir, 'alone'));
    const damaged = join(work.dir, 'alone', 'damaged.sqlite');
    writeFileSync(damaged, 'SQLite format 3\u0000'.padEnd(8192, 'x'));
    expectOneSentence(run('list', '--db', damaged));
    expectOneSentence(run('list', '--db', join(work.dir, 'no-folder', 'x.sqlite')));
  });

  it('loads the report, charts and docx only for the report command', () => {
    const main = readFileSync(cli, 'utf8');
    for (const heavy of ['docx', 'jsdom', 'recharts', 'react-dom/server', '@resvg/resvg-js', '@expo-google-fonts']) {
      expect(main, heavy).not.toMatch(new RegExp(`from\\s*["']${heavy}`));
    }
    expect(main).toMatch(/import\(["']\.\/chunks\/build-report-[\w-]+\.js["']\)/);
    expect(existsSync(join(root, 'out', 'cli', 'chunks'))).toBe(true);
    expect(readdirSync(join(root, 'out', 'cli', 'chunks')).some((f) => f.startsWith('build-report-'))).toBe(true);
  });
});
