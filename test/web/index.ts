// Mocha's browser build: the web worker host has no Node, so the Node suites' runner cannot load here.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { hostEnvSetting, suiteEndMarker, suiteStartMarker } from '../runner/hostLogProtocol';
import { hostEnv } from './hostEnv';

/**
 * Called by the web worker extension host (extensionTestsPath): every web suite, in the order
 * below. Rejects when a test fails, which makes the host report a non-zero exit code.
 */
export function run(): Promise<void> {
  const grep = hostEnv().MOCHA_GREP;
  if (vscode.workspace.getConfiguration().get(hostEnvSetting) === undefined) {
    return Promise.reject(new Error(`The runner did not pass the "${hostEnvSetting}" setting: run the web suites with npm run test:web.`));
  }
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  // After setup, which defines describe and it; there is no file system to find them by name.
  require('./host.test');
  require('./entities.test');
  require('./claims.test');
  require('./review.test');
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
