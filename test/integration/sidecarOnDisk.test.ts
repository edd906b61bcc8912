import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import { SIDECAR_SUFFIX } from '../../src/core/sidecar/types';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { MemoryFileSystem } from './helpers/memoryFileSystem';
import { recordMessages } from './helpers/messages';
import { myth, reviewText, savings, sidecarTextOf } from './helpers/reviewFixtures';
import { eventually, lenses } from './helpers/waitFor';

// In the Node host the sidecar worker reads `file:` sidecars from disk itself: whatever puts one
// there (git, another editor) must be read as it is, a file it cannot read must be reported and
// left alone, and a sidecar elsewhere (a virtual workspace) is still read through workspace.fs.

/** In the workspace (its file watcher covers only that), with the repository's own folder outside it. */
const workDir = path.join(seedsDir, 'sidecar-on-disk-tmp');
const documentPath = path.join(workDir, 'report.txt');
const sidecarPath = documentPath + SIDECAR_SUFFIX;
const LATER = 'The commission found no evidence';

/** The claims whose lenses the editor is given for `uri` now, by id. */
async function claimsShown(uri: vscode.Uri): Promise<string[]> {
  return (await lenses(uri)).filter((lens) => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.title.startsWith('$(tag)')).map((lens) => lens.command!.arguments![1] as string).sort();
}

function showsClaims(uri: vscode.Uri, ids: string[], what: string): Promise<true> {
  const wanted = [...ids].sort().join(', ');
  return eventually(async () => ((await claimsShown(uri)).join(', ') === wanted ? true : undefined), `${what}: the lenses of ${wanted || 'no claim'}`, 15_000);
}

async function problemLens(uri: vscode.Uri): Promise<string> {
  return eventually(async () => (await lenses(uri)).find((lens) => lens.command?.command === 'policyAnnotator.openSidecarProblem')?.command!.title, 'a lens naming the problem with the sidecar');
}

/** Tags the sentence starting with `opening` by command, as the lens would; resolves to the claim's id, or undefined when refused. */
function tag(uri: vscode.Uri, text: string, opening: string): Thenable<string | undefined> {
  const start = text.indexOf(opening);
  return vscode.commands.executeCommand<string | undefined>('policyAnnotator.tagSelection', uri, { start, end: start + opening.length }, { tags: ['finding'] });
}

/**
 * A sidecar of `document` whose note's é is `bytes`, and that note's line: typed by an editor set
 * to Latin-1 (one byte, which UTF-8 never has alone), or a NUL byte (a binary file).
 */
function sidecarWithNote(document: string, bytes: number[]): { bytes: Buffer; line: number } {
  const text = sidecarTextOf(document, { ...myth, note: 'Checked by the café team.' }, savings);
  const [before, after] = text.split('é');
  return { bytes: Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]), line: before.split('\n').length };
}
const LATIN1_E_ACUTE = [0xe9];

