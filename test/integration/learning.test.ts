import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EntityKind } from '../../src/core/entities/types';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { eventually } from './helpers/waitFor';

/** Two documents in the workspace, removed afterwards with the workspace list the commands write. */
const workDir = path.join(seedsDir, 'learning-test-tmp');
const listDir = path.join(seedsDir, '.policy-annotator');
const listFile = path.join(listDir, 'organisations.json');
// A made-up firm the detector cannot know, and a plan the name rules find.
const firstText = 'Fenwick Hallam said costs rose by 5% under the Growth Plan.\n';
const secondText = 'Analysts at Fenwick Hallam disagreed about the Growth Plan.\n';

describe('learning: Mark as Organisation, Not an Entity and Undo write the workspace list', () => {
  let api: PolicyAnnotatorApi;
  let first: vscode.TextDocument;
  let second: vscode.TextDocument;

  /** The texts drawn as `kind` in the visible editor of `document`. */
  const drawn = (document: vscode.TextDocument, kind: EntityKind): string[] =>
    (api.decorationsFor(document.uri)?.get(kind) ?? []).map((range) => document.getText(range));
  const untilDrawn = (document: vscode.TextDocument, kind: EntityKind, text: string, present: boolean, what: string): Promise<true> =>
    eventually(() => (drawn(document, kind).includes(text) === present ? true : undefined), what);

  /** The seeds' own list: put back afterwards. Its folder stays, since it is what opts the seeds workspace in. */
  let originalList: Buffer | undefined;

  before(async () => {
    api = await activatePolicyAnnotator();
    fs.rmSync(workDir, { recursive: true, force: true });
    originalList = fs.existsSync(listFile) ? fs.readFileSync(listFile) : undefined;
    fs.rmSync(listFile, { force: true });
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(path.join(workDir, 'first.txt'), firstText);
    fs.writeFileSync(path.join(workDir, 'second.txt'), secondText);
    first = await vscode.workspace.openTextDocument(path.join(workDir, 'first.txt'));
    second = await vscode.workspace.openTextDocument(path.join(workDir, 'second.txt'));
    await vscode.window.showTextDocument(second, vscode.ViewColumn.Two);
    await vscode.window.showTextDocument(first, vscode.ViewColumn.One);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workDir, { recursive: true, force: true });
    if (originalList) {
      fs.mkdirSync(listDir, { recursive: true });
      fs.writeFileSync(listFile, originalList);
    } else {
      fs.rmSync(listFile, { force: true });
    }
  });

  it('marks a missed organisation, which is highlighted at once in another open document and kept in the workspace file', async () => {
    await untilDrawn(first, 'programme', 'Growth Plan', true, 'the first document to be highlighted');
    assert.deepStrictEqual(drawn(second, 'organisation'), [], 'the firm should be unknown at first');
    const editor = vscode.window.activeTextEditor!;
    const start = firstText.indexOf('Fenwick Hallam');
    editor.selection = new vscode.Selection(first.positionAt(start), first.positionAt(start + 'Fenwick Hallam'.length));
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.markAsOrganisation'), true);
    await untilDrawn(second, 'organisation', 'Fenwick Hallam', true, 'the marked firm in the other document');
    await untilDrawn(first, 'organisation', 'Fenwick Hallam', true, 'the marked firm in its own document');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(listFile, 'utf8')), [{ name: 'Fenwick Hallam', kind: 'organisation' }]);
    await takeScreenshot('learning-marked');
  });

  it('Not an Entity removes a false highlight in this document only, and Undo restores it', async () => {
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(first.positionAt(firstText.indexOf('Growth Plan') + 2), first.positionAt(firstText.indexOf('Growth Plan') + 2));
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.notAnEntity', 'document'), true);
    await untilDrawn(first, 'programme', 'Growth Plan', false, 'the plan to lose its highlight');
    assert.deepStrictEqual(drawn(second, 'programme'), ['Growth Plan'], 'the other document keeps it');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(listFile, 'utf8'))[1], { notAnEntity: 'Growth Plan', documents: ['learning-test-tmp/first.txt'] });
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.undoListChange'), true);
    await untilDrawn(first, 'programme', 'Growth Plan', true, 'Undo to bring the highlight back');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(listFile, 'utf8')), [{ name: 'Fenwick Hallam', kind: 'organisation' }]);
  });

  it('Not an Entity everywhere removes it from every open document', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.notAnEntity', 'everywhere'), true);
    await untilDrawn(second, 'programme', 'Growth Plan', false, 'the plan to lose its highlight in the other document');
    await untilDrawn(first, 'programme', 'Growth Plan', false, 'the plan to lose its highlight');
    await takeScreenshot('learning-not-an-entity');
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.undoListChange'), true);
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.undoListChange'), true);
    await untilDrawn(second, 'organisation', 'Fenwick Hallam', false, 'the second Undo to forget the firm');
    assert.strictEqual(fs.existsSync(listFile), false, 'undoing the first change removes the file it created');
  });

  it('refuses to change a list that is not UTF-8 text, and leaves its bytes as they were', async () => {
    await untilDrawn(first, 'programme', 'Growth Plan', true, 'the plan to be highlighted again');
    // "Société Générale" saved as Latin-1: read loosely, the é would come back as U+FFFD and be written over.
    const latin1 = Buffer.from('[\n  { "name": "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "kind": "organisation" }\n]\n', 'latin1');
    fs.mkdirSync(listDir, { recursive: true });
    fs.writeFileSync(listFile, latin1);
    const editor = vscode.window.activeTextEditor!;
    const start = firstText.indexOf('Fenwick Hallam');
    editor.selection = new vscode.Selection(first.positionAt(start), first.positionAt(start + 'Fenwick Hallam'.length));
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.markAsOrganisation'), undefined, 'the command should fail with a message');
    assert.deepStrictEqual(fs.readFileSync(listFile), latin1, 'the list should be left byte for byte');
    fs.rmSync(listFile);
  });
});
