/**
 * `node --import <this file> out/main/main.js` runs the built main bundle with the stand-in
 * below in place of the `electron` module (the Electron binary cannot run on every machine).
 */
import { registerHooks } from 'node:module';

const standIn = new URL('./electron.mjs', import.meta.url).href;
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: standIn, shortCircuit: true };
    return next(specifier, context);
  },
});
