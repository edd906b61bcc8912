import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createRunFolder, tidyRun } from './runFolder';
import { stopGroup, trackGroup } from './processGroups';
import { SuiteRun, SuiteRuntime, SuiteTimeoutError } from './suiteRuntime';

export interface ElectronHostRequest {
  readonly suite: SuiteRun;
  readonly userData: string;
  readonly extensions: string;
}

/**
 * The standard harness, @vscode/test-electron's runTests. It runs in a child process of its own
 * group (electronHost.js) so that a timeout can end VS Code and everything it started.
 */
export const electronRuntime: SuiteRuntime = {
  name: 'electron (@vscode/test-electron)',
  async runSuite(suite: SuiteRun): Promise<number> {
    const run = createRunFolder(suite.label);
    const request: ElectronHostRequest = { suite, userData: run.userData, extensions: run.extensions };
    const child = spawn(process.execPath, [path.join(__dirname, 'electronHost.js'), JSON.stringify(request)], {
      env: { ...process.env, ...run.env },
      detached: true,
      stdio: 'inherit',
    });
    trackGroup(child);
    let timer: NodeJS.Timeout | undefined;
    let code: number | undefined;
    try {
      code = await new Promise<number>((resolve, reject) => {
        timer = setTimeout(() => reject(new SuiteTimeoutError(suite, electronRuntime.name)), suite.timeoutMs);
        child.on('error', reject);
        child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
      });
      return code;
    } finally {
      clearTimeout(timer);
      await stopGroup(child);
      tidyRun(run, code === 0);
    }
  },
};
