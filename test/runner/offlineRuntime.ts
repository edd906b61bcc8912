import * as fs from 'node:fs';
import { Page } from 'playwright-core';
import { startCodeServer } from './codeServer';
import { ensureOfflineTools } from './offlineInstall';
import { createRunFolder, RunFolder, tidyPassedRun } from './runFolder';
import { parseScreenshotRequest } from './screenshotProtocol';
import { SuiteRun, SuiteRuntime, SuiteTimeoutError } from './suiteRuntime';
import { launchWorkbenchBrowser, workbenchUrl } from './workbench';

/**
 * VS Code from the code-server npm package, driven by Debian's Chromium: the real Node extension
 * host and `vscode` API on a machine that cannot download VS Code itself.
 */
export const offlineRuntime: SuiteRuntime = {
  name: 'offline (code-server + chromium)',
  async runSuite(suite: SuiteRun): Promise<number> {
    const tools = await ensureOfflineTools();
    const run = createRunFolder(suite.label);
    // Playwright keeps its own scratch files under the runner's temporary folder.
    process.env.TMPDIR = run.env.TMPDIR;
    const server = await startCodeServer(tools, run, { SCREENSHOT_DIR: run.screenshots, ...suite.env });
    let code: number | undefined;
    try {
      const workbench = await launchWorkbenchBrowser(run);
      try {
        code = await runInWorkbench(workbench.page, suite, server.exited, workbenchUrl({
          origin: server.origin,
          authority: server.authority,
          workspace: suite.workspace,
          extensionDevelopmentPath: suite.extensionDevelopmentPath,
          extensionTestsPath: suite.extensionTestsPath,
        }));
        return code;
      } finally {
        await workbench.close();
      }
    } finally {
      await server.stop();
      reportRunFolder(run, code);
    }
  },
};

function reportRunFolder(run: RunFolder, code: number | undefined): void {
  if (code === 0) {
    tidyPassedRun(run);
    if (fs.existsSync(run.screenshots)) {
      console.log(`Screenshots: ${run.screenshots}`);
    }
  } else {
    console.log(`Logs of this run: ${run.logs}`);
  }
}

/**
 * The workbench calls codeAutomationLog for the extension host's output and codeAutomationExit
 * with the suite's exit code; code-server itself always exits 0, so that call is the verdict.
 */
async function runInWorkbench(page: Page, suite: SuiteRun, serverExited: Promise<string>, url: string): Promise<number> {
  let exit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  await page.exposeFunction('codeAutomationLog', (_level: string, message: unknown) => onLog(page, message));
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SuiteTimeoutError(suite, offlineRuntime.name)), suite.timeoutMs);
    void serverExited.then((reason) => reject(new Error(reason)));
    page.on('crash', () => reject(new Error('The workbench page crashed.')));
  });
  // Settles after the verdict too (the server is stopped afterwards): that must not count as unhandled.
  failure.catch(() => undefined);
  try {
    await page.goto(url);
    return await Promise.race([exitCode, failure]);
  } finally {
    clearTimeout(timer);
  }
}

async function onLog(page: Page, message: unknown): Promise<void> {
  const text = Array.isArray(message) ? message.join(' ') : String(message);
  const screenshot = parseScreenshotRequest(text);
  if (screenshot === undefined) {
    console.log(text);
    return;
  }
  // Written beside and renamed, so the waiting test never sees half a file.
  const partial = `${screenshot}.partial.png`;
  await page.screenshot({ path: partial });
  fs.renameSync(partial, screenshot);
}
