/**
 * Opens the app's SQLite database: refuses files that are not ours or come from a newer
 * version of the app (without touching them), then applies pending migrations.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../contract/errors.ts';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.ts';

export type Db = Database.Database;

/** 'CXMS' in ASCII: marks a database as this app's (PRAGMA application_id). */
export const APPLICATION_ID = 0x43584d53;
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** Migrations to apply; tests pass a shorter list to reach an older version. */
  migrations?: readonly Migration[];
  /** Called before migrations run on a database that already holds data (to back it up). */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

/** The database file is an SQLite file of this app, but damaged. */
export class DamagedDatabaseError extends AppError {
  constructor(path: string, detail: string) {
    super('STORAGE', `The database ${path} is damaged (${detail}). It can be moved aside and the newest good backup restored.`, {
      damaged: true,
      path,
    });
  }
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (path !== ':memory:') checkFileBeforeOpening(path, latest);

  let db: Db;
  try {
    db = new Database(path);
  } catch (e) {
    throw storageError(path, e);
  }
  try {
    if (path !== ':memory:') {
      const check = String(db.pragma('quick_check', { simple: true }));
      if (check !== 'ok') throw new DamagedDatabaseError(path, check.slice(0, 200));
    }
    db.pragma('journal_mode = WAL');
    // FULL: every committed answer is on disk before the save is acknowledged, so neither a
    // crash nor a power cut loses it. An answer is one small transaction (~0.1 ms here).
    db.pragma('synchronous = FULL');
    db.pragma('fullfsync = ON');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const from = Number(db.pragma('user_version', { simple: true }));
    if (from > 0 && from < latest) options.beforeMigrate?.(db, from);
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw storageError(path, e);
  }
}

function checkFileBeforeOpening(path: string, latest: number) {
  const folder = dirname(path);
  if (!existsSync(folder)) {
    throw new AppError('STORAGE', `The folder ${folder} does not exist. Create it or choose another database location.`);
  }
  if (!existsSync(path)) {
    try {
      accessSync(folder, constants.W_OK);
    } catch {
      throw new AppError(
        'STORAGE',
        `Cannot create the database in ${folder}: the folder is not writable. Choose a folder you can write to.`,
      );
    }
    return;
  }
  if (statSync(path).isDirectory()) {
    throw new AppError('STORAGE', `${path} is a folder, not a database file. Choose a file name.`);
  }
  if (statSync(path).size > 0 && !hasSqliteHeader(path)) {
    throw new AppError(
      'STORAGE',
      `${path} is not a CX Maturity Studio database (it is not an SQLite file). It was left untouched; choose another file.`,
    );
  }
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new AppError('STORAGE', `Cannot write to ${path}: check the file's permissions or choose another file.`);
  }
  // Read the version without writing anything: a database from a newer app is refused
  // before journal mode or migrations could change a byte of it.
  if (statSync(path).size === 0) return;
  let peek: Database.Database;
  let version: number;
  let appId: number;
  let tables: number;
  try {
    peek = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw storageError(path, e);
  }
  try {
    try {
      version = Number(peek.pragma('user_version', { simple: true }));
      appId = Number(peek.pragma('application_id', { simple: true }));
      tables = Number(peek.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get());
    } catch (e) {
      // The header says SQLite, but the file cannot be read: damaged (cut short, overwritten).
      throw new DamagedDatabaseError(path, (e as Error).message);
    }
    // Every database of this app carries its application id from the first migration on;
    // a file with tables but without it belongs to another program.
    if ((appId === 0 && (version > 0 || tables > 0)) || (appId !== 0 && appId !== APPLICATION_ID)) {
      throw new AppError('STORAGE', `${path} is an SQLite database of another application. It was left untouched; choose another file.`);
    }
    if (version > latest) {
      throw new AppError(
        'STORAGE',
        `${path} was written by a newer version of CX Maturity Studio (database version ${version}; this app reads up to ${latest}). It was left untouched: update the app to open it.`,
        { databaseVersion: version, supportedVersion: latest },
      );
    }
  } finally {
    peek.close();
  }
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** Applies every migration above the database's user_version, each in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS) {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function storageError(path: string, e: unknown): AppError {
  const reason = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string })?.code ?? '';
  if (code === 'SQLITE_CORRUPT' || /malformed/i.test(reason)) return new DamagedDatabaseError(path, reason);
  if (/not a database|file is not a database/i.test(reason)) {
    return new AppError('STORAGE', `${path} is not a CX Maturity Studio database. It was left untouched; choose another file.`);
  }
  if (/readonly|read-only|SQLITE_READONLY|permission|EACCES/i.test(reason)) {
    return new AppError('STORAGE', `Cannot write to ${path}: check the file's permissions or choose another location.`);
  }
  if (/disk is full|SQLITE_FULL/i.test(reason)) {
    return new AppError('STORAGE', 'The disk is full: free some space, then try again. Nothing already saved was lost.');
  }
  return new AppError('STORAGE', `The database ${path} could not be opened (${reason}).`);
}

export { LATEST_VERSION };
