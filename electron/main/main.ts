/** Electron's entry point: hands the real electron module to the host wiring. */
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { startElectronHost } from './wire.ts';

void startElectronHost(electron, {
  preload: fileURLToPath(new URL('../preload/preload.cjs', import.meta.url)),
  rendererIndex: fileURLToPath(new URL('../renderer/index.html', import.meta.url)),
});
