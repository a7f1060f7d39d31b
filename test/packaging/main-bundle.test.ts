/**
 * The start-up `npm start` takes: the built main bundle that package.json's `main` names,
 * run under Node with a stand-in for the `electron` module (no binary needed).
 * out/ is built once for the unit tests (test/support/build-once.ts).
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { checkMainBundleStartUp } from '../support/main-bundle-smoke.ts';

describe('the built main bundle', () => {
  it('starts: one secure window with its preload and index.html, every IPC method, the menu, a second launch opening a .cxa', () => {
    checkMainBundleStartUp(join(import.meta.dirname, '..', '..'));
  });
});