describe('claims: the sidecar as it is on disk, read by the sidecar worker', function () {
  this.timeout(60_000);
  let repository: string;
  let document: vscode.TextDocument;
  let recorder: ReturnType<typeof recordMessages>;
  const git = (...args: string[]): string => execFileSync('git', args, {
    encoding: 'utf8',
    stdio: 'pipe',
    env: {
      ...process.env, GIT_DIR: repository, GIT_WORK_TREE: workDir,
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
    },
  });

  before(async () => {
    await activatePolicyAnnotator();
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.mkdirSync(workDir, { recursive: true });
    // No .git in the workspace: the git extension leaves this repository alone, and nothing of it locks the index meanwhile.
    repository = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-sidecar-git-'));
    git('init', '--quiet', '--initial-branch=main');
    fs.writeFileSync(documentPath, reviewText);
    fs.writeFileSync(sidecarPath, sidecarTextOf('report.txt', myth));
    git('add', '.');
    git('commit', '--quiet', '-m', 'one claim');
    git('tag', 'one');
    fs.writeFileSync(sidecarPath, sidecarTextOf('report.txt', myth, savings));
    git('commit', '--quiet', '-am', 'two claims');
    git('tag', 'two');
    git('rm', '--quiet', path.basename(sidecarPath));
    git('commit', '--quiet', '-m', 'no annotations');
    git('tag', 'none');
    git('checkout', '--quiet', 'two');
    recorder = recordMessages();
  });

  after(async () => {
    recorder.restore();
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.rmSync(repository, { recursive: true, force: true });
  });

  it('follows git checkouts that change, delete and bring back the sidecar, and writes nothing', async () => {
    document = await vscode.workspace.openTextDocument(documentPath);
    await vscode.window.showTextDocument(document);
    await showsClaims(document.uri, [myth.id, savings.id], 'on opening');
    for (const [version, ids] of [['one', [myth.id]], ['none', []], ['two', [myth.id, savings.id]]] as const) {
      git('checkout', '--quiet', version);
      await showsClaims(document.uri, [...ids], `after checking out ${version}`);
      assert.strictEqual(git('status', '--porcelain'), '', `the editor changed files after checking out ${version}`);
    }
  });

  it('reports a sidecar that cannot be read, naming it, refuses to tag and leaves it on disk as it is', async () => {
    // A link to itself: reading it fails however privileged the reader (the tests may run as root, whom permissions do not stop).
    fs.rmSync(sidecarPath);
    fs.symlinkSync(path.basename(sidecarPath), sidecarPath);
    const title = await problemLens(document.uri);
    assert.match(title, /problem at line 1: cannot be read: .*report\.txt\.annotations\.yaml/);

    recorder.messages.length = 0;
    assert.strictEqual(await tag(document.uri, document.getText(), LATER), undefined, 'tagged in spite of a sidecar that cannot be read');
    assert.match(recorder.messages.join('\n'), /^Error: Cannot tag a claim in .*report\.txt: .*report\.txt\.annotations\.yaml line 1: cannot be read: /m);
    assert.ok(fs.lstatSync(sidecarPath).isSymbolicLink(), 'the sidecar was replaced');
    assert.strictEqual(fs.readlinkSync(sidecarPath), path.basename(sidecarPath));

    // Mended on disk, it is read again.
    fs.rmSync(sidecarPath);
    git('checkout', '--quiet', '--', path.basename(sidecarPath));
    await showsClaims(document.uri, [myth.id, savings.id], 'once mended');
  });

  it('reports where a sidecar found broken on opening is broken, refuses to tag and leaves it as it is', async () => {
    const name = 'opened-broken.txt';
    const brokenPath = path.join(workDir, name);
    const lines = sidecarTextOf(name, myth, savings).split('\n');
    // A second `document:` key on line 3: the YAML reader rejects duplicate keys.
    const broken = [...lines.slice(0, 2), 'document: other.txt', ...lines.slice(2)].join('\n');
    fs.writeFileSync(brokenPath, reviewText);
    fs.writeFileSync(brokenPath + SIDECAR_SUFFIX, broken);
    const opened = await vscode.workspace.openTextDocument(brokenPath);
    await vscode.window.showTextDocument(opened);
    assert.match(await problemLens(opened.uri), /problem at line 3: /);
    recorder.messages.length = 0;
    assert.strictEqual(await tag(opened.uri, opened.getText(), LATER), undefined, 'tagged in spite of a broken sidecar');
    assert.match(recorder.messages.join('\n'), /^Error: Cannot tag a claim in .*opened-broken\.txt: .*opened-broken\.txt\.annotations\.yaml line 3: /m);
    assert.strictEqual(fs.readFileSync(brokenPath + SIDECAR_SUFFIX, 'utf8'), broken);
  });

  for (const [what, name, note, says] of [
    ['that is not UTF-8', 'latin1.txt', LATIN1_E_ACUTE, 'not UTF-8 text'],
    ['holding a NUL byte (binary, not text)', 'nul.txt', [0x00], 'NUL byte'],
  ] as const) {
    it(`refuses to read a sidecar ${what}, naming the line, rather than save it with those bytes replaced`, async () => {
      const documentPath = path.join(workDir, name);
      const { bytes, line } = sidecarWithNote(name, [...note]);
      fs.writeFileSync(documentPath, reviewText);
      fs.writeFileSync(documentPath + SIDECAR_SUFFIX, bytes);
      const opened = await vscode.workspace.openTextDocument(documentPath);
      await vscode.window.showTextDocument(opened);
      assert.match(await problemLens(opened.uri), new RegExp(`problem at line ${line}: cannot be read: .*${says}`));
      recorder.messages.length = 0;
      assert.strictEqual(await tag(opened.uri, opened.getText(), 'Formed by an influential group of health leaders'), undefined, `tagged in spite of a sidecar ${what}`);
      assert.match(recorder.messages.join('\n'), new RegExp(`^Error: Cannot tag a claim in .*${name.replace('.', '\\.')}: .*${name.replace('.', '\\.')}\\.annotations\\.yaml line ${line}: `, 'm'));
      assert.ok(fs.readFileSync(documentPath + SIDECAR_SUFFIX).equals(bytes), 'the sidecar was changed');
    });
  }

  describe('on a file system of another scheme', () => {
    const memory = new MemoryFileSystem('policy-annotator-memory');
    // Paths that exist nowhere on disk: were the sidecar read as a file there, it would not be found.
    const folder = path.join(workDir, 'in-memory');
    const sidecar = `${folder}/report.policy${SIDECAR_SUFFIX}`;
    let registration: vscode.Disposable;
    let opened: vscode.TextDocument;
    let tagged: string | undefined;

    before(() => {
      registration = vscode.workspace.registerFileSystemProvider(memory.scheme, memory, { isCaseSensitive: true });
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      registration.dispose();
    });

    it('reads and writes the sidecar through workspace.fs', async () => {
      const documentUri = memory.uri(`${folder}/report.policy`);
      await vscode.workspace.fs.writeFile(documentUri, new TextEncoder().encode(reviewText));
      await vscode.workspace.fs.writeFile(memory.uri(sidecar), new TextEncoder().encode(sidecarTextOf('report.policy', myth)));
      opened = await vscode.workspace.openTextDocument(documentUri);
      await vscode.window.showTextDocument(opened);
      await showsClaims(opened.uri, [myth.id], 'on opening');

      tagged = await tag(opened.uri, opened.getText(), LATER);
      assert.ok(tagged, 'the claim was not tagged');
      const written = memory.text(sidecar) ?? '';
      assert.match(written, new RegExp(`id: ${myth.id}\\n`));
      assert.match(written, new RegExp(`id: ${tagged}\\n`));
      assert.ok(!fs.existsSync(folder), 'the sidecar was written to disk');
      await showsClaims(opened.uri, [myth.id, tagged], 'after tagging');
    });

    it('refuses to read a sidecar there that is not UTF-8, naming the line, and leaves it as it is', async () => {
      const name = 'latin1.policy';
      const { bytes, line } = sidecarWithNote(name, LATIN1_E_ACUTE);
      await vscode.workspace.fs.writeFile(memory.uri(`${folder}/${name}`), new TextEncoder().encode(reviewText));
      await vscode.workspace.fs.writeFile(memory.uri(`${folder}/${name}${SIDECAR_SUFFIX}`), bytes);
      const latin1 = await vscode.workspace.openTextDocument(memory.uri(`${folder}/${name}`));
      await vscode.window.showTextDocument(latin1);
      assert.match(await problemLens(latin1.uri), new RegExp(`problem at line ${line}: cannot be read: .*UTF-8`));
      assert.strictEqual(await tag(latin1.uri, latin1.getText(), LATER), undefined, 'tagged in spite of a sidecar that is not UTF-8');
      assert.ok(Buffer.from(await vscode.workspace.fs.readFile(memory.uri(`${folder}/${name}${SIDECAR_SUFFIX}`))).equals(bytes), 'the sidecar was changed');
    });

    it('keeps a change made on disk while a tag was being saved, tagging on top of it', async () => {
      assert.ok(tagged, 'nothing was tagged before');
      // Another program adds a claim just after the save read the file, while the file's text is worked out on the worker.
      const onDisk = parseSidecar(memory.text(sidecar) ?? '');
      assert.ok(onDisk.ok);
      memory.writeAfterNextRead(sidecar, serialiseSidecar({ ...onDisk.sidecar, claims: [...onDisk.sidecar.claims, savings] }));
      const id = await tag(opened.uri, opened.getText(), 'Formed by an influential group of health leaders');
      assert.ok(id, 'the claim was not tagged');
      const written = parseSidecar(memory.text(sidecar) ?? '');
      assert.ok(written.ok, 'the sidecar written does not parse');
      assert.deepStrictEqual(written.sidecar.claims.map((claim) => claim.id).sort(), [myth.id, savings.id, tagged, id].sort(), 'a claim was lost');
      await showsClaims(opened.uri, [myth.id, savings.id, tagged, id], 'after tagging');
    });
  });
});
