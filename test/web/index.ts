import { runBrowserMochaSuite } from '../runner/browserMochaSuite';

/** Called by the web worker extension host (extensionTestsPath): every web suite, in this order. */
export function run(): Promise<void> {
  // Loaded inside the callback, after mocha has set its globals (describe, it); require, not import,
  // so that esbuild still bundles them into the one web test file.
  return runBrowserMochaSuite(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('./host.test');
    require('./entities.test');
    require('./claims.test');
    require('./review.test');
    require('./export.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
}
