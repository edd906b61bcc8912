import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer } from './codeServer';
import { codeServerVersion, ensureOfflineTools } from './offlineInstall';
import { repoRoot, seedsDir } from './paths';
import { createRunFolder, RunFolder, tidyRun } from './runFolder';
import { inWebWorkerSettings } from './webWorkerRuntime';
import { launchWorkbenchBrowser, workbenchUrl, WorkbenchLocation } from './workbench';

const usage = `Usage: npm start [-- --open <seed file>] [-- --screenshot <file.png>] [-- --web]
  Runs the extension in development mode on the seeds folder.
  With a local VS Code (\`code\` on PATH, or VSCODE_EXECUTABLE_PATH) it opens a window;
  otherwise it serves VS Code from npm (code-server) on 127.0.0.1 and prints the URL to open.
  --open <file>        the seed document to open (default: the first one)
  --screenshot <file>  load the workbench headless, save a PNG of it, and exit
  --offline            serve from code-server even if a local VS Code exists
  --web                the browser entry in the web worker extension host, as on vscode.dev
                       and github.dev (served from code-server)`;

const options = parseArgs({
  options: {
    open: { type: 'string' },
    screenshot: { type: 'string' },
    offline: { type: 'boolean', default: false },
    web: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
}).values;

function seedToOpen(): string {
  const name = options.open ?? fs.readdirSync(seedsDir).filter((file) => !file.startsWith('.')).sort()[0];
  const file = path.resolve(seedsDir, name);
  if (!fs.existsSync(file)) {
    throw new Error(`No seed document ${file}.`);
  }
  return file;
}

/** A desktop VS Code to hand the job to: VSCODE_EXECUTABLE_PATH, else `code` on PATH. */
function localVsCode(): string | undefined {
  if (process.env.VSCODE_EXECUTABLE_PATH) {
    return process.env.VSCODE_EXECUTABLE_PATH;
  }
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0 ? 'code' : undefined;
}

async function main(): Promise<void> {
  if (options.help) {
    console.log(usage);
    return;
  }
  const seed = seedToOpen();
  const desktop = options.offline || options.web || options.screenshot !== undefined ? undefined : localVsCode();
  if (desktop !== undefined) {
    console.log(`Opening ${seedsDir} in ${desktop} with the extension in development mode.`);
    spawn(desktop, [`--extensionDevelopmentPath=${repoRoot}`, seedsDir, seed], { stdio: 'inherit' });
    return;
  }
  const tools = await ensureOfflineTools();
  // Wrapped lines show a whole paragraph's highlights in one picture.
  const host = options.web ? inWebWorkerSettings() : {};
  const run = options.screenshot === undefined ? createRunFolder('start', host) : createRunFolder('screenshot', { 'editor.wordWrap': 'on', ...host });
  process.env.TMPDIR = run.env.TMPDIR;
  const server = await startCodeServer(tools, run, {});
  const location: WorkbenchLocation = {
    origin: server.origin,
    authority: server.authority,
    workspace: seedsDir,
    extensionDevelopmentPath: repoRoot,
    openFile: seed,
  };
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= server.stop().then(() => tidyRun(run, true)));
  if (options.screenshot !== undefined) {
    try {
      await screenshotWorkbench(location, run, path.resolve(options.screenshot));
    } finally {
      await stop();
    }
    return;
  }
  console.log(`\nPolicy Annotator in development mode, VS Code from code-server ${codeServerVersion}:\n\n  ${workbenchUrl(location)}\n\nOpen that URL in a browser on this machine. Ctrl-C stops the server.`);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  const reason = await server.exited;
  if (stopping === undefined) {
    console.error(reason);
    await stop();
    process.exitCode = 1;
  }
}

/** Extension-driven parts of the editor (decorations, code lenses) arrive after the text. */
const settleMs = 3000;
const codeLensWaitMs = 15_000;

async function screenshotWorkbench(location: WorkbenchLocation, run: RunFolder, file: string): Promise<void> {
  const workbench = await launchWorkbenchBrowser(run);
  try {
    await workbench.page.goto(workbenchUrl(location));
    await workbench.page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 60_000 });
    await workbench.page.locator('.codelens-decoration').first().waitFor({ timeout: codeLensWaitMs }).catch(() => {
      console.log(`No code lens appeared within ${codeLensWaitMs / 1000} s; taking the picture anyway.`);
    });
    await workbench.page.waitForTimeout(settleMs);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await workbench.page.screenshot({ path: file });
    console.log(`Saved ${file}`);
  } finally {
    await workbench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
