/**
 * Opens the services on the database named by --db, or the app's own database. A damaged
 * database (empty, header lost, failing its check) with a good backup beside it is moved
 * aside, never deleted, and the newest good backup put in its place, as the app does on
 * start; the CLI says so on stderr, so that a script's output stays clean. Without a good
 * backup the CLI leaves a damaged file untouched and says so (exit 2), rather than start a
 * new, empty database under a script that expects its data.
 */
import { newestGoodBackup } from '../services/backups/backup-files.ts';
import { type AppContext, lostHeader, type OpenContextOptions, openAppContext, openWithRecovery } from '../services/context.ts';
import { ensureDataFolder } from '../services/storage/data-folder.ts';
import { DamagedDatabaseError } from '../services/storage/database.ts';
import { defaultDatabasePath } from '../services/storage/paths.ts';
import type { ParsedArgs } from './args.ts';

export function openCliContext(args: ParsedArgs, warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {
  const databasePath = typeof args.options.db === 'string' ? args.options.db : ensureDataFolder(defaultDatabasePath());
  const options: OpenContextOptions = { databasePath, host: 'browser' };
  const recover = (): AppContext => {
    const context = openWithRecovery(options);
    const recovery = context.recovery;
    if (recovery?.restoredFrom) {
      warn(
        `The database ${databasePath} was damaged: it was moved aside to ${recovery.movedTo} and the newest good backup (${recovery.restoredFrom}) put in its place.`,
      );
    }
    return context;
  };
  const hasGoodBackup = () => newestGoodBackup(databasePath) !== null;
  if (lostHeader(databasePath) && hasGoodBackup()) return recover();
  try {
    return openAppContext(options);
  } catch (e) {
    if (e instanceof DamagedDatabaseError && hasGoodBackup()) return recover();
    throw e;
  }
}
