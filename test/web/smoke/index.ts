import { runBrowserMochaSuite } from '../../runner/browserMochaSuite';

/**
 * The web variant of `npm run test:smoke`: the installed .vsix's browser entry in the web worker
 * host. The runner bundles this into a copy of the stand-in extension (test/smoke/host).
 */
export function run(): Promise<void> {
  // After mocha has set its globals, as in test/web/index.ts: the web suites that need only the
  // package (activation, highlights, tagging), not the checkout.
  return runBrowserMochaSuite(() => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('./installed.test');
    require('../host.test');
    require('../entities.test');
    require('../claims.test');
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
}
