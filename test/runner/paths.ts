import * as path from 'node:path';

/** The repository root (this file runs compiled, from out/test/runner). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Installed tools, reused across runs (git-ignored, like test-electron's download cache). */
export const toolCacheDir = path.join(repoRoot, '.vscode-test');

/** One folder per run, holding everything a run writes (git-ignored). */
export const runsDir = path.join(repoRoot, '.test-runs');

export const seedsDir = path.join(repoRoot, 'seeds');

/** Where tsc puts the compiled tests. */
export const compiledTestsDir = path.join(repoRoot, 'out', 'test');

/** In its own Node-free module, so the web suites can import it too. */
export { extensionId } from './extensionId';

/**
 * The web suites, bundled for the browser (test/web/build.mjs). Inside the extension's folder:
 * the workbench runs tests in the host of the extension whose folder holds them.
 */
export const webTestsBundle = path.join(repoRoot, 'out', 'web-tests', 'index.js');
