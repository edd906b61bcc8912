import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkoutVariable } from './hostLogProtocol';
import { compiledTestsDir, repoRoot, runsDir, seedsDir } from './paths';
import { exitOnSignals } from './processGroups';
import { selectRuntime, suiteEnv, suiteTimeoutMs } from './runtimeSelection';
import { webWorkerRuntime } from './webWorkerRuntime';

/** The empty development extension beside which a runner loads the smoke tests. */
const smokeHost = path.join(repoRoot, 'test', 'smoke', 'host');

/**
 * `npm run test:smoke`: installs the packaged .vsix (argument, default policy-annotator.vsix) into
 * a fresh extensions folder of a real VS Code and runs smoke tests against that installed copy,
 * twice: its Node entry (test/smoke) and its browser entry in the web worker host (test/web/smoke).
 * A runner loads tests only beside a development extension, so an empty one (test/smoke/host)
 * stands in. Exits non-zero when either variant fails.
 */
async function main(): Promise<number> {
  exitOnSignals();
  const vsix = path.resolve(process.argv[2] ?? path.join(repoRoot, 'policy-annotator.vsix'));
  if (!fs.existsSync(vsix)) {
    throw new Error(`No package at ${vsix}: run npm run package first.`);
  }
  fs.mkdirSync(runsDir, { recursive: true });
  const node = await smokeInNodeHost(vsix);
  const web = await smokeInWebWorker(vsix);
  console.log(`Smoke tests: Node host ${verdict(node)}, web worker host ${verdict(web)}.`);
  return node !== 0 ? node : web;
}

/** test/smoke in the Node extension host; the workspace is a scratch folder holding one policy document. */
async function smokeInNodeHost(vsix: string): Promise<number> {
  const runtime = selectRuntime();
  console.log(`Smoke tests of ${path.relative(repoRoot, vsix)}, installed, ${runtime.name} runtime.`);
  const workspace = fs.mkdtempSync(path.join(runsDir, 'smoke-workspace-'));
  fs.copyFileSync(path.join(seedsDir, '002_ce0cf146e7dfc21b.txt'), path.join(workspace, 'report.policy'));
  try {
    return await runtime.runSuite({
      label: 'smoke',
      extensionDevelopmentPath: smokeHost,
      extensionTestsPath: path.join(compiledTestsDir, 'smoke', 'index.js'),
      workspace,
      env: suiteEnv(),
      timeoutMs: suiteTimeoutMs(),
      installExtensions: [vsix],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/**
 * test/web/smoke in the web worker host, on the seeds folder as npm run test:web. The browser
 * bundle must lie inside the development extension's folder, so it is built into a scratch copy
 * of the stand-in rather than into the checkout.
 */
async function smokeInWebWorker(vsix: string): Promise<number> {
  console.log(`Smoke tests of ${path.relative(repoRoot, vsix)}, installed, ${webWorkerRuntime.name} runtime.`);
  const host = fs.mkdtempSync(path.join(runsDir, 'smoke-web-host-'));
  try {
    fs.copyFileSync(path.join(smokeHost, 'package.json'), path.join(host, 'package.json'));
    const bundle = path.join(host, 'web', 'index.js');
    execFileSync(process.execPath, ['test/web/build.mjs', 'test/web/smoke/index.ts', bundle], { cwd: repoRoot, stdio: 'inherit' });
    return await webWorkerRuntime.runSuite({
      label: 'smoke-web',
      extensionDevelopmentPath: host,
      extensionTestsPath: bundle,
      workspace: seedsDir,
      env: { ...suiteEnv(), [checkoutVariable]: repoRoot },
      timeoutMs: suiteTimeoutMs(),
      installExtensions: [vsix],
    });
  } finally {
    fs.rmSync(host, { recursive: true, force: true });
  }
}

function verdict(code: number): string {
  return code === 0 ? 'passed' : `failed (exit code ${code})`;
}

main().then(
  (code) => {
    console.log(`Smoke tests ${verdict(code)}.`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`Smoke tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
