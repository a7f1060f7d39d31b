/** Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file) into out/. */
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node' as const, target: 'node22', sourcemap: true, logLevel: 'info' as const };

await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'out/main/main.js',
  format: 'esm',
  // Dependencies stay in node_modules (packed by electron-builder): native modules
  // (better-sqlite3, @resvg/resvg-js) and font files must be loaded from there.
  packages: 'external',
  // CommonJS dependencies bundled into ESM still call require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
