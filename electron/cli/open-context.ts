/** Opens the services on the database named by --db, or the app's own database. */
import { openAppContext } from '../services/context.ts';
import { ensureDataFolder } from '../services/storage/data-folder.ts';
import { defaultDatabasePath } from '../services/storage/paths.ts';
import type { ParsedArgs } from './args.ts';

export function openCliContext(args: ParsedArgs) {
  const databasePath = typeof args.options.db === 'string' ? args.options.db : ensureDataFolder(defaultDatabasePath());
  return openAppContext({ databasePath, host: 'browser' });
}
