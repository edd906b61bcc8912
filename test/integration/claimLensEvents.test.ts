import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { distinctDocument } from '../../bench/distinctDocument';
import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import { SIDECAR_SCHEMA_VERSION, SIDECAR_SUFFIX, type SidecarClaim } from '../../src/core/sidecar/types';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { LARGE_DOCUMENT_LENGTH } from '../../src/editor/util/largeDocument';
import { seedsDir } from '../runner/paths';
import { replace } from './helpers/edits';
import { activatePolicyAnnotator } from './helpers/extension';
import { LOOK_ALIKES_TEXT, THREE, TWO } from './helpers/lookAlikes';
import { LensProviderSpy, restartLensProvider } from './helpers/lensProviderSpy';
import { MemoryFileSystem } from './helpers/memoryFileSystem';
import { eventually } from './helpers/waitFor';

// What the editor holds is what the provider answered when the editor asked: it asks a while
// after a document opens (each change event putting that off again) and after each edit, and
// otherwise only when the provider tells it the lenses changed. So these tests never ask the
// provider themselves (vscode.executeCodeLensProvider would), and read what the editor was given.

const workDir = path.join(seedsDir, 'lens-events-tmp');
let runs = 0;

const OTHER = 'The department spent £12 million on consultants in 2022, the National Audit Office found.';
/** The look-alikes, and a paragraph to tag that is like neither. */
const TEXT = `${LOOK_ALIKES_TEXT}\n${OTHER}\n`;

function claimOn(text: string, quote: string, id: string): SidecarClaim {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" is not in the text`);
  return { id, anchor: createQuoteAnchor(text, start, start + quote.length), tags: ['finding'] };
}

/** Writes a document and its sidecar into a folder of their own (a closed document's model can outlive its editor). */
function writeDocument(name: string, text: string, claims: SidecarClaim[]): string {
  const documentPath = path.join(workDir, `run-${++runs}`, name);
  fs.mkdirSync(path.dirname(documentPath), { recursive: true });
  fs.writeFileSync(documentPath, text);
  fs.writeFileSync(documentPath + SIDECAR_SUFFIX, serialiseSidecar({ schema: SIDECAR_SCHEMA_VERSION, document: name, offsets: 'utf-16', claims }));
  return documentPath;
}

const isSummaryOf = (id: string) => (lens: vscode.CodeLens): boolean => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.arguments?.[1] === id && lens.command.title.startsWith('$(tag)');
const isTagLens = (lens: vscode.CodeLens): boolean => lens.command?.command === 'policyAnnotator.tagClaim';

