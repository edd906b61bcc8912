import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The source files the browser entry pulls in, as esbuild's npm run build bundles it. */
async function browserEntryInputs(): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(repoRoot, 'src', 'editor', 'extension.browser.ts')],
    absWorkingDir: repoRoot,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

// vscode.dev and github.dev load package.json's `browser` entry into a web worker: no Node, no git.
describe('browser entry', () => {
  it('bundles for the browser: no Node built-in anywhere in what it imports', async () => {
    // esbuild refuses `node:*`, `fs`, `child_process`... under platform browser, so a build that
    // succeeds is the proof; the inputs say it really bundled the editor layer.
    const inputs = await browserEntryInputs();
    assert.ok(inputs.includes('src/editor/claims/annotationStore.ts'), inputs.join('\n'));
  });

  it('leaves out the command line and the git review features, keeping only their browser stand-in', async () => {
    const nodeOnly = (await browserEntryInputs()).filter((input) => input.startsWith('src/cli/') || (input.startsWith('src/editor/review/') && input !== 'src/editor/review/reviewInBrowser.ts'));
    assert.deepEqual(nodeOnly, []);
  });
});
