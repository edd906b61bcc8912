import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toolCacheDir } from './paths';
import { withLock } from './installLock';
import { machineProbe, missingSystemPackages } from './systemPackages';

/** code-server 4.139.1 is VS Code 1.139; its postinstall refuses any Node major but 24. */
export const codeServerVersion = '4.139.1';
const nodeMajor = 24;

const nodeDir = path.join(toolCacheDir, `node${nodeMajor}`);
const codeServerDir = path.join(toolCacheDir, `code-server-${codeServerVersion}`);
const installMarker = 'installed.json';
const installTimeoutMs = 20 * 60_000;

export interface OfflineTools {
  /** The Node 24 binary that code-server runs on. */
  readonly node: string;
  /** code-server's command line entry point, run with `node`. */
  readonly codeServerEntry: string;
}

/**
 * The platform package that `npm install node@24` fetches in its preinstall, installed directly:
 * it holds both the binary and the headers for native modules, and a later `npm install` in the
 * same folder does not prune it as it does the preinstall's unrecorded copy.
 */
const nodePackage = `node-${process.platform}-${process.arch}`;
const nodeHeadersDir = path.join(nodeDir, 'node_modules', nodePackage);
const nodeBinDir = path.join(nodeHeadersDir, 'bin');
const codeServerPackageDir = path.join(codeServerDir, 'node_modules', 'code-server');

/**
 * Installs Node 24 and code-server into .vscode-test on first use (about 2 minutes) and reuses
 * them afterwards. Both come from the npm registry, the only thing these machines can reach.
 */
export async function ensureOfflineTools(): Promise<OfflineTools> {
  const tools: OfflineTools = {
    node: path.join(nodeBinDir, 'node'),
    codeServerEntry: path.join(codeServerPackageDir, 'out', 'node', 'entry.js'),
  };
  const installed = isInstalled(nodeDir) && isInstalled(codeServerDir);
  // Said at once, in one line, rather than after a two-minute install fails on a missing header.
  const missing = missingSystemPackages(machineProbe, !installed);
  if (missing !== undefined) {
    throw new Error(missing);
  }
  if (installed) {
    return tools;
  }
  fs.mkdirSync(toolCacheDir, { recursive: true });
  await withLock(path.join(toolCacheDir, 'install.lock'), installTimeoutMs, async () => {
    if (!isInstalled(nodeDir)) {
      await installNode();
    }
    if (!isInstalled(codeServerDir)) {
      await installCodeServer();
    }
  });
  return tools;
}

function isInstalled(dir: string): boolean {
  return fs.existsSync(path.join(dir, installMarker));
}

function markInstalled(dir: string, what: string): void {
  fs.writeFileSync(path.join(dir, installMarker), JSON.stringify({ what, at: new Date().toISOString() }) + '\n');
}

async function installNode(): Promise<void> {
  console.log(`Installing Node ${nodeMajor} from npm into ${nodeDir} (first run only)...`);
  writeInstallPackage(nodeDir, { [nodePackage]: `${nodeMajor}` }, {});
  await npmInstall(nodeDir, withoutOuterNpm(process.env));
  const version = await output(path.join(nodeBinDir, 'node'), ['--version']);
  if (!version.startsWith(`v${nodeMajor}.`)) {
    throw new Error(`Expected Node ${nodeMajor} in ${nodeBinDir}, found ${version || 'nothing'}. See ${logFile(nodeDir)}.`);
  }
  markInstalled(nodeDir, `node ${version}`);
}

async function installCodeServer(): Promise<void> {
  console.log(`Installing code-server ${codeServerVersion} into ${codeServerDir} (first run only, about 2 minutes; log: ${logFile(codeServerDir)})...`);
  // code-server's postinstall installs VS Code's own dependencies (lib/vscode), which carry
  // their own allowScripts; code-server and argon2 need theirs allowed here.
  writeInstallPackage(codeServerDir, { 'code-server': codeServerVersion }, { [`code-server@${codeServerVersion}`]: true, argon2: true });
  await npmInstall(codeServerDir, {
    ...withoutOuterNpm(process.env),
    PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
    // The machine's npm config points nodedir at Node 20's headers; native modules need 24's.
    npm_config_nodedir: nodeHeadersDir,
  });
  for (const required of [path.join('lib', 'vscode', 'node_modules'), path.join('lib', 'vscode', 'extensions', 'node_modules')]) {
    if (!fs.existsSync(path.join(codeServerPackageDir, required))) {
      throw new Error(`code-server's postinstall did not run (no ${required}). Is libkrb5-dev installed? See ${logFile(codeServerDir)}.`);
    }
  }
  markInstalled(codeServerDir, `code-server ${codeServerVersion}`);
}

/**
 * Under `npm test` the environment carries the outer npm's settings, among them a user agent
 * naming Node 20, which code-server's postinstall reads as the Node it runs on.
 */
function withoutOuterNpm(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name)));
}

function writeInstallPackage(dir: string, dependencies: Record<string, string>, allowScripts: Record<string, boolean>): void {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: `${path.basename(dir)}-install`, private: true, dependencies, allowScripts };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
}

function logFile(dir: string): string {
  return `${dir}.log`;
}

function npmInstall(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const log = fs.openSync(logFile(dir), 'w');
  const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], { cwd: dir, env, stdio: ['ignore', log, log] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(log);
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`npm install in ${dir} failed (exit ${code}). See ${logFile(dir)}.`));
      }
    });
  });
}

function output(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', () => resolve(''));
    child.on('close', () => resolve(text.trim()));
  });
}