/** Resolves once the lenses the editor holds for `uri` (asked for after `since`) pass `check`. */
function editorHolds(spy: LensProviderSpy, uri: vscode.Uri, check: (lenses: vscode.CodeLens[]) => boolean, what: string, since = 0): Promise<vscode.CodeLens[]> {
  return eventually(async () => {
    const held = await spy.held(uri, since);
    return held && check(held) ? held : undefined;
  }, `the editor to hold ${what}`, 20_000);
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('claims: lens change events reach the editor when, and only when, it holds lenses to correct', function () {
  this.timeout(120_000);
  let spy: LensProviderSpy;
  let registration: vscode.Disposable;
  let api: PolicyAnnotatorApi;
  let document: vscode.TextDocument;

  before(async () => {
    fs.rmSync(workDir, { recursive: true, force: true });
    api = await activatePolicyAnnotator();
    await closeAll();
    ({ spy, registration } = await LensProviderSpy.start());
  });

  after(async () => {
    await closeAll();
    registration.dispose();
    // A provider of its own again, not the spy's stand-in.
    await restartLensProvider();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('fires nothing for a document while it opens, before the editor was given its lenses, which then hold its claims', async () => {
    const documentPath = writeDocument('savings.txt', TEXT, [claimOn(TEXT, TWO, 'c-two')]);
    const since = spy.traffic.length;
    document = await vscode.workspace.openTextDocument(documentPath);
    await vscode.window.showTextDocument(document);
    // Its sidecar read and its claim placed, its scan done: each changed what the lenses are worked out from.
    await api.settled(document.uri);
    await editorHolds(spy, document.uri, (held) => held.some(isSummaryOf('c-two')) && held.some(isTagLens), 'the claim read from the sidecar and Tag claim lenses', since);
    const firstAnswer = spy.traffic.findIndex((entry, index) => index >= since && entry.kind === 'answered' && entry.uri === document.uri.toString() && !entry.cancelled);
    assert.strictEqual(spy.changes(since, firstAnswer), 0, 'onDidChangeCodeLenses fired for a document the editor had not been given lenses of: each one put its first lenses off again');
  });

  it('tells the editor of a claim tagged and removed by command, with no edit to make it ask', async () => {
    const start = document.getText().indexOf(OTHER);
    const since = spy.traffic.length;
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', document.uri, { start, end: start + OTHER.length }, { tags: ['finding'] });
    assert.ok(id, 'the claim was not tagged');
    await editorHolds(spy, document.uri, (held) => held.some(isSummaryOf(id)), 'the lens of the claim just tagged', since);
    assert.ok(spy.changes(since) > 0);

    const removing = spy.traffic.length;
    assert.strictEqual(await vscode.commands.executeCommand<string>('policyAnnotator.removeClaim', document.uri, id), id);
    await editorHolds(spy, document.uri, (held) => !held.some(isSummaryOf(id)) && held.some(isSummaryOf('c-two')), 'no lens of the claim removed', removing);
  });

  it('after an edit, shows the claim whose sentence was deleted as needing review at its look-alike, found once typing paused', async () => {
    const start = document.getText().indexOf(TWO);
    const since = spy.traffic.length;
    await replace(document, start, start + TWO.length + 1, '');
    // The editor asks again after the edit by itself; the look-alike is found a while after typing pauses.
    await api.settled(document.uri);
    const line = document.positionAt(document.getText().indexOf(THREE)).line;
    await editorHolds(spy, document.uri, (held) => held.some((lens) => lens.range.start.line === line && (lens.command?.title ?? '').startsWith('$(warning) Claim needs review')), 'the claim needing review at its look-alike', since);

    // Edited since the editor was first given lenses: a claim tagged now still reaches it.
    const tagging = spy.traffic.length;
    const other = document.getText().indexOf(OTHER);
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', document.uri, { start: other, end: other + OTHER.length }, { tags: ['estimate'] });
    await editorHolds(spy, document.uri, (held) => held.some(isSummaryOf(id)), 'the lens of a claim tagged after the edit', tagging);
  });

  it('tells the editor when a large document is scrolled beyond the lenses it was given', async () => {
    await closeAll();
    const { text } = distinctDocument(LARGE_DOCUMENT_LENGTH * 1.5);
    const documentPath = writeDocument('large.txt', text, []);
    const since = spy.traffic.length;
    const large = await vscode.workspace.openTextDocument(documentPath);
    const shown = await vscode.window.showTextDocument(large);
    await api.settled(large.uri);
    const bottom = shown.visibleRanges.at(-1)!.end.line;
    await editorHolds(spy, large.uri, (held) => held.some(isTagLens), 'Tag claim lenses at the top', since);
    const top = await spy.held(large.uri, since);
    assert.ok(top!.every((lens) => lens.range.start.line <= bottom + 100), 'the editor was given lenses far below what it shows');

    const middle = Math.floor(large.lineCount / 2);
    assert.ok(middle > bottom + 200, `the document is too short to scroll beyond its lenses (${large.lineCount} lines)`);
    const scrolling = spy.traffic.length;
    shown.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
    await editorHolds(spy, large.uri, (held) => held.some((lens) => isTagLens(lens) && lens.range.start.line >= middle && lens.range.start.line < middle + 40), 'Tag claim lenses in the middle after scrolling there', scrolling);
    assert.ok(spy.changes(scrolling) > 0);
  });
});

describe('claims: the lens provider answers with the workspace\'s opt-in, not before it and not with a change event after it', function () {
  this.timeout(120_000);
  // A document outside every workspace folder opts in with a sidecar of its own: on a file system
  // of the test's own, whose stat of that sidecar the test holds, the lookup answers when the test says.
  const memory = new MemoryFileSystem('policy-annotator-opt-in');
  let memoryRegistration: vscode.Disposable;
  let spy: LensProviderSpy;
  let registration: vscode.Disposable;
  let api: PolicyAnnotatorApi;
  let folder: string;

  before(async () => {
    api = await activatePolicyAnnotator();
    memoryRegistration = vscode.workspace.registerFileSystemProvider(memory.scheme, memory, { isCaseSensitive: true });
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-lens-opt-in-')));
  });

  // A provider of its own for each test: it passes a scope change on only once it has answered a
  // document, so what it answered before the test would hide what these tests look for.
  beforeEach(async () => {
    await closeAll();
    ({ spy, registration } = await LensProviderSpy.start());
  });

  afterEach(async () => {
    await closeAll();
    registration.dispose();
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyAnnotator').update('include', undefined, vscode.ConfigurationTarget.Global);
    await restartLensProvider();
    memoryRegistration.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('gives a document asked about before its opt-in lookup answered its lenses in the first answer, with no change event', async () => {
    const documentPath = '/opted-in/savings.txt';
    const sidecarPath = documentPath + SIDECAR_SUFFIX;
    await vscode.workspace.fs.writeFile(memory.uri(documentPath), new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(memory.uri(sidecarPath), new TextEncoder().encode(serialiseSidecar({ schema: SIDECAR_SCHEMA_VERSION, document: 'savings.txt', offsets: 'utf-16', claims: [claimOn(TEXT, TWO, 'c-two')] })));
    const lookup = memory.holdStats(sidecarPath);
    const since = spy.traffic.length;
    const document = await vscode.workspace.openTextDocument(memory.uri(documentPath));
    await vscode.window.showTextDocument(document);
    await lookup.asked;
    await eventually(() => (spy.traffic.slice(since).some((entry) => entry.kind === 'asked' && entry.uri === document.uri.toString()) ? true : undefined), 'the editor to ask for the lenses');
    assert.deepStrictEqual(spy.answers(document.uri, since), [], 'answered while whether the document opted in was still being looked up');

    const released = spy.traffic.length;
    lookup.release();
    await api.settled(document.uri);
    await editorHolds(spy, document.uri, (held) => held.some(isSummaryOf('c-two')) && held.some(isTagLens), 'the claim read from the sidecar and Tag claim lenses', since);
    const first = spy.answers(document.uri, since)[0];
    assert.ok(first.lenses.some(isSummaryOf('c-two')) && first.lenses.some(isTagLens), `the first answer held ${first.lenses.length} lenses, not the claim and Tag claim: the editor had to be told to ask again`);
    const firstAnswer = spy.traffic.indexOf(first);
    assert.ok(firstAnswer >= released, 'answered before the lookup was let go');
    assert.strictEqual(spy.changes(since, firstAnswer), 0, 'onDidChangeCodeLenses fired for the lookup\'s answer: it put the first lenses off again');
  });

  it('tells the editor when a document it was given no lenses for, being out of scope, is turned on', async () => {
    // Outside the workspace and with no sidecar: not opted in.
    const documentPath = path.join(folder, 'notes.txt');
    fs.writeFileSync(documentPath, TEXT);
    const since = spy.traffic.length;
    const document = await vscode.workspace.openTextDocument(documentPath);
    await vscode.window.showTextDocument(document);
    await editorHolds(spy, document.uri, (held) => held.length === 0, 'no lenses for a document out of scope', since);

    const turning = spy.traffic.length;
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('policyAnnotator.toggleScope', document.uri), true);
    await editorHolds(spy, document.uri, (held) => held.some(isTagLens), 'Tag claim lenses once the document is turned on', turning);
    assert.ok(spy.changes(turning) > 0, 'the editor asked again with no change event');
  });
});
