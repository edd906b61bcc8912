// Bundles the extension and the command line. Type-checking is `npm run typecheck` (tsc),
// kept apart so a build stays fast.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
};

const contexts = await Promise.all([
  esbuild.context({
    ...shared,
    entryPoints: ['src/editor/extension.node.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  // package.json `browser`: the web worker extension host of vscode.dev and github.dev. Bundling
  // for the browser fails on any Node built-in, which keeps the Node-only parts out.
  esbuild.context({
    ...shared,
    platform: 'browser',
    target: 'es2022',
    entryPoints: ['src/editor/extension.browser.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
  }),
  // The Node host reads sidecars on a worker thread (src/editor/claims/sidecarReaderThread.ts).
  esbuild.context({
    ...shared,
    entryPoints: ['src/editor/claims/sidecarReaderWorker.ts'],
    outfile: 'dist/sidecarReaderWorker.js',
  }),
  esbuild.context({
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
