// Bundles the web suites for the web worker extension host (`npm run test:web`): one browser
// bundle with mocha's browser build, inside the extension's folder (see test/runner/paths.ts).
// `node test/web/build.mjs <entry.ts> <outfile.js>` bundles another web suite (the runner's self-test).
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

/**
 * mocha/mocha.js is a UMD build: left to itself, its `module.exports = factory()` would replace
 * the bundle's own exports (and `run`). Hiding module, exports and define makes it set the
 * `mocha` global instead.
 */
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `var module, exports, define;\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

const [entry = 'test/web/index.ts', outfile = 'out/web-tests/index.js'] = process.argv.slice(2);

await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [mochaAsGlobal],
  // Expected files are bundled in, so the suites read nothing from the extension's folder and
  // run as well against an installed copy of the extension.
  loader: { '.yaml': 'text' },
});
