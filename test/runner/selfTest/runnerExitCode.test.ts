import * as assert from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, webTestsBundle } from '../paths';
import { processesMentioning } from '../processGroups';

/**
 * The integration runner, run for real as `npm run test:integration` runs it, on two fixture
 * suites: its exit code must be the suite's verdict, and it must leave no process behind.
 */
const runner = path.join(__dirname, '..', 'runIntegration.js');
const fixture = (name: string): string => path.join(__dirname, '..', 'fixtures', name, 'index.js');

interface RunnerResult {
  readonly code: number | null;
  readonly output: string;
}

function runRunner(suite: string, env: NodeJS.ProcessEnv = {}, options: string[] = []): Promise<RunnerResult> {
  const child = spawn(process.execPath, [runner, suite, ...options], {
    env: { ...process.env, POLICY_ANNOTATOR_TEST_RUNTIME: 'offline', MOCHA_GREP: '', SCREENSHOT_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Processes still working in the run folder: code-server, its hosts, Chromium and its helpers. */
function processesUsing(runFolder: string): string[] {
  return processesMentioning(runFolder).map(({ pid, commandLine }) => `${pid}: ${commandLine.slice(0, 120)}`);
}

function runFolderOf(result: RunnerResult): string {
  const match = /^Run folder: (.+)$/m.exec(result.output);
  assert.ok(match, `the runner did not name its run folder:\n${result.output}`);
  return match[1];
}

describe('integration runner (offline runtime)', function () {
  this.timeout(10 * 60_000);

  it('exits 0 when the suite passes, and stops everything it started', async () => {
    const result = await runRunner(fixture('passing'));
    assert.strictEqual(result.code, 0, result.output);
    assert.match(result.output, /2 passing/);
    assert.deepStrictEqual(processesUsing(runFolderOf(result)), []);
    fs.rmSync(runFolderOf(result), { recursive: true, force: true });
  });

  it('exits non-zero when a test fails', async () => {
    const result = await runRunner(fixture('failing'));
    assert.notStrictEqual(result.code, 0, result.output);
    assert.match(result.output, /1 failing/);
    assert.deepStrictEqual(processesUsing(runFolderOf(result)), []);
    fs.rmSync(runFolderOf(result), { recursive: true, force: true });
  });

  it('fails with a clear message when the suite runs out of time', async () => {
    const result = await runRunner(fixture('passing'), { POLICY_ANNOTATOR_TEST_TIMEOUT: '0.5' });
    assert.notStrictEqual(result.code, 0, result.output);
    assert.match(result.output, /did not finish within/);
    assert.deepStrictEqual(processesUsing(runFolderOf(result)), []);
    fs.rmSync(runFolderOf(result), { recursive: true, force: true });
  });
});

describe('integration runner (web worker host)', function () {
  this.timeout(10 * 60_000);
  const bundle = path.join(path.dirname(webTestsBundle), 'self-test-failing.js');

  before(() => {
    // A browser bundle, as npm run test:web builds its suites, inside the extension's folder (out/).
    execFileSync(process.execPath, ['test/web/build.mjs', 'test/runner/fixtures/web-failing/index.ts', bundle], { cwd: repoRoot, stdio: 'pipe' });
  });

  it('exits non-zero when a test fails in the web worker, and stops everything it started', async () => {
    const result = await runRunner(bundle, {}, ['--web']);
    assert.notStrictEqual(result.code, 0, result.output);
    assert.match(result.output, /1 passing/);
    assert.match(result.output, /1 failing/);
    assert.match(result.output, /uiKind is 2, not Desktop \(on purpose\)/);
    assert.deepStrictEqual(processesUsing(runFolderOf(result)), []);
    fs.rmSync(runFolderOf(result), { recursive: true, force: true });
  });
});
