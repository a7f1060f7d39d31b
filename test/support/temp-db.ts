/** A fresh database file in its own temporary folder, removed after the test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'cxms-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDbPath(): { path: string; dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  return { path: join(dir, 'test.sqlite'), dir, cleanup };
}
