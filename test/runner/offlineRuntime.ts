import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { Page } from 'playwright-core';
import { installExtension, startCodeServer } from './codeServer';
import { ensureOfflineTools } from './offlineInstall';
import { addUserSettings, createRunFolder, RunFolder, tidyRun } from './runFolder';
import { parseScreenshotRequest, screenshotDirVariable, suiteEndMarker, suiteStartMarker } from './hostLogProtocol';
import { SuiteRun, SuiteRuntime, SuiteTimeoutError } from './suiteRuntime';
import { launchWorkbenchBrowser, workbenchUrl } from './workbench';

/**
 * VS Code from the code-server npm package, driven by Debian's Chromium. `hostSettings` gives the
 * run's user settings for a suite, given the environment meant for its extension host (the web
 * worker host has no process.env, so it reads that environment from a setting).
 */
export class CodeServerRuntime implements SuiteRuntime {
  constructor(readonly name: string, private readonly hostSettings: (suite: SuiteRun, hostEnv: Record<string, string>) => Record<string, unknown>) {}

  async runSuite(suite: SuiteRun): Promise<number> {
    const tools = await ensureOfflineTools();
    const run = createRunFolder(suite.label);
    // Playwright keeps its own scratch files under the runner's temporary folder.
    process.env.TMPDIR = run.env.TMPDIR;
    for (const vsix of suite.installExtensions ?? []) {
      await installExtension(tools, run, vsix);
    }
    const screenshots = process.env.SCREENSHOT_DIR ? path.resolve(process.env.SCREENSHOT_DIR) : run.screenshots;
    const hostEnv = { ...suite.env, [screenshotDirVariable]: screenshots };
    addUserSettings(run, this.hostSettings(suite, hostEnv));
    const server = await startCodeServer(tools, run, hostEnv);
    let code: number | undefined;
    try {
      const workbench = await launchWorkbenchBrowser(run);
      try {
        code = await runInWorkbench(workbench.page, suite, this.name, run, server.exited, workbenchUrl({
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
      reportRunFolder(run, code, screenshots);
    }
  }
}

/** The real Node extension host and `vscode` API on a machine that cannot download VS Code itself. */
export const offlineRuntime: SuiteRuntime = new CodeServerRuntime('offline (code-server + chromium)', () => ({}));

function reportRunFolder(run: RunFolder, code: number | undefined, screenshots: string): void {
  tidyRun(run, code === 0);
  if (fs.existsSync(screenshots) && fs.readdirSync(screenshots).length > 0) {
    console.log(`Screenshots: ${screenshots}`);
  }
  if (code !== 0) {
    console.log(`Logs of this run: ${run.logs} (workbench.log has the whole extension host output) and ${run.userData}`);
  }
}

/**
 * The workbench calls codeAutomationLog for its own and the extension host's output, and
 * codeAutomationExit with the suite's exit code; code-server itself always exits 0, so that call
 * is the verdict. The whole log goes to logs/workbench.log, the suite's part to the console too.
 */
async function runInWorkbench(page: Page, suite: SuiteRun, runtimeName: string, run: RunFolder, serverExited: Promise<string>, url: string): Promise<number> {
  let exit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => (exit = resolve));
  const workbenchLog = fs.createWriteStream(path.join(run.logs, 'workbench.log'));
  let echo = false;
  await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  await page.exposeFunction('codeAutomationLog', async (level: string, message: unknown) => {
    // As console.log prints them: the web worker host passes mocha's printf-style arguments as they are.
    const text = Array.isArray(message) ? util.format(...message) : String(message);
    // The workbench may still be logging while it closes after the verdict; the log is shut by then.
    if (workbenchLog.writableEnded) {
      return;
    }
    workbenchLog.write(`[${level}] ${text}\n`);
    const screenshot = parseScreenshotRequest(text);
    if (screenshot !== undefined) {
      await takeScreenshot(page, screenshot);
    } else if (text === suiteStartMarker || text === suiteEndMarker) {
      echo = text === suiteStartMarker;
    } else if (echo) {
      console.log(text);
    }
  });
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SuiteTimeoutError(suite, runtimeName)), suite.timeoutMs);
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
    workbenchLog.end();
  }
}

/** Written beside and renamed, so the test waiting for it never sees half a file. */
async function takeScreenshot(page: Page, file: string): Promise<void> {
  const partial = `${file}.partial.png`;
  await page.screenshot({ path: partial });
  fs.renameSync(partial, file);
}
