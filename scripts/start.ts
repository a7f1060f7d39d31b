/**
 * `npm start` (after the build): opens the desktop app with Electron; where the Electron
 * binary is missing (it could not be downloaded) or cannot run here, says so in one sentence
 * and starts the browser host instead, printing its URL as `npm run serve` does.
 * Arguments are passed on (`npm start -- --db <file>` for the browser host).
 * The binary is looked up as the electron package does (ELECTRON_OVERRIDE_DIST_PATH, then
 * node_modules/electron/dist), without its attempt to download it: the app works offline.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function electronBinary(): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, executable || 'electron') : executable ? join(pkg, 'dist', executable) : null;
  if (!binary) return null;
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}

async function startBrowserHost(reason: string) {
  console.log(`${reason}, so the app starts in your browser instead, as "npm run serve" does.`);
  // The browser host reads its options (--db, --port) from process.argv, like `npm run serve`.
  await import('../electron/server/main.ts');
}

const binary = electronBinary();
if (!binary) {
  await startBrowserHost(
    'The Electron binary is not installed here (it could not be downloaded; "npx install-electron" fetches it where the internet is reachable)',
  );
} else {
  const started = Date.now();
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('error', (e) => void startBrowserHost(`Electron could not be started (${e.message})`));
  child.on('exit', (code, signal) => {
    // A desktop app that stops with an error within seconds never opened its window (no display, missing libraries).
    if (code !== 0 && signal === null && Date.now() - started < 5000) {
      void startBrowserHost(`Electron stopped at start-up (exit code ${code}) and cannot run on this machine`);
    } else {
      process.exit(code ?? 0);
    }
  });
}
