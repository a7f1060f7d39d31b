/**
 * Runs a built main bundle (out/main/…, the file package.json's `main` names) under Node with
 * the stand-in `electron` module, and checks the start-up as Electron would run it.
 * Used on the build in out/ and on the packed app.asar (extracted).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ipcChannel, MENU_CHANNEL, METHOD_NAMES } from '../../electron/contract/method-names.ts';
import { tempDir } from './temp-db.ts';

interface StandInReport {
  windows: { options: { webPreferences: Record<string, unknown> }; loaded: string | null; shown: boolean }[];
  channels: string[];
  menu: { label?: string }[] | null;
  sent: unknown[][];
  permissionDenied: boolean | null;
  checkDenied: boolean | null;
  calls: { own?: { ok: boolean }; foreign?: { ok: boolean; error?: { code: string } } };
  requests: { own: boolean; other: boolean };
  errors: string[];
}

const register = join(import.meta.dirname, 'electron-stand-in', 'register.mjs');

/** Starts the app in `appDir` (a folder with package.json and out/) and checks what it did. */
export function checkMainBundleStartUp(appDir: string): void {
  const main = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).main as string;
  const entry = join(appDir, main);
  expect(existsSync(entry), `package.json's main (${main}) exists`).toBe(true);

  const work = tempDir('cxms-smoke-');
  try {
    const pkg = join(work.dir, 'Kit.cxa');
    writeFileSync(pkg, '{"format":"cx-maturity-assessment"}');
    const reportPath = join(work.dir, 'report.json');
    execFileSync(process.execPath, ['--import', register, entry], {
      cwd: work.dir,
      stdio: 'pipe',
      timeout: 60_000,
      env: {
        ...process.env,
        CXMS_STANDIN_USERDATA: work.dir,
        CXMS_STANDIN_OPEN: pkg,
        CXMS_STANDIN_REPORT: reportPath,
      },
    });
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as StandInReport;
    expect(report.errors).toEqual([]);
    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    if (!window) throw new Error('no window');
    expect(window.shown).toBe(true);
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(existsSync(String(prefs.preload)), 'the preload file exists').toBe(true);
    expect(window.loaded && existsSync(window.loaded), 'index.html exists').toBe(true);
    expect(window.loaded?.endsWith('index.html')).toBe(true);
    expect([...report.channels].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    expect(report.menu?.length).toBeGreaterThan(0);
    expect(report.permissionDenied).toBe(true);
    expect(report.checkDenied).toBe(true);
    expect(report.calls.own?.ok).toBe(true);
    expect(report.calls.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.requests).toEqual({ own: false, other: true });
    expect(report.sent).toContainEqual([MENU_CHANNEL, 'import-file', { name: 'Kit.cxa', content: '{"format":"cx-maturity-assessment"}' }]);
  } finally {
    work.cleanup();
  }
}
