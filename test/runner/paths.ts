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

export const extensionId = 'policy-annotator.policy-annotator';
