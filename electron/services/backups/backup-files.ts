/**
 * Backups of the database as files: written with VACUUM INTO to a temporary name and
 * renamed (a half-written backup never looks complete), checked before any restore, and
 * rotated: the newest 10, plus the newest of each of the last 7 days.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../contract/errors.ts';
import { removeQuietly } from '../files/write-file-atomic.ts';
import { APPLICATION_ID, type Db, LATEST_VERSION } from '../storage/database.ts';

export const BACKUP_REASONS = ['start', 'periodic', 'before-migration', 'before-import', 'before-restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupFile {
  name: string;
  path: string;
  size: number;
  createdAt: string;
  reason: BackupReason | 'unknown';
}

const NAME = /^cx-maturity-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.sqlite$/;

export function backupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-26T01:58:31.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}

function parseName(name: string): { createdAt: string; reason: BackupFile['reason'] } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d = '', t = '', ms = '', reason = ''] = m;
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  return { createdAt, reason: (BACKUP_REASONS as readonly string[]).includes(reason) ? (reason as BackupReason) : 'unknown' };
}

/** Writes a consistent copy of the open database to `path` (complete, or nothing at all). */
export function writeBackup(db: Db, path: string) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    rmSync(temp, { force: true });
    db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, path);
  } catch (e) {
    removeQuietly(temp);
    const code = (e as { code?: string }).code ?? '';
    const reason =
      code === 'SQLITE_FULL' || code === 'ENOSPC'
        ? 'the disk is full; free some space'
        : /READONLY|EACCES|EPERM|EROFS|CANTOPEN/.test(code)
          ? 'the folder cannot be written; choose another folder'
          : (e as Error).message;
    throw new AppError('STORAGE', `The backup could not be written to ${path}: ${reason}. Nothing was changed.`);
  }
}

/** Removes the temporary files of backups interrupted in another process (a kill, a crash); never a backup. */
export function removeLeftoverTemps(databasePath: string) {
  const folder = backupFolder(databasePath);
  if (!existsSync(folder)) return;
  const own = `.${process.pid}.tmp`;
  for (const name of readdirSync(folder)) {
    if (/^\.cx-maturity-.*\.sqlite\.\d+\.tmp$/.test(name) && !name.endsWith(own)) removeQuietly(join(folder, name));
  }
}

export function createBackup(db: Db, databasePath: string, reason: BackupReason, now = new Date()): BackupFile {
  const folder = backupFolder(databasePath);
  removeLeftoverTemps(databasePath);
  const name = `cx-maturity-${stamp(now)}-${reason}.sqlite`;
  const path = join(folder, name);
  writeBackup(db, path);
  rotateBackups(folder);
  return { name, path, size: statSync(path).size, createdAt: now.toISOString(), reason };
}

export function listBackups(databasePath: string): BackupFile[] {
  return listBackupsIn(backupFolder(databasePath));
}

function listBackupsIn(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => ({ name, meta: parseName(name) }))
    .filter((x): x is { name: string; meta: NonNullable<ReturnType<typeof parseName>> } => x.meta !== null)
    .map(({ name, meta }) => ({ name, path: join(folder, name), size: statSync(join(folder, name)).size, ...meta }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Reasons whose backups are kept for 30 days whatever the rotation: made by hand, or taken before a restore or import. */
const PROTECTED_REASONS: readonly string[] = ['manual', 'before-restore', 'before-import'];
const PROTECTED_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Keeps the newest 10 backups, the newest backup of each of the last 7 days, and every manual,
 * before-restore and before-import backup younger than 30 days; removes the rest.
 */
export function rotateBackups(folder: string, keepNewest = 10, keepDays = 7, now = Date.now()) {
  const all = listBackupsIn(folder);
  const keep = new Set(all.slice(0, keepNewest).map((b) => b.name));
  for (const b of all) {
    if (PROTECTED_REASONS.includes(b.reason) && now - Date.parse(b.createdAt) < PROTECTED_MS) keep.add(b.name);
  }
  const days = new Set<string>();
  for (const b of all) {
    const day = b.createdAt.slice(0, 10);
    if (days.size >= keepDays && !days.has(day)) break;
    if (!days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
  }
  for (const b of all) if (!keep.has(b.name)) rmSync(b.path, { force: true });
}

/** Opens a backup read-only and checks it is a sound database of this app that this version can read. */
export function verifyBackup(path: string): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(path)) return { ok: false, reason: 'the file does not exist' };
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, reason: `it is damaged (${String(check)})` };
    const appId = Number(db.pragma('application_id', { simple: true }));
    if (appId !== APPLICATION_ID) return { ok: false, reason: 'it is not a CX Maturity Studio database' };
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_VERSION) return { ok: false, reason: 'it was written by a newer version of the app' };
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `it cannot be read (${(e as Error).message})` };
  } finally {
    db?.close();
  }
}

/** The newest backup that passes verifyBackup, if any. */
export function newestGoodBackup(databasePath: string): BackupFile | null {
  for (const b of listBackups(databasePath)) if (verifyBackup(b.path).ok) return b;
  return null;
}

/**
 * Puts a verified backup in place of the (closed) database file: copied beside it, then
 * renamed over it; the old WAL and shared-memory files go, since they belong to the old file.
 */
export function replaceDatabaseFile(databasePath: string, backupPath: string) {
  const check = verifyBackup(backupPath);
  if (!check.ok) throw new AppError('VALIDATION', `This backup cannot be restored: ${check.reason}.`);
  const source = new Database(backupPath, { readonly: true });
  try {
    const temp = `${databasePath}.restore.tmp`;
    rmSync(temp, { force: true });
    source.prepare('VACUUM INTO ?').run(temp);
    for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    renameSync(temp, databasePath);
  } finally {
    source.close();
  }
}

/** Moves a damaged database (and its WAL files) aside, never deleting it; returns where it went. */
export function moveAside(databasePath: string, now = new Date()): string {
  const target = `${databasePath}.damaged-${stamp(now)}`;
  renameSync(databasePath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${databasePath}${suffix}`)) renameSync(`${databasePath}${suffix}`, `${target}${suffix}`);
  }
  return target;
}
