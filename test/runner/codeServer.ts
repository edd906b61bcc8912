import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OfflineTools } from './offlineInstall';
import { RunFolder } from './runFolder';
import { stopGroup, trackGroup } from './processGroups';

const startTimeoutMs = 60_000;
const listeningLine = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//;

export interface CodeServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** host:port, the authority of vscode-remote:// URIs for files on this server. */
  readonly authority: string;
  readonly log: string;
  /** Settles when the server stops on its own, which is always an error while a run is on. */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts VS Code's server (code-server) on a free loopback port, in its own process group.
 * `extraEnv` reaches the extension host, which code-server forks with its own environment.
 * `nodeArgs` go to code-server's Node and, through `fork`'s inherited `execArgv`, to the processes
 * it forks, the extension host among them (its environment's NODE_OPTIONS are removed).
 */
export async function startCodeServer(tools: OfflineTools, run: RunFolder, extraEnv: Record<string, string>, nodeArgs: readonly string[] = []): Promise<CodeServer> {
  const log = path.join(run.logs, 'code-server.log');
  const args = [
    ...nodeArgs,
    tools.codeServerEntry,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--config', path.join(run.root, 'code-server.yaml'),
    '--user-data-dir', run.userData,
    '--extensions-dir', run.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // A release-built workbench reads the `payload` URL parameter (extensionDevelopmentPath,
    // extensionTestsPath, openFile) only with the smoke-test driver enabled.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(tools.node, args, {
    cwd: run.root,
    // An empty gallery: no marketplace lookups to a network that isn't there.
    env: { ...process.env, ...run.env, EXTENSIONS_GALLERY: '{}', ...extraEnv },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackGroup(child);
  const logStream = fs.createWriteStream(log);
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve(`code-server stopped (${signal ?? `exit ${code}`}); see ${log}`)),
  );
  try {
    const origin = await waitForListening(child, exited);
    return {
      origin,
      authority: new URL(origin).host,
      log,
      exited,
      stop: () => stopGroup(child),
    };
  } catch (error) {
    await stopGroup(child);
    throw new Error(`${(error as Error).message} (log: ${log})`);
  }
}

function waitForListening(child: ChildProcess, exited: Promise<string>): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start listening within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = listeningLine.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((reason) => {
      clearTimeout(timer);
      reject(new Error(reason));
    });
  });
}

/** `code-server --install-extension <vsix>` into the run's extensions folder, as a user installs a downloaded package. */
export async function installExtension(tools: OfflineTools, run: RunFolder, vsix: string): Promise<void> {
  const log = path.join(run.logs, 'install-extension.log');
  const args = [tools.codeServerEntry, '--user-data-dir', run.userData, '--extensions-dir', run.extensions, '--install-extension', path.resolve(vsix)];
  const child = spawn(tools.node, args, { cwd: run.root, env: { ...process.env, ...run.env, EXTENSIONS_GALLERY: '{}' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  trackGroup(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  fs.writeFileSync(log, output);
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`);
  }
}
