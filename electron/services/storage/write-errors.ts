/** Turns SQLite write failures into messages a person can act on. */
import { AppError } from '../../contract/errors.ts';

export function toStorageError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_FULL' || /disk is full/i.test(message)) {
    return new AppError('STORAGE', 'The disk is full: free some space, then try again. Nothing already saved was lost.');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('STORAGE', 'The database cannot be written (read-only file or folder). Nothing already saved was lost.');
  }
  if (code.startsWith('SQLITE_')) {
    return new AppError('STORAGE', `The database refused the change (${code}). Nothing already saved was lost.`);
  }
  return e;
}
