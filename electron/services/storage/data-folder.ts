/** Creates the folder of the default database on first use. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../contract/errors.ts';

export function ensureDataFolder(databasePath: string): string {
  try {
    mkdirSync(dirname(databasePath), { recursive: true });
  } catch (e) {
    throw new AppError(
      'STORAGE',
      `Cannot create the data folder ${dirname(databasePath)} (${(e as Error).message}). Use --db to choose another location.`,
    );
  }
  return databasePath;
}
