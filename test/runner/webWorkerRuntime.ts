import * as fs from 'node:fs';
import * as path from 'node:path';
import { hostEnvSetting } from './hostLogProtocol';
import { CodeServerRuntime } from './offlineRuntime';
import { extensionId } from './paths';
import { SuiteRun, SuiteRuntime } from './suiteRuntime';

/**
 * code-server runs an extension that has both `main` and `browser` in its Node host: package.json's
 * extensionKind is filtered out there, but the `remote.extensionKind` user setting puts it in the
 * web worker host, the one vscode.dev and github.dev have (also for `npm start -- --web`).
 */
export function inWebWorkerSettings(...ids: string[]): Record<string, unknown> {
  return { 'remote.extensionKind': Object.fromEntries([extensionId, ...ids].map((id) => [id, ['web']])) };
}

/** `publisher.name` of the extension in `folder`. */
function idOfExtensionIn(folder: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { publisher: string; name: string };
  return `${manifest.publisher}.${manifest.name}`;
}

const codeServerWebWorker = new CodeServerRuntime('web worker (code-server + chromium)', (suite, hostEnv) => ({
  // The development extension holds the suite, which runs in its host: that one too, when it is
  // not this extension (the smoke suite's stand-in beside an installed .vsix).
  ...inWebWorkerSettings(idOfExtensionIn(suite.extensionDevelopmentPath)),
  [hostEnvSetting]: hostEnv,
}));

/**
 * The extension's `browser` entry in the web worker extension host of the offline VS Code. The
 * suite is a browser bundle (test/web/build.mjs) that must lie inside the development extension's
 * folder: the checkout, or a stand-in extension when the one under test is an installed .vsix.
 */
export const webWorkerRuntime: SuiteRuntime = {
  name: codeServerWebWorker.name,
  async runSuite(suite: SuiteRun): Promise<number> {
    const inside = path.relative(suite.extensionDevelopmentPath, suite.extensionTestsPath);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new Error(`The web suite ${suite.extensionTestsPath} must lie inside the extension's folder ${suite.extensionDevelopmentPath}: the workbench runs tests in the host of the extension that holds them.`);
    }
    return codeServerWebWorker.runSuite(suite);
  },
};
