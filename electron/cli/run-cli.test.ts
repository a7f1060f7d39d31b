import { afterEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../../test/support/temp-db.ts';
import { openTestContext } from '../../test/support/test-context.ts';
import { COMMANDS, programName, runCli } from './run-cli.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) }, out, err };
}

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers) d();
  disposers = [];
});

describe('cli', () => {
  it('lists assessments as JSON, newest change first', async () => {
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    await ctx.ok('assessments.create', { clientName: 'Acme', title: 'Older', language: 'en', assessorName: '', assessorFirm: '' });
    await ctx.ok('assessments.create', { clientName: 'Acme', title: 'Newer', language: 'zh-Hans', assessorName: '', assessorFirm: '' });
    const c = capture();
    expect(await runCli(['list', '--json', '--db', ctx.path], c.io)).toBe(0);
    const rows = JSON.parse(c.out.join('\n'));
    expect(rows.map((r: { title: string }) => r.title)).toEqual(['Newer', 'Older']);
    expect(rows[0]).toMatchObject({ clientName: 'Acme', language: 'zh-Hans', status: 'draft' });
  });

  it('lists as text, and says what to do when there is nothing', async () => {
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const empty = capture();
    expect(await runCli(['list', '--db', ctx.path], empty.io)).toBe(0);
    expect(empty.out.join('\n')).toMatch(/No assessments yet/);
    await ctx.ok('assessments.create', { clientName: 'Acme', title: 'Q3 review', language: 'en', assessorName: '', assessorFirm: '' });
    const text = capture();
    await runCli(['list', '--db', ctx.path], text.io);
    expect(text.out[0]).toMatch(/\tdraft\ten\tAcme — Q3 review$/);
  });

  it('answers --help for every command and the tool itself', async () => {
    for (const command of COMMANDS) {
      const c = capture();
      expect(await runCli([command.name, '--help'], c.io)).toBe(0);
      expect(c.out.join('\n')).toContain(`npm run cli -- ${command.name}`);
    }
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('Commands:');
  });

  it('explains an unknown command, a missing option value, and a bad database', async () => {
    const unknown = capture();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toContain('Unknown command "frobnicate"');
    const missing = capture();
    expect(await runCli(['list', '--db'], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('--db needs a value');
    const bad = capture();
    expect(await runCli(['list', '--db', '/nonexistent/dir/x.sqlite'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/does not exist/);
  });

  it('refuses an unknown option with one sentence and exit code 2, and keeps every documented flag', async () => {
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const unknown = capture();
    expect(await runCli(['list', '--frobnicate', '--db', ctx.path], unknown.io)).toBe(2);
    expect(unknown.err).toEqual(['Error: list does not know --frobnicate: see npm run cli -- list --help.']);
    expect(unknown.out).toEqual([]);
    const typo = capture();
    expect(await runCli(['scores', 'x', '--jsn', '--db', ctx.path], typo.io)).toBe(2);
    expect(typo.err.join('\n')).toContain('scores does not know --jsn');
    // Every option a command's help names is accepted by it.
    for (const command of COMMANDS) {
      const named = [...command.usage.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1] as string);
      const known = ['db', 'help', ...(command.valueOptions ?? []), ...(command.flags ?? [])];
      for (const option of named) expect(known, `${command.name} --${option}`).toContain(option);
    }
    const flags = capture();
    expect(await runCli(['list', '--json', '--deleted', '--search', 'x', '--db', ctx.path], flags.io)).toBe(0);
    expect(JSON.parse(flags.out.join('\n'))).toEqual([]);
  });

  it('names itself in its help the way it was run, with the .cxa extension', async () => {
    expect(programName('/repo/electron/cli/main.ts', { npm_lifecycle_event: 'cli' })).toBe('npm run cli --');
    expect(programName(`${process.cwd()}/out/cli/main.js`, {})).toBe('node out/cli/main.js');
    expect(programName('/opt/CX Maturity Studio/resources/cli/main.js', {})).toBe('node "/opt/CX Maturity Studio/resources/cli/main.js"');
    expect(programName('/usr/local/bin/cx-maturity', {})).toBe('cx-maturity');
    const c = capture();
    expect(await runCli(['import', '--help'], c.io, 'node out/cli/main.js')).toBe(0);
    const help = c.out.join('\n');
    expect(help).toContain('Usage: node out/cli/main.js import <package.cxa>');
    expect(help).not.toContain('npm run cli');
    const main = capture();
    await runCli(['--help'], main.io, 'cx-maturity');
    expect(main.out.join('\n')).toMatch(/^Usage: cx-maturity <command>/);
    expect(main.out.join('\n')).not.toContain('.cxa.json');
    const err = capture();
    expect(await runCli(['scores'], err.io, 'cx-maturity')).toBe(2);
    expect(err.err).toEqual(['Error: Name the assessment (its id; see cx-maturity list).']);
  });
});

describe('cli framework', () => {
  it('validates a good file, lists problems of a bad one with their paths, and imports', async () => {
    const { customFrameworkPath } = await import('../../test/support/framework-fixture.ts');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const good = capture();
    expect(await runCli(['framework', 'validate', customFrameworkPath, '--db', ctx.path], good.io)).toBe(0);
    expect(good.out[0]).toMatch(/^Valid: acme-retail-banking 1.0.0/);

    const broken = JSON.parse((await import('node:fs')).readFileSync(customFrameworkPath, 'utf8'));
    broken.sections[0].dimensions[0].questions[0].levels.pop();
    const badPath = join(ctx.path, '..', 'bad.json');
    writeFileSync(badPath, JSON.stringify(broken));
    const bad = capture();
    expect(await runCli(['framework', 'validate', badPath, '--db', ctx.path], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('sections[0].dimensions[0].questions[0].levels: expected 5 items, got 4');
    const refused = capture();
    expect(await runCli(['framework', 'import', badPath, '--db', ctx.path], refused.io)).toBe(2);

    const imported = capture();
    expect(await runCli(['framework', 'import', customFrameworkPath, '--db', ctx.path], imported.io)).toBe(0);
    const list = capture();
    await runCli(['framework', 'list', '--json', '--db', ctx.path], list.io);
    expect(JSON.parse(list.out.join('\n')).map((f: { id: string }) => f.id)).toEqual(['cx-ces-digital', 'acme-retail-banking']);
    const missing = capture();
    expect(await runCli(['framework', 'import', '/nonexistent.json', '--db', ctx.path], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toContain('no such file');
  });
});

describe('cli import and export', () => {
  it('recovers a database emptied to 0 bytes from the newest good backup, moving the empty file aside', async () => {
    const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const db = tempDbPath();
    disposers.push(db.cleanup);
    const demoPath = join(import.meta.dirname, '..', '..', 'assets', 'samples', 'demo.cxa.json');
    expect(await runCli(['import', demoPath, '--db', db.path], capture().io)).toBe(0);
    expect(await runCli(['backup', '--db', db.path], capture().io)).toBe(0);
    writeFileSync(db.path, '');
    const listed = capture();
    expect(await runCli(['list', '--json', '--db', db.path], listed.io)).toBe(0);
    const title = JSON.parse(readFileSync(demoPath, 'utf8')).assessment.title;
    expect(JSON.parse(listed.out.join('\n')).map((r: { title: string }) => r.title)).toContain(title);
    // The empty file is kept beside it, never deleted.
    expect(readdirSync(db.dir).filter((f) => f.startsWith('test.sqlite.damaged-'))).toHaveLength(1);
  });

  it('imports the demo package, prints its id, and exports it again with the same content', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const demoPath = join(import.meta.dirname, '..', '..', 'assets', 'samples', 'demo.cxa.json');
    const imported = capture();
    expect(await runCli(['import', demoPath, '--db', ctx.path], imported.io)).toBe(0);
    const id = imported.out[0] ?? '';
    expect(id).toBe(JSON.parse(readFileSync(demoPath, 'utf8')).assessment.id);
    const out = join(ctx.path, '..', 'again.cxa.json');
    const exported = capture();
    expect(await runCli(['export', id, '--out', out, '--db', ctx.path], exported.io)).toBe(0);
    const before = JSON.parse(readFileSync(demoPath, 'utf8'));
    const after = JSON.parse(readFileSync(out, 'utf8'));
    for (const pkg of [before, after]) {
      delete pkg.exportedAt;
      delete pkg.exportedBy;
      delete pkg.assessment.updatedAt;
    }
    expect(after).toEqual(before);
    const twice = capture();
    expect(await runCli(['import', demoPath, '--db', ctx.path], twice.io)).toBe(2);
    expect(twice.err.join('\n')).toContain('already in the app');
    // Replace says what it moved to the Deleted list, and it is there to restore.
    const replaced = capture();
    expect(await runCli(['import', demoPath, '--on-conflict', 'replace', '--db', ctx.path], replaced.io)).toBe(0);
    expect(replaced.err.join('\n')).toMatch(/Replaced: ".+" \(\d+ answers\) was moved to the Deleted list as [0-9a-f-]{36}/);
    const movedId = /as ([0-9a-f-]{36})/.exec(replaced.err.join('\n'))?.[1];
    const deleted = await ctx.ok<{ id: string }[]>('assessments.list', { deleted: true });
    expect(deleted.map((d) => d.id)).toEqual([movedId]);
  });

  it('says what to do when the export folder cannot be written, and leaves no partial file', async () => {
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const demo = await ctx.ok<{ id: string }>('samples.openDemo');
    const c = capture();
    expect(await runCli(['export', demo.id, '--out', '/nonexistent-folder/x.cxa.json', '--db', ctx.path], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('the folder does not exist. No partial file was left.');
  });
});

describe('cli scores', () => {
  it('prints sections and dimensions by their titles, not their ids', async () => {
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const demo = await ctx.ok<{ id: string }>('samples.openDemo');
    const c = capture();
    expect(await runCli(['scores', demo.id, '--db', ctx.path], c.io)).toBe(0);
    const lines = c.out;
    // The built-in framework's two sections (assets/frameworks), by their English titles.
    expect(lines.some((l) => l.startsWith('Customer Experience Strategy (CES): '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Digital service strategy: '))).toBe(true);
    expect(lines.some((l) => /^(ces|digital):/.test(l))).toBe(false);
  });
});

describe('cli export --csv', () => {
  it('writes answers, scores and actions CSV files into a folder', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const ctx = openTestContext();
    disposers.push(ctx.dispose);
    const demo = await ctx.ok<{ id: string }>('samples.openDemo');
    const folder = join(ctx.path, '..', 'csv');
    const c = capture();
    expect(await runCli(['export', demo.id, '--csv', '--out', folder, '--db', ctx.path], c.io)).toBe(0);
    for (const kind of ['answers', 'scores', 'actions']) {
      const text = readFileSync(join(folder, `${kind}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF'), kind).toBe(true);
      expect(text.split('\r\n').length, kind).toBeGreaterThan(3);
    }
    const bad = capture();
    expect(await runCli(['export', demo.id, '--csv', '--out', folder, '--lang', 'fr', '--db', ctx.path], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('--lang must be one of');
  });
});
