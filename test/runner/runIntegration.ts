import * as path from 'node:path';
import { compiledTestsDir, repoRoot, seedsDir, webTestsBundle } from './paths';
import { exitOnSignals } from './processGroups';
import { selectRuntime, suiteEnv, suiteTimeoutMs } from './runtimeSelection';
import { webWorkerRuntime } from './webWorkerRuntime';

/**
 * `npm run test:integration`: every test/integration/**\/*.test.ts in a real VS Code, with the
 * seeds folder as the workspace. Exits with the suite's own exit code. An argument names another
 * compiled suite entry point (the runner's self-test runs its fixtures that way).
 * With `--web` (`npm run test:web`): the web suites (test/web/) in the web worker extension host.
 */
async function main(): Promise<number> {
  exitOnSignals();
  const web = process.argv.includes('--web');
  const suitePath = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
  const extensionTestsPath = path.resolve(suitePath ?? (web ? webTestsBundle : path.join(compiledTestsDir, 'integration', 'index.js')));
  const runtime = web ? webWorkerRuntime : selectRuntime();
  console.log(`Integration tests, ${runtime.name} runtime${process.env.MOCHA_GREP ? `, grep "${process.env.MOCHA_GREP}"` : ''}.`);
  const started = Date.now();
  const code = await runtime.runSuite({
    label: web ? 'web' : 'integration',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    workspace: seedsDir,
    env: suiteEnv(),
    timeoutMs: suiteTimeoutMs(),
  });
  console.log(`Integration tests ${code === 0 ? 'passed' : `failed (exit code ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Integration tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
