/**
 * Opens the services on the database named by --db, or the app's own database. A damaged
 * database (empty, header lost, failing its check) with a good backup beside it is moved
 * aside, never deleted, and the newest good backup put in its place, as the app does on
 * start; the CLI says so on stderr, so that a script's output stays clean.
 */
import { openWithRecovery } from '../services/context.ts';
import { ensureDataFolder } from '../services/storage/data-folder.ts';
import { defaultDatabasePath } from '../services/storage/paths.ts';
import type { ParsedArgs } from './args.ts';

export function openCliContext(args: ParsedArgs, warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {
  const databasePath = typeof args.options.db === 'string' ? args.options.db : ensureDataFolder(defaultDatabasePath());
  const context = openWithRecovery({ databasePath, host: 'browser' });
  const recovery = context.recovery;
  if (recovery) {
    warn(
      recovery.restoredFrom
        ? `The database ${databasePath} was damaged: it was moved aside to ${recovery.movedTo} and the newest good backup (${recovery.restoredFrom}) put in its place.`
        : `The database ${databasePath} was damaged: it was moved aside to ${recovery.movedTo}; no good backup was found, so a new, empty database was started.`,
    );
  }
  return context;
}
