import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { replace } from './helpers/edits';
import { LOOK_ALIKES_TEXT, THREE, TWO } from './helpers/lookAlikes';
import { eventually, lenses } from './helpers/waitFor';

const workDir = path.join(seedsDir, 'trust-test-tmp');
/** A new file for each test: a closed document's model can outlive its editor, with the last test's edits in it. */
let runs = 0;
let documentPath = '';
let sidecarPath = '';

const TEXT = LOOK_ALIKES_TEXT;

async function open(): Promise<vscode.TextDocument> {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  documentPath = path.join(workDir, `savings-${++runs}.txt`);
  sidecarPath = `${documentPath}.annotations.yaml`;
  fs.writeFileSync(documentPath, TEXT);
  await activatePolicyAnnotator();
  const document = await vscode.workspace.openTextDocument(documentPath);
  await vscode.window.showTextDocument(document);
  return document;
}

async function closeAndRemove(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  fs.rmSync(workDir, { recursive: true, force: true });
}

async function tag(document: vscode.TextDocument, quote: string): Promise<string> {
  const start = document.getText().indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is not in the document`);
  return vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', document.uri, { start, end: start + quote.length }, { tags: ['finding'] });
}

function lineOf(document: vscode.TextDocument, text: string): number {
  return document.positionAt(document.getText().indexOf(text)).line;
}

function titles(found: readonly vscode.CodeLens[], line: number): string[] {
  return found.filter((lens) => lens.range.start.line === line).map((lens) => lens.command?.title ?? '');
}

describe('trust: a claim never moves silently to other figures', () => {
  let document: vscode.TextDocument;
  let id: string;

  beforeEach(async () => {
    document = await open();
    id = await tag(document, TWO);
    await eventually(async () => (await lenses(document.uri)).find((lens) => lens.command?.command === 'policyAnnotator.revealClaim'), 'the claim lens');
  });
  afterEach(closeAndRemove);

  it('deleting a tagged sentence with a look-alike elsewhere shows it as needing review there, never as a claim', async () => {
    const start = document.getText().indexOf(TWO);
    const before = fs.readFileSync(sidecarPath, 'utf8');
    await replace(document, start, start + TWO.length + 1, '');
    const line = lineOf(document, THREE);
    const shown = await eventually(async () => {
      const here = titles(await lenses(document.uri), line);
      return here.some((title) => title.startsWith('$(warning) Claim needs review')) ? here : undefined;
    }, 'a needs-review lens on the look-alike');
    for (const title of ['Accept New Place', 'Re-attach to Selection', 'Keep as Orphaned']) assert.ok(shown.includes(title), `${title} in ${shown.join(' | ')}`);
    assert.ok(!(await lenses(document.uri)).some((lens) => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.title.startsWith('$(tag)')), 'not drawn as a claim');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf(THREE) + 3));
    const hover = hovers.flatMap((each) => each.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(hover, /Claim needs review/);
    assert.match(hover, /other figures or names/);
    assert.strictEqual(fs.readFileSync(sidecarPath, 'utf8'), before, 'the sidecar is not rewritten');
    // In the run's own user settings, thrown away with the run: wrapped, the label shows whole.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    try {
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(0, 0, 0, 0) });
      await sleep(1_500);
      await takeScreenshot('claim-needs-review');
    } finally {
      await vscode.workspace.getConfiguration('editor').update('wordWrap', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Accept New Place from the lens moves the claim there and updates the sidecar', async () => {
    const start = document.getText().indexOf(TWO);
    await replace(document, start, start + TWO.length + 1, '');
    const line = lineOf(document, THREE);
    const accept = await eventually(async () => (await lenses(document.uri)).find((lens) => lens.range.start.line === line && lens.command?.title === 'Accept New Place'), 'the Accept New Place lens');
    await vscode.commands.executeCommand(accept.command!.command, ...accept.command!.arguments!);
    assert.match(fs.readFileSync(sidecarPath, 'utf8'), new RegExp(`id: ${id}\\n {4}quote: "?${THREE.replace(/\./g, '\\.')}`));
    await eventually(async () => titles(await lenses(document.uri), line).find((title) => title.startsWith('$(tag) finding')), 'the claim drawn as a claim at its new place');
  });

  it('Keep as Orphaned leaves the look-alike alone', async () => {
    const start = document.getText().indexOf(TWO);
    await replace(document, start, start + TWO.length + 1, '');
    const line = lineOf(document, THREE);
    const keep = await eventually(async () => (await lenses(document.uri)).find((lens) => lens.range.start.line === line && lens.command?.title === 'Keep as Orphaned'), 'the Keep as Orphaned lens');
    await vscode.commands.executeCommand(keep.command!.command, ...keep.command!.arguments!);
    await eventually(async () => (titles(await lenses(document.uri), line).length === 0 || !titles(await lenses(document.uri), line).some((title) => title.includes('needs review')) ? true : undefined), 'the needs-review lens to go');
    assert.match(fs.readFileSync(sidecarPath, 'utf8'), new RegExp(`quote: "?${TWO.replace(/\./g, '\\.')}`), 'the claim stays in the sidecar as it was');
  });

  it('cutting and pasting a tagged paragraph brings the claim back to its text', async () => {
    const paragraph = TEXT.split('\n')[2];
    const start = document.getText().indexOf(paragraph);
    await replace(document, start, start + paragraph.length + 2, '');
    await eventually(async () => ((await lenses(document.uri)).some((lens) => lens.command?.title.startsWith('$(tag) finding')) ? undefined : true), 'the claim to be held while cut');
    await sleep(600);
    assert.ok(!(await lenses(document.uri)).some((lens) => lens.command?.title.startsWith('$(tag) finding')), 'not moved to the look-alike after the recheck either');
    const end = document.getText().length;
    await replace(document, end, end, `\n${paragraph}\n`);
    const line = lineOf(document, TWO);
    await eventually(async () => titles(await lenses(document.uri), line).find((title) => title.startsWith('$(tag) finding')), 'the claim back on its pasted text');
    await vscode.commands.executeCommand('policyAnnotator.revealClaim', document.uri, id);
    assert.strictEqual(document.getText(vscode.window.activeTextEditor!.selection), TWO);
  });
});
