// Mocha's browser build: the web worker extension host has no Node, so mochaSuite.ts cannot run there.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { hostEnvSetting, suiteEndMarker, suiteStartMarker } from './hostLogProtocol';

/** What the Node suites read from process.env, which the runner writes into a setting for the web worker. */
export function hostEnv(): Readonly<Record<string, string | undefined>> {
  return vscode.workspace.getConfiguration().get<Record<string, string>>(hostEnvSetting) ?? {};
}

/**
 * Runs mocha (bdd) in the web worker extension host: `loadTests` requires the test files once
 * mocha has defined describe and it (there is no file system to find them by name). Rejects when
 * a test fails, which makes the host report a non-zero exit code. `MOCHA_GREP` selects a subset.
 */
export function runBrowserMochaSuite(loadTests: () => void): Promise<void> {
  if (vscode.workspace.getConfiguration().get(hostEnvSetting) === undefined) {
    return Promise.reject(new Error(`The runner did not pass the "${hostEnvSetting}" setting: run web suites with runIntegration.js --web.`));
  }
  const grep = hostEnv().MOCHA_GREP;
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  loadTests();
  console.log(suiteStartMarker);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(suiteEndMarker);
      if (failures > 0) {
        reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`));
      } else {
        resolve();
      }
    });
  });
}
