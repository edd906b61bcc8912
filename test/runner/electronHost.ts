import { spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests, TestRunFailedError } from '@vscode/test-electron';
import type { ElectronHostRequest } from './electronRuntime';

/** Child process of the electron runtime: runs one suite and exits with its code. */
async function main(): Promise<number> {
  const { suite, userData, extensions } = JSON.parse(process.argv[2]) as ElectronHostRequest;
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH ?? (await downloadAndUnzipVSCode());
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  for (const vsix of suite.installExtensions ?? []) {
    const installed = spawnSync(cli, [...cliArgs, `--extensions-dir=${extensions}`, '--install-extension', vsix], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (installed.status !== 0) {
      throw new Error(`${cli} --install-extension ${vsix} failed: ${installed.stderr || installed.stdout}`);
    }
  }
  // Installed extensions run only when extensions are not all disabled.
  const disable = suite.installExtensions?.length ? [] : ['--disable-extensions'];
  try {
    return await runTests({
      extensionDevelopmentPath: suite.extensionDevelopmentPath,
      extensionTestsPath: suite.extensionTestsPath,
      extensionTestsEnv: suite.env,
      launchArgs: [suite.workspace, ...disable, '--disable-workspace-trust', `--user-data-dir=${userData}`, `--extensions-dir=${extensions}`],
      vscodeExecutablePath,
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
