import * as path from 'node:path';
import { hostEnvSetting } from './hostLogProtocol';
import { CodeServerRuntime } from './offlineRuntime';
import { extensionId } from './paths';
import { SuiteRun, SuiteRuntime } from './suiteRuntime';

/**
 * code-server runs an extension that has both `main` and `browser` in its Node host: package.json's
 * extensionKind is filtered out there, but this user setting puts it in the web worker host, the
 * one vscode.dev and github.dev have (also for `npm start -- --web`).
 */
export const inWebWorkerSettings = { 'remote.extensionKind': { [extensionId]: ['web'] } };

const codeServerWebWorker = new CodeServerRuntime('web worker (code-server + chromium)', (hostEnv) => ({
  ...inWebWorkerSettings,
  [hostEnvSetting]: hostEnv,
}));

/**
 * The extension's `browser` entry in the web worker extension host of the offline VS Code. The
 * suite is a browser bundle that must lie inside the extension's folder (an installed copy works
 * as well as the checkout, given as extensionDevelopmentPath).
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
