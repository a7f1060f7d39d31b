/**
 * Writes a file so that it is either complete or absent: a temporary file beside it, then
 * a rename. A full disk or a read-only folder gives a message a person can act on.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../contract/errors.ts';

export function writeFileAtomic(path: string, content: string | Buffer) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    removeQuietly(temp);
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOSPC'
        ? 'the disk is full; free some space and try again'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'the folder cannot be written; choose another folder'
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? 'the folder does not exist'
            : (e as Error).message;
    throw new AppError('STORAGE', `Could not write ${path}: ${reason}. No partial file was left.`);
  }
}

/** Removes a leftover temporary file; when even that is impossible (its folder is gone or is a file), there is nothing to remove. */
export function removeQuietly(path: string) {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there.
  }
}
