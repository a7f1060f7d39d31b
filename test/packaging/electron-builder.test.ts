/**
 * Checks the packaging configuration offline: electron-builder packs `--linux dir` from a
 * stand-in Electron distribution (the real binary cannot be downloaded here), and the
 * result must hold the built app, with better-sqlite3's native files outside the asar.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMainBundleStartUp } from '../support/main-bundle-smoke.ts';
import { tempDir } from '../support/temp-db.ts';

const root = join(import.meta.dirname, '..', '..');
const work = tempDir('cxms-pack-');
const output = join(work.dir, 'release');
const unpacked = join(output, 'linux-unpacked');

beforeAll(() => {
  const fakeElectron = join(work.dir, 'electron-dist');
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
  writeFileSync(join(fakeElectron, 'electron'), '#!/bin/sh\necho stand-in for the Electron binary\n');
  chmodSync(join(fakeElectron, 'electron'), 0o755);
  writeFileSync(join(fakeElectron, 'LICENSE'), 'stand-in');
  const run = (args: string[]) =>
    execFileSync('npm', args, { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  // out/ is already built (test/support/build-once.ts).
  run([
    'exec',
    '--',
    'electron-builder',
    '--config',
    'electron-builder.yml',
    '--linux',
    'dir',
    `-c.electronDist=${fakeElectron}`,
    '-c.electronVersion=45.5.0',
    `-c.directories.output=${output}`,
    '--publish',
    'never',
  ]);
}, 240_000);
afterAll(() => work.cleanup());

describe('electron-builder packaging', () => {
  it('packs the built main, preload, renderer, locales and package.json into app.asar, and no sources or tests', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const expected of [
      '/out/main/main.js',
      '/out/preload/preload.cjs',
      '/out/cli/main.js',
      '/assets/frameworks/cx-ces-digital.json',
      '/out/renderer/index.html',
      '/package.json',
      '/assets/locales/ja.json',
    ]) {
      expect(files, expected).toContain(expected);
    }
    expect(files.filter((f) => f.startsWith('/electron/') || f.startsWith('/test/') || f.startsWith('/renderer/'))).toEqual([]);
    expect(files.some((f) => f.startsWith('/node_modules/vitest'))).toBe(false);
  });

  it('packs every package the bundled main process imports (dependencies, not devDependencies)', () => {
    const files = new Set(listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/')));
    const main = readFileSync(join(root, 'out', 'main', 'main.js'), 'utf8');
    // Static imports, and the packages loaded at run time with require() (jsdom, the report fonts).
    const specifiers = [
      ...[...main.matchAll(/\bfrom\s*["']([\w@][\w@/.-]*)["']/g)].map((m) => m[1] as string),
      ...[...main.matchAll(/\(["'](jsdom|@expo-google-fonts\/[\w-]+)["']\)/g)].map((m) => m[1] as string),
    ];
    const packages = [
      ...new Set(
        specifiers
          .filter((s) => !s.startsWith('node:') && s !== 'electron')
          .map((s) =>
            s
              .split('/')
              .slice(0, s.startsWith('@') ? 2 : 1)
              .join('/'),
          ),
      ),
    ];
    expect(packages).toEqual(expect.arrayContaining(['better-sqlite3', 'docx', 'jsdom', 'react', '@resvg/resvg-js']));
    const missing = packages.filter((name) => !files.has(`/node_modules/${name}/package.json`));
    expect(missing).toEqual([]);
  });

  it('packs the peer dependencies of every packed package (recharts needs react-is)', () => {
    const files = new Set(listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/')));
    const manifests = [...files].filter((f) => /^\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(f));
    const missing: string[] = [];
    for (const manifest of manifests) {
      const pkg = JSON.parse(readFileSync(join(root, manifest), 'utf8')) as {
        name: string;
        peerDependencies?: Record<string, string>;
        peerDependenciesMeta?: Record<string, { optional?: boolean }>;
      };
      for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
        if (pkg.peerDependenciesMeta?.[peer]?.optional) continue;
        if (!files.has(`/node_modules/${peer}/package.json`)) missing.push(`${peer} (for ${pkg.name})`);
      }
    }
    expect(manifests.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('starts from the packed app.asar as from out/ (stand-in Electron)', () => {
    const app = join(work.dir, 'app');
    extractAll(join(unpacked, 'resources', 'app.asar'), app);
    checkMainBundleStartUp(app);
  });

  it("unpacks better-sqlite3's native module from the asar", () => {
    const native = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(
      existsSync(join(native, 'prebuilds', 'linux-x64.node')) || existsSync(join(native, 'build', 'Release', 'better_sqlite3.node')),
    ).toBe(true);
  });

  it('names the executable after the product', () => {
    expect(existsSync(join(unpacked, 'cx-maturity-studio'))).toBe(true);
  });
});
