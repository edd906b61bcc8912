import * as fs from 'node:fs';
import * as path from 'node:path';
import { compiledTestsDir, repoRoot, runsDir, seedsDir } from './paths';
import { exitOnSignals } from './processGroups';
import { selectRuntime, suiteEnv, suiteTimeoutMs } from './runtimeSelection';

/**
 * `npm run test:smoke`: installs the packaged .vsix (argument, default policy-annotator.vsix) into
 * a fresh extensions folder of a real VS Code and runs test/smoke against that installed copy.
 * A runner loads tests only beside a development extension, so an empty one (test/smoke/host)
 * stands in; the workspace is a scratch folder holding one policy document.
 */
async function main(): Promise<number> {
  exitOnSignals();
  const vsix = path.resolve(process.argv[2] ?? path.join(repoRoot, 'policy-annotator.vsix'));
  if (!fs.existsSync(vsix)) {
    throw new Error(`No package at ${vsix}: run npm run package first.`);
  }
  const runtime = selectRuntime();
  console.log(`Smoke tests of ${path.relative(repoRoot, vsix)}, installed, ${runtime.name} runtime.`);
  fs.mkdirSync(runsDir, { recursive: true });
  const workspace = fs.mkdtempSync(path.join(runsDir, 'smoke-workspace-'));
  fs.copyFileSync(path.join(seedsDir, '002_ce0cf146e7dfc21b.txt'), path.join(workspace, 'report.policy'));
  try {
    return await runtime.runSuite({
      label: 'smoke',
      extensionDevelopmentPath: path.join(repoRoot, 'test', 'smoke', 'host'),
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

main().then(
  (code) => {
    console.log(`Smoke tests ${code === 0 ? 'passed' : `failed (exit code ${code})`}.`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`Smoke tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
