/** Reads a file named on the command line, with messages that say what to do when it cannot be read. */
import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../contract/errors.ts';

export function readInputFile(path: string | undefined, what: string, maxBytes: number): string {
  if (!path) throw new AppError('VALIDATION', `Name the ${what} file to read.`);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new AppError('VALIDATION', `${path} is a folder; name the ${what} file.`);
    size = stat.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(
      'NOT_FOUND',
      `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`,
    );
  }
  if (size > maxBytes) {
    throw new AppError(
      'VALIDATION',
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; a ${what} file must be at most ${maxBytes / 1024 / 1024} MB.`,
    );
  }
  return readFileSync(path, 'utf8');
}
