/** Starts the browser host on a fresh database with the built renderer, and Debian's Chromium. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
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
    async stop() {
      await host.close();
      context.close();
      db.cleanup();
    },
  };
}
