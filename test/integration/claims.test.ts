import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import { extensionId, repoRoot, seedsDir } from '../runner/paths';

const fixturesDir = path.join(repoRoot, 'test', 'integration', 'fixtures', 'claims');
const seedName = '002_ce0cf146e7dfc21b.txt';
/** The tests work on a copy inside the workspace (seeds/ is in git); the folder is removed afterwards. */
const workDir = path.join(seedsDir, 'claims-test-tmp');
const documentPath = path.join(workDir, 'nao-report.txt');
const sidecarPath = `${documentPath}.annotations.yaml`;

/** Polls `probe` until it gives a value, failing with `what` after a while. */
async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, waitMs = 10_000): Promise<T> {
  for (const deadline = Date.now() + waitMs; ; await sleep(50)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${waitMs / 1000} s waiting for ${what}`);
  }
}

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 1_000)) ?? [];
}

/** Where the store places the claim now: revealClaim selects it in the editor. */
async function livePlace(document: vscode.TextDocument, id: string): Promise<{ start: number; end: number; text: string }> {
  await vscode.commands.executeCommand('policyAnnotator.revealClaim', document.uri, id);
  const selection = vscode.window.activeTextEditor!.selection;
  return { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end), text: document.getText(selection) };
}

async function replace(document: vscode.TextDocument, start: number, end: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

function sidecarBytes(): string {
  return fs.readFileSync(sidecarPath, 'utf8');
}

describe('claims: tag through the lens, keep the sidecar still, follow edits', () => {
  let document: vscode.TextDocument;
  let claimId: string;
  let claimText: string;

  before(async () => {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.mkdirSync(workDir, { recursive: true });
    fs.copyFileSync(path.join(seedsDir, seedName), documentPath);
    await vscode.extensions.getExtension(extensionId)!.activate();
    document = await vscode.workspace.openTextDocument(documentPath);
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('offers at most one "Tag claim" lens per paragraph', async () => {
    const tagLenses = await eventually(async () => {
      const found = (await lenses(document.uri)).filter((lens) => lens.command?.command === 'policyAnnotator.tagClaim');
      return found.length > 0 ? found : undefined;
    }, 'Tag claim lenses');
    const lines = tagLenses.map((lens) => lens.range.start.line);
    assert.strictEqual(new Set(lines).size, lines.length, 'two Tag claim lenses on one line');
    assert.ok(tagLenses.every((lens) => /^\$\(tag\) Tag claim( \(\d+ candidates\))?$/.test(lens.command!.title)), tagLenses.map((lens) => lens.command!.title).join(', '));
  });

  it('tags a claim through the lens command and writes the expected sidecar', async () => {
    const line = document.positionAt(document.getText().indexOf('The government’s plan to integrate')).line;
    const lens = (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.tagClaim' && candidate.range.start.line === line);
    assert.ok(lens, `no Tag claim lens on line ${line + 1}`);
    const id = await vscode.commands.executeCommand<string>(lens.command!.command, ...lens.command!.arguments!, { tags: ['finding', 'disputed'], note: 'Checked against the NAO report.', pick: 0 });
    assert.match(id, /^c-[a-z0-9]{6}$/);
    claimId = id;
    const expected = fs.readFileSync(path.join(fixturesDir, 'tagged.annotations.yaml'), 'utf8').replace('{{id}}', id);
    assert.strictEqual(sidecarBytes(), expected);
    claimText = (await livePlace(document, id)).text;
    const summary = await eventually(async () => (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.revealClaim'), 'the claim lens');
    assert.strictEqual(summary.command!.title, '$(tag) finding · disputed — National Audit Office');
  });

  it('leaves the sidecar byte for byte as it was after an edit above the claim, and finds the claim moved', async () => {
    const before = sidecarBytes();
    const place = await livePlace(document, claimId);
    const inserted = 'A line added above everything.\n\n';
    await replace(document, 0, 0, inserted);
    assert.deepStrictEqual(await livePlace(document, claimId), { start: place.start + inserted.length, end: place.end + inserted.length, text: claimText });
    await document.save();
    assert.strictEqual(sidecarBytes(), before);
  });

  it('follows an edit inside the claim, and re-anchors by quote when the whole claim is retyped', async () => {
    const before = sidecarBytes();
    const place = await livePlace(document, claimId);
    const word = claimText.indexOf(' ', 10);
    await replace(document, place.start + word, place.start + word, ' indeed');
    const edited = await livePlace(document, claimId);
    assert.deepStrictEqual(edited, { start: place.start, end: place.end + ' indeed'.length, text: claimText.slice(0, word) + ' indeed' + claimText.slice(word) });

    const retyped = edited.text.replace(' indeed', '').replace(/\.$/, ', it said.');
    await replace(document, edited.start, edited.end, retyped);
    assert.deepStrictEqual(await livePlace(document, claimId), { start: place.start, end: place.start + retyped.length, text: retyped });
    assert.strictEqual(sidecarBytes(), before);
  });

  it('keeps a claim whose text was deleted as orphaned, in the file, and finds it again after undo', async () => {
    const before = sidecarBytes();
    const place = await livePlace(document, claimId);
    await replace(document, place.start, place.end, '');
    await eventually(async () => ((await lenses(document.uri)).some((lens) => lens.command?.command === 'policyAnnotator.revealClaim') ? undefined : true), 'the claim lens to go');
    assert.strictEqual(sidecarBytes(), before, 'the orphaned claim must stay in the sidecar, unchanged');
    assert.ok(sidecarBytes().includes(`id: ${claimId}`));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await eventually(async () => (await lenses(document.uri)).find((lens) => lens.command?.command === 'policyAnnotator.revealClaim'), 'the claim to be found again');
    assert.strictEqual((await livePlace(document, claimId)).start, place.start);
  });

  it('refuses to tag while the sidecar does not parse, leaves the file alone and reports the line', async () => {
    const lines = sidecarBytes().split('\n');
    // A second `document:` key on line 3: the YAML reader rejects duplicate keys.
    const corrupted = [...lines.slice(0, 2), 'document: other.txt', ...lines.slice(2)].join('\n');
    fs.writeFileSync(sidecarPath, corrupted);
    const sidecarUri = vscode.Uri.file(sidecarPath);
    const diagnostics = await eventually(() => {
      const found = vscode.languages.getDiagnostics(sidecarUri);
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on the sidecar');
    assert.strictEqual(diagnostics[0].range.start.line, 2);
    assert.match(diagnostics[0].message, /document/);

    const lens = (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.openSidecarProblem');
    assert.ok(lens, 'a lens naming the problem');
    const id = await vscode.commands.executeCommand('policyAnnotator.tagSelection', document.uri, { start: 0, end: 20 }, { tags: ['opinion'] });
    assert.strictEqual(id, undefined);
    assert.strictEqual(sidecarBytes(), corrupted);
  });
});
