import { runTests, TestRunFailedError } from '@vscode/test-electron';
import type { ElectronHostRequest } from './electronRuntime';

/** Child process of the electron runtime: runs one suite and exits with its code. */
async function main(): Promise<number> {
  const { suite, userData, extensions } = JSON.parse(process.argv[2]) as ElectronHostRequest;
  try {
    return await runTests({
      extensionDevelopmentPath: suite.extensionDevelopmentPath,
      extensionTestsPath: suite.extensionTestsPath,
      extensionTestsEnv: suite.env,
      launchArgs: [suite.workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`, `--extensions-dir=${extensions}`],
      ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : {}),
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) {
      return error.code ?? 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
