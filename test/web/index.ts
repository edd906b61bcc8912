import { runBrowserMochaSuite } from '../runner/browserMochaSuite';

/** Called by the web worker extension host (extensionTestsPath): every web suite, in this order. */
export function run(): Promise<void> {
  return runBrowserMochaSuite(() => {
    require('./host.test');
    require('./entities.test');
    require('./claims.test');
    require('./review.test');
  });
}
