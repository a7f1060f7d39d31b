/**
 * `npm start` where the Electron binary is missing: one sentence, then the browser host,
 * with its URL printed as `npm run serve` prints it. Runs the start script (what `npm start`
 * runs after the build; out/ is built by test/support/build-once.ts) with the binary path
 * pointing nowhere.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-db.ts';

const root = join(import.meta.dirname, '..', '..');
let child: ChildProcess | null = null;
const work = tempDir('cxms-start-');
afterEach(() => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  work.cleanup();
});

describe('npm start without the Electron binary', () => {
  it('says so in one sentence and starts the browser host, printing its URL', async () => {
    child = spawn('npx', ['tsx', 'scripts/start.ts', '--db', join(work.dir, 'start.sqlite')], {
      cwd: root,
      detached: true,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(work.dir, 'no-electron-here') },
    });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += String(d);
    });
    child.stderr?.on('data', (d) => {
      output += String(d);
    });
    await expect.poll(() => output, { timeout: 30_000, interval: 100 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\S*/);
    const lines = output.trim().split('\n');
    expect(lines[0]).toMatch(
      /^The Electron binary is not installed here .*, so the app starts in your browser instead, as "npm run serve" does\.$/,
    );
    expect(output).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    const url = output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/)?.[0] ?? '';
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  }, 60_000);
});
