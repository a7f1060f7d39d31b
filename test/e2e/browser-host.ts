/** Starts the browser host on a fresh database with the built renderer, and Debian's Chromium. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startHttpHost } from '../../electron/server/http-host.ts';
import { openAppContext } from '../../electron/services/context.ts';
import { tempDbPath } from '../support/temp-db.ts';

const root = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(root, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export async function startTestHost() {
  const staticDir = join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('Build the renderer first: npm run build:renderer');
  const db = tempDbPath();
  const context = openAppContext({ databasePath: db.path, host: 'browser' });
  const host = await startHttpHost({ dispatch: context.dispatch, staticDir });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: host.url,
    host,
    context,
    /** Calls the API as the page would, and returns the value (an error envelope fails the test). */
    async api<T = unknown>(method: string, input: unknown = {}): Promise<T> {
      const envelope = await context.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value as T;
    },
    async stop() {
      await host.close();
      context.close();
      db.cleanup();
    },
  };
}

/** axe's serious and critical violations on the page, each with where it is; [] when there are none. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Not over a button (hover colours are not resting colours), nor half-way through a transition.
  await page.mouse.move(1, 780);
  await page.waitForTimeout(400);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
