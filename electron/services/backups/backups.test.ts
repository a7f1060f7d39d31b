import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../../../test/support/temp-db.ts';
import type { BackupInfo } from '../../contract/api.ts';
import { openAppContext, openWithRecovery } from '../context.ts';
import { openDatabase } from '../storage/database.ts';
import { MIGRATIONS } from '../storage/migrations.ts';
import { backupFolder, createBackup, listBackups, rotateBackups, verifyBackup } from './backup-files.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function tmp() {
  const t = tempDbPath();
  cleanups.push(t.cleanup);
  return t;
}
const newAssessment = { clientName: 'Contoso', title: 'Baseline', language: 'en', assessorName: '', assessorFirm: '' };

async function ok<T>(ctx: { dispatch: (m: string, i: unknown) => Promise<any> }, method: string, input: unknown = {}): Promise<T> {
  const r = await ctx.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

describe('backups', () => {
  it('backs up, lists, and restores a backup after keeping the current state', async () => {
    const { path } = tmp();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    await ok(ctx, 'assessments.create', { ...newAssessment, title: 'Before' });
    const backup = await ok<BackupInfo>(ctx, 'backups.create');
    expect(backup).toMatchObject({ reason: 'manual' });
    await ok(ctx, 'assessments.create', { ...newAssessment, title: 'After' });
    expect((await ok<{ title: string }[]>(ctx, 'assessments.list')).map((a) => a.title).sort()).toEqual(['After', 'Before']);

    const restored = await ok<{ safetyBackup: string }>(ctx, 'backups.restore', { name: backup.name });
    expect((await ok<{ title: string }[]>(ctx, 'assessments.list')).map((a) => a.title)).toEqual(['Before']);
    // The state before the restore is itself a backup, so the restore can be undone.
    await ok(ctx, 'backups.restore', { name: restored.safetyBackup });
    expect((await ok<{ title: string }[]>(ctx, 'assessments.list')).map((a) => a.title).sort()).toEqual(['After', 'Before']);
    const names = (await ok<BackupInfo[]>(ctx, 'backups.list')).map((b) => b.reason);
    expect(names).toEqual(expect.arrayContaining(['manual', 'before-restore']));
    ctx.close();
  });

  it('backs up before an import, and on start when there is something to keep', async () => {
    const { path } = tmp();
    const first = openAppContext({ databasePath: path, host: 'browser', backupOnStart: true });
    expect(listBackups(path)).toEqual([]);
    await ok(first, 'samples.openDemo');
    expect(listBackups(path).map((b) => b.reason)).toEqual(['before-import']);
    first.close();
    const second = openAppContext({ databasePath: path, host: 'browser', backupOnStart: true });
    expect(listBackups(path).map((b) => b.reason)).toContain('start');
    expect(second.backupIfChanged()).toBeNull();
    await ok(second, 'assessments.create', newAssessment);
    expect(second.backupIfChanged()?.reason).toBe('periodic');
    second.close();
  });

  it('takes no backup for a refused import, so refused imports never push out a manual backup', async () => {
    const { path } = tmp();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    await ok(ctx, 'assessments.create', newAssessment);
    ctx.backup('manual');
    for (let i = 0; i < 12; i++) {
      const refused = await ctx.dispatch('packages.import', { content: i % 2 ? '{"not":"a package"}' : 'garbage' });
      expect(refused.ok).toBe(false);
    }
    expect(listBackups(path).map((b) => b.reason)).toEqual(['manual']);
    ctx.close();
  });

  it('backs up before a migration', () => {
    const { path } = tmp();
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) }).close();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    expect(listBackups(path).map((b) => b.reason)).toEqual(['before-migration']);
    const old = new Database(listBackups(path)[0]?.path as string, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(2);
    old.close();
    ctx.close();
  });

  it('keeps the newest 10 and one a day for a week', () => {
    const { path } = tmp();
    const db = openDatabase(path);
    const day = (d: number, h: number) => new Date(Date.UTC(2026, 10, d, h));
    // 3 a day for 10 days: 30 backups.
    for (let d = 1; d <= 10; d++) for (const h of [9, 12, 18]) createBackup(db, path, 'periodic', day(d, h));
    rotateBackups(backupFolder(path));
    const kept = listBackups(path).map((b) => b.createdAt.slice(0, 13));
    // Newest 10: day 10 (3), 9 (3), 8 (3), day 7 18h; plus the newest of days 7..4 (7 days: 10..4).
    expect(kept).toEqual([
      '2026-11-10T18',
      '2026-11-10T12',
      '2026-11-10T09',
      '2026-11-09T18',
      '2026-11-09T12',
      '2026-11-09T09',
      '2026-11-08T18',
      '2026-11-08T12',
      '2026-11-08T09',
      '2026-11-07T18',
      '2026-11-06T18',
      '2026-11-05T18',
      '2026-11-04T18',
    ]);
    db.close();
  });

  it('never rotates out a manual, before-restore or before-import backup younger than 30 days', () => {
    const { path } = tmp();
    const db = openDatabase(path);
    const now = Date.UTC(2026, 10, 20, 12);
    createBackup(db, path, 'manual', new Date(now - 60_000));
    createBackup(db, path, 'before-import', new Date(now - 2 * 86_400_000));
    createBackup(db, path, 'before-restore', new Date(now - 29 * 86_400_000));
    createBackup(db, path, 'manual', new Date(now - 31 * 86_400_000));
    // Twenty periodic backups after them, all in the last minute.
    for (let i = 0; i < 20; i++) createBackup(db, path, 'periodic', new Date(now - 50_000 + i * 1000));
    rotateBackups(backupFolder(path), 10, 7, now);
    const reasons = listBackups(path).map((b) => `${b.reason}@${b.createdAt.slice(0, 10)}`);
    // Count and day rules alone would drop them; each protected one survives.
    expect(reasons).toEqual(expect.arrayContaining(['manual@2026-11-20', 'before-import@2026-11-18', 'before-restore@2026-10-22']));
    db.close();
  });

  it('removes the temporary files of an interrupted backup at the next start, never a backup', () => {
    const { path } = tmp();
    openAppContext({ databasePath: path, host: 'browser' }).close();
    const folder = backupFolder(path);
    mkdirSync(folder, { recursive: true });
    const leftover = join(folder, '.cx-maturity-20261101-101010-000-periodic.sqlite.99999.tmp');
    writeFileSync(leftover, Buffer.alloc(1024, 1));
    const before = listBackups(path).length;
    openAppContext({ databasePath: path, host: 'browser' }).close();
    expect(existsSync(leftover)).toBe(false);
    expect(listBackups(path).length).toBeGreaterThanOrEqual(before);
  });

  it('restores over the API only a backup the app lists', async () => {
    const { path, dir } = tmp();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    const good = ctx.backup('manual');
    // A sound backup of this app, but outside the list (copied into the working folder).
    const copy = join(dir, 'cx-maturity-20261101-101010-000-manual.sqlite');
    writeFileSync(copy, readFileSync(good.path));
    for (const name of [copy, 'cx-maturity-20261101-101010-000-manual.sqlite', good.path]) {
      expect(await ctx.dispatch('backups.restore', { name })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await ctx.dispatch('backups.restore', { name: good.name })).toMatchObject({ ok: true });
    ctx.close();
  });

  it('refuses to restore a file that is not a good backup, and changes nothing', async () => {
    const { path, dir } = tmp();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    await ok(ctx, 'assessments.create', newAssessment);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    expect(verifyBackup(junk).ok).toBe(false);
    expect(() => ctx.restore(junk)).toThrow(/cannot be restored/);
    expect(await ok<unknown[]>(ctx, 'assessments.list')).toHaveLength(1);
    expect(await ctx.dispatch('backups.restore', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ctx.close();
  });
});

describe('a damaged database on start', () => {
  function damage(path: string) {
    // Overwrite a page in the middle of the file: the header stays, the content breaks.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 + 100, 4096 * 3);
    writeFileSync(path, bytes);
  }

  it('is moved aside (never deleted) and the newest good backup restored', async () => {
    const { path } = tmp();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    for (let i = 0; i < 30; i++) await ok(ctx, 'assessments.create', { ...newAssessment, title: `A${i} ${'x'.repeat(150)}` });
    ctx.backup('manual');
    ctx.close();
    damage(path);
    const recovered = openWithRecovery({ databasePath: path, host: 'browser' });
    const info = await ok<{ recovery: { movedTo: string; restoredFrom: string } }>(recovered, 'app.info');
    expect(info.recovery.restoredFrom).toMatch(/manual\.sqlite$/);
    expect(existsSync(info.recovery.movedTo)).toBe(true);
    expect(await ok<unknown[]>(recovered, 'assessments.list')).toHaveLength(30);
    recovered.close();
  });

  for (const [label, spoil] of [
    ['empty (0 bytes)', (path: string) => writeFileSync(path, Buffer.alloc(0))],
    [
      'with a zeroed header',
      (path: string) => {
        const bytes = readFileSync(path);
        bytes.fill(0, 0, 100);
        writeFileSync(path, bytes);
      },
    ],
  ] as const) {
    it(`is recovered from the newest good backup when ${label}, the file moved aside`, async () => {
      const { path } = tmp();
      const ctx = openAppContext({ databasePath: path, host: 'browser' });
      await ok(ctx, 'assessments.create', newAssessment);
      ctx.backup('manual');
      ctx.close();
      spoil(path);
      const recovered = openWithRecovery({ databasePath: path, host: 'browser' });
      const info = await ok<{ recovery: { movedTo: string; restoredFrom: string } }>(recovered, 'app.info');
      expect(info.recovery.restoredFrom).toMatch(/manual\.sqlite$/);
      expect(existsSync(info.recovery.movedTo)).toBe(true);
      expect(await ok<unknown[]>(recovered, 'assessments.list')).toHaveLength(1);
      recovered.close();
    });
  }

  it('still refuses a file that is not SQLite when no backup of this app is beside it', () => {
    const { path } = tmp();
    writeFileSync(path, 'just some text, not a database');
    expect(() => openWithRecovery({ databasePath: path, host: 'browser' })).toThrow(/not a CX Maturity Studio database/);
    expect(readFileSync(path, 'utf8')).toBe('just some text, not a database');
  });

  it('starts empty when declined or when there is no good backup, keeping the damaged file', async () => {
    const { path } = tmp();
    const ctx = openAppContext({ databasePath: path, host: 'browser' });
    for (let i = 0; i < 30; i++) await ok(ctx, 'assessments.create', { ...newAssessment, title: `A${i} ${'x'.repeat(150)}` });
    ctx.close();
    damage(path);
    const recovered = openWithRecovery({ databasePath: path, host: 'browser' }, () => false);
    const info = await ok<{ recovery: { movedTo: string; restoredFrom: null } }>(recovered, 'app.info');
    expect(info.recovery.restoredFrom).toBeNull();
    expect(existsSync(info.recovery.movedTo)).toBe(true);
    expect(await ok<unknown[]>(recovered, 'assessments.list')).toEqual([]);
    recovered.close();
    utimesSync(info.recovery.movedTo, new Date(), new Date());
  });
});
