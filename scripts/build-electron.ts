/**
 * Bundles the Electron main process (ESM), the sandboxed preload (one CommonJS file) and the
 * command line (ESM, split so that the report's modules load only for `report`) into out/.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * JSON assets (the built-in framework is 1.3 MB) become `JSON.parse('…')`: V8 scans a string
 * far faster than it compiles the same data as an object literal, which the command line
 * would otherwise pay on every start.
 */
const jsonAsString: Plugin = {
  name: 'json-as-string',
  setup(b) {
    // The JSON under assets/frameworks and assets/samples is read from assets/ (shipped next to
    // out/ in the installers) when the bundle loads: faster than any JavaScript form of it.
    b.onLoad({ filter: /assets[\\/](frameworks|samples)[\\/][^\\/]+\.json$/ }, (args) => {
      const asset = relative(process.cwd(), args.path).split(sep).join('/');
      return {
        contents: `import { existsSync, readFileSync } from 'node:fs';
const candidates = ['../../${asset}', '../../../${asset}'].map((p) => new URL(p, import.meta.url));
const file = candidates.find((u) => existsSync(u)) ?? candidates[0];
export default JSON.parse(readFileSync(file, 'utf8'));`,
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node' as const,
  target: 'node22',
  sourcemap: true,
  logLevel: 'info' as const,
  plugins: [jsonAsString],
};

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

// The command line: `node out/cli/main.js ...` (no tsx, no source checkout; shipped in the installers).
await build({
  ...common,
  entryPoints: ['electron/cli/main.ts'],
  outdir: 'out/cli',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
