/** The layout's rules (DESIGN.md "Parts"), checked on the source. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

describe('architecture', () => {
  it("imports 'electron' only in electron/main and electron/preload", () => {
    const offenders = [...sources('electron'), ...sources('renderer'), ...sources('test')].filter(
      (f) => !/^electron\/(main|preload)\//.test(f) && importsOf(f).includes('electron'),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the renderer away from the services: it reaches them only through window.api', () => {
    const offenders = sources('renderer').filter((f) => importsOf(f).some((i) => /electron\/(services|main|preload|server|cli)/.test(i)));
    expect(offenders).toEqual([]);
  });

  it('keeps the contract pure: no Node, no services', () => {
    const offenders = sources('electron/contract').filter((f) => importsOf(f).some((i) => i.startsWith('node:') || i.includes('services')));
    expect(offenders).toEqual([]);
  });

  it('keeps the preload to the method names (no zod or services bundled into the sandbox)', () => {
    expect(importsOf('electron/preload/preload.ts').sort()).toEqual(['../contract/method-names.ts', 'electron']);
  });

  it('has the parts DESIGN.md names', () => {
    for (const dir of [
      'electron/contract',
      'electron/main',
      'electron/preload',
      'electron/services',
      'electron/cli',
      'electron/server',
      'renderer',
      'assets',
      'build',
      'test',
    ]) {
      expect(statSync(join(root, dir)).isDirectory(), dir).toBe(true);
    }
    expect(relative(root, root)).toBe('');
  });
});
