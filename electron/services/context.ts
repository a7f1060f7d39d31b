/** Opens the database and wires every service: what each host (Electron, browser, CLI) starts from. */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AppInfo } from '../contract/api.ts';
import { AppError } from '../contract/errors.ts';
import { LANGUAGES } from '../contract/framework-schema.ts';
import { createDispatch, type Dispatch } from './api/dispatch.ts';
import { createHandlers } from './api/handlers.ts';
import {
  type BackupFile,
  type BackupReason,
  createBackup,
  listBackups,
  moveAside,
  newestGoodBackup,
  removeLeftoverTemps,
  replaceDatabaseFile,
  verifyBackup,
} from './backups/backup-files.ts';
import { createPackageService, type PackageService } from './packages/package-service.ts';
import { createServices, type Services } from './services.ts';
import { type Clock, systemClock } from './storage/clock.ts';
import { DamagedDatabaseError, type Db, openDatabase } from './storage/database.ts';

/** The folder beside the database where evidence files are copied. */
export function evidenceFolder(databasePath: string): string {
  return databasePath === ':memory:' ? join(tmpdir(), 'cx-maturity-evidence') : join(dirname(databasePath), 'evidence');
}

export { createServices, type Services };

export interface AppContext {
  /** The open database and its services; replaced when a backup is restored. */
  readonly db: Db;
  readonly services: Services;
  readonly packages: PackageService;
  readonly databasePath: string;
  /** What happened when the database was found damaged on opening (null: it was not). */
  readonly recovery: Recovery | null;
  dispatch: Dispatch;
  /** Writes a backup now (rotated with the others). */
  backup: (reason: BackupReason) => BackupFile;
  /** Backs up the current state, then puts the named backup (or a backup file path) in place. */
  restore: (nameOrPath: string) => { restoredFrom: string; safetyBackup: string };
  /** Backs up when something changed since the last backup (hosts call it on a timer). */
  backupIfChanged: () => BackupFile | null;
  close: () => void;
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

export interface OpenContextOptions {
  databasePath: string;
  host: AppInfo['host'];
  clock?: Clock;
  version?: string;
  /** Back up on opening (hosts do; the CLI and tests do not). */
  backupOnStart?: boolean;
  /** What happened when the database was found damaged on start, for the screens to say. */
  recovery?: Recovery;
}

export interface Recovery {
  movedTo: string;
  restoredFrom: string | null;
}

export function openAppContext(options: OpenContextOptions): AppContext {
  const clock = options.clock ?? systemClock();
  const version = options.version ?? appVersion();
  const path = options.databasePath;
  const isFile = path !== ':memory:';
  const open = () =>
    openDatabase(path, {
      beforeMigrate: (db) => {
        if (isFile) createBackup(db, path, 'before-migration');
      },
    });

  function build(db: Db) {
    const services = createServices(db, clock, evidenceFolder(path));
    const packages = createPackageService(db, clock, services, version, () => {
      if (isFile) createBackup(db, path, 'before-import');
    });
    return { db, services, packages };
  }

  let state = build(open());
  let changesAtLastBackup = -1;
  const totalChanges = () => Number(state.db.prepare('SELECT total_changes() AS n').pluck().get());

  const context: AppContext = {
    get db() {
      return state.db;
    },
    get services() {
      return state.services;
    },
    get packages() {
      return state.packages;
    },
    databasePath: path,
    recovery: options.recovery ?? null,
    dispatch: (method, input) => dispatch(method, input),
    backup(reason) {
      if (!isFile) throw new AppError('STORAGE', 'An in-memory database has no backups.');
      const file = createBackup(state.db, path, reason);
      changesAtLastBackup = totalChanges();
      return file;
    },
    backupIfChanged() {
      if (!isFile || totalChanges() === changesAtLastBackup) return null;
      return context.backup('periodic');
    },
    restore(nameOrPath) {
      if (!isFile) throw new AppError('STORAGE', 'An in-memory database has no backups.');
      const source = listBackups(path).find((b) => b.name === nameOrPath)?.path ?? nameOrPath;
      const check = verifyBackup(source);
      if (!check.ok) throw new AppError('VALIDATION', `This backup cannot be restored: ${check.reason}.`);
      // The current state is kept first, so that a restore can itself be undone.
      const safety = createBackup(state.db, path, 'before-restore');
      state.db.close();
      // The last connection to close removes the WAL file: if it is still there, another
      // process (the app, or npm run serve) has the database open, and would keep writing
      // to the replaced file. Refuse rather than lose its work.
      const inUse = existsSync(`${path}-wal`);
      let failure: unknown = null;
      if (!inUse) {
        try {
          replaceDatabaseFile(path, source);
        } catch (e) {
          failure = e;
        }
      }
      state = build(open());
      dispatch = createDispatch(handlers());
      if (inUse) {
        throw new AppError(
          'CONFLICT',
          'The database is open in another window or server. Close CX Maturity Studio and any "npm run serve", then restore again.',
        );
      }
      if (failure) throw failure;
      changesAtLastBackup = totalChanges();
      return { restoredFrom: source, safetyBackup: safety.name };
    },
    close: () => state.db.close(),
  };

  const info = (): AppInfo => ({
    name: 'CX Maturity Studio',
    version,
    host: options.host,
    databasePath: path,
    languages: LANGUAGES,
    recovery: options.recovery ?? null,
  });
  const handlers = () => createHandlers(state.services, state.packages, info, context);
  let dispatch = createDispatch(handlers());

  // Temporary files of a backup interrupted last time (a kill, a crash) are removed at start.
  if (isFile) removeLeftoverTemps(path);
  if (
    options.backupOnStart &&
    isFile &&
    state.services.assessments.list({}).length + state.services.assessments.list({ deleted: true }).length > 0
  ) {
    context.backup('start');
  }
  changesAtLastBackup = totalChanges();
  return context;
}

/**
 * Opens the app's database for a host; when it is damaged, moves it aside (never deletes
 * it), restores the newest good backup when `restore` agrees, and opens again.
 */
export function openWithRecovery(
  options: OpenContextOptions,
  restore: (damaged: { path: string; newest: BackupFile | null }) => boolean = () => true,
): AppContext {
  try {
    // An empty (0-byte) file, or one whose header is not SQLite's (zeroed, overwritten), with a
    // good backup of this app beside it, is a damaged database of ours: recovered like one.
    // Without a backup, an empty file opens as a new database and a foreign file is refused.
    if (options.databasePath !== ':memory:' && lostHeader(options.databasePath) && newestGoodBackup(options.databasePath)) {
      throw new DamagedDatabaseError(options.databasePath, "empty, or its header is not SQLite's");
    }
    return openAppContext(options);
  } catch (e) {
    if (!(e instanceof DamagedDatabaseError)) throw e;
    const newest = newestGoodBackup(options.databasePath);
    const movedTo = moveAside(options.databasePath);
    let restoredFrom: string | null = null;
    if (newest && restore({ path: options.databasePath, newest })) {
      replaceDatabaseFile(options.databasePath, newest.path);
      restoredFrom = newest.name;
    }
    return openAppContext({ ...options, recovery: { movedTo, restoredFrom } });
  }
}

/** The file exists but is empty or does not start with SQLite's header. */
export function lostHeader(path: string): boolean {
  try {
    if (!existsSync(path) || !statSync(path).isFile()) return false;
    if (statSync(path).size === 0) return true;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(16);
      const read = readSync(fd, buffer, 0, 16, 0);
      return read < 16 || buffer.toString('latin1') !== 'SQLite format 3\u0000';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
