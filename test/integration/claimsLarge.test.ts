import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import { distinctDocument } from '../../bench/distinctDocument';
import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { findClaimCandidates } from '../../src/core/claims/claimCandidates';
import { splitSentences } from '../../src/core/claims/sentences';
import { sourceFields } from '../../src/core/claims/claimSource';
import { untaggedByParagraph, untaggedWithin } from '../../src/core/claims/untaggedCandidates';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { detectEntities } from '../../src/core/entities/detectEntities';
import { splitParagraphs } from '../../src/core/paragraphs';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import { SIDECAR_SCHEMA_VERSION, SIDECAR_SUFFIX, type SidecarClaim } from '../../src/core/sidecar/types';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { screenshotDirVariable } from '../runner/hostLogProtocol';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { eventually, lenses } from './helpers/waitFor';

/** Well over the size from which lenses are given only for what is shown (LARGE_DOCUMENT_LENGTH). */
const size = 400_000;
const folder = path.join(seedsDir, 'claims-large-tmp');
const documentPath = path.join(folder, 'large-report.txt');

const isTagLens = (lens: vscode.CodeLens): boolean => lens.command?.command === 'policyAnnotator.tagClaim';
const isClaimSummary = (lens: vscode.CodeLens, id: string): boolean => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.arguments?.[1] === id;

/** A claim on the first sentence of the paragraph at `index`. */
function claimOn(text: string, index: number, id: string): SidecarClaim {
  const [sentence] = splitSentences(text, splitParagraphs(text)[index]);
  return { id, anchor: createQuoteAnchor(text, sentence.start, sentence.end), tags: ['finding'] };
}

/** How many untagged candidates each paragraph's lens should count, by its line, from the finder run over the whole text. */
function wholeDocumentCounts(document: vscode.TextDocument, tagged: readonly { start: number; end: number }[]): Map<number, number> {
  const text = document.getText();
  const groups = untaggedByParagraph(findClaimCandidates(text, detectEntities(text)), tagged, 1);
  return new Map(groups.map((group) => [document.positionAt(group.paragraph.start).line, group.candidates.length]));
}

function countOf(lens: vscode.CodeLens): number {
  return Number(/\((\d+) candidates\)/.exec(lens.command!.title)?.[1] ?? 1);
}

describe('claims: a large document gets lenses for what is shown', function () {
  this.timeout(120_000);
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let api: PolicyAnnotatorApi;
  let paragraphs = 0;

  before(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    const generated = distinctDocument(size);
    paragraphs = generated.paragraphs;
    const claims = [claimOn(generated.text, 0, 'c-top'), claimOn(generated.text, paragraphs - 3, 'c-end')];
    fs.writeFileSync(documentPath, generated.text);
    fs.writeFileSync(documentPath + SIDECAR_SUFFIX, serialiseSidecar({ schema: SIDECAR_SCHEMA_VERSION, document: path.basename(documentPath), offsets: 'utf-16', claims }));
    api = await activatePolicyAnnotator();
    document = await vscode.workspace.openTextDocument(documentPath);
    editor = await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('gives the lenses of the top on opening, and no others; once scanned, counted as the whole document would', async () => {
    await eventually(async () => ((await lenses(document.uri)).some((lens) => isTagLens(lens)) ? true : undefined), 'the first Tag claim lenses, from a first look at the top');
    // Until the whole document is scanned the lenses count from a first look at what is shown (an
    // acronym defined elsewhere is not linked yet); then they are asked for again.
    await api.settled(document.uri);
    const shown = await eventually(async () => {
      const found = await lenses(document.uri);
      return found.some((lens) => isClaimSummary(lens, 'c-top')) ? found : undefined;
    }, 'the lenses of the top, with the claim there');
    const tags = shown.filter(isTagLens);
    assert.ok(tags.length > 5, `only ${tags.length} Tag claim lenses at the top`);
    assert.ok(tags.length < paragraphs / 10, `${tags.length} Tag claim lenses for a document of ${paragraphs} paragraphs: not only what is shown`);
    const lastShown = editor.visibleRanges.at(-1)!.end.line;
    assert.ok(shown.every((lens) => lens.range.start.line <= lastShown + 100), 'a lens far below what is shown');
    assert.ok(!shown.some((lens) => isClaimSummary(lens, 'c-end')), 'the lens of the claim at the end, which is not shown');
    const expected = wholeDocumentCounts(document, [{ start: 0, end: document.lineAt(0).text.length }]);
    for (const lens of tags) {
      assert.strictEqual(countOf(lens), expected.get(lens.range.start.line), `the lens on line ${lens.range.start.line + 1} counts otherwise than the whole document would`);
    }
  });

  it('gives the lenses of the middle once scrolled there, counted as the whole document would', async () => {
    const middle = Math.floor(document.lineCount / 2);
    editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
    const there = await eventually(async () => {
      const found = (await lenses(document.uri)).filter(isTagLens);
      return found.some((lens) => lens.range.start.line >= middle && lens.range.start.line < middle + 20) ? found : undefined;
    }, 'Tag claim lenses in the middle after scrolling there');
    assert.ok(there.every((lens) => lens.range.start.line > 100), 'the lenses of the top are still given after scrolling away');
    const expected = wholeDocumentCounts(document, []);
    for (const lens of there) {
      assert.strictEqual(countOf(lens), expected.get(lens.range.start.line), `the lens on line ${lens.range.start.line + 1} counts otherwise than the whole document would`);
    }
    // The workbench draws and resolves the new lenses some time after it has them: give the picture time.
    if (process.env[screenshotDirVariable]) await sleep(3000);
    await takeScreenshot('claims-large-document-scrolled');
  });

  it('tags a claim through a lens in the middle, and shows the claim at the end when scrolled there', async () => {
    const middle = Math.floor(document.lineCount / 2);
    const lens = (await lenses(document.uri)).find((candidate) => isTagLens(candidate) && candidate.range.start.line >= middle);
    assert.ok(lens, 'no Tag claim lens in the middle');
    const paragraph = lens.command!.arguments![1] as { start: number; end: number };
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagClaim', document.uri, paragraph, { tags: ['estimate'], pick: 0 });
    assert.ok(id, 'the claim was not tagged');
    const sidecar = parseSidecar(fs.readFileSync(documentPath + SIDECAR_SUFFIX, 'utf8'));
    const tagged = sidecar.ok ? sidecar.sidecar.claims.find((claim) => claim.id === id) : undefined;
    assert.ok(tagged, 'the new claim is not in the sidecar');
    // The sentence and its source, as the finder over the whole text gives them.
    const text = document.getText();
    const [best] = untaggedWithin(findClaimCandidates(text, detectEntities(text)), [], 1, paragraph);
    const expected = sourceFields(best.source);
    assert.deepStrictEqual(
      { quote: tagged.anchor.quote, source: tagged.source, organisation: tagged.organisation },
      { quote: best.text, source: expected.source, organisation: expected.organisation },
    );
    await eventually(async () => ((await lenses(document.uri)).some((candidate) => isClaimSummary(candidate, id)) ? true : undefined), 'the lens of the claim just tagged');

    const end = document.lineCount - 1;
    editor.revealRange(new vscode.Range(end, 0, end, 0), vscode.TextEditorRevealType.AtTop);
    await eventually(async () => ((await lenses(document.uri)).some((candidate) => isClaimSummary(candidate, 'c-end')) ? true : undefined), 'the lens of the claim at the end after scrolling there');
  });
});

describe('claims: typing in a large document while its claims are being placed', function () {
  this.timeout(180_000);
  const typedPath = path.join(folder, 'typed-report.txt');
  const every = 5;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('places every claim in the text as typed, each unedited one at its quote', async () => {
    fs.mkdirSync(folder, { recursive: true });
    const { text, paragraphs: count } = distinctDocument(size);
    const claims = Array.from({ length: Math.floor(count / every) }, (_, n) => claimOn(text, n * every, `c-typed${n}`));
    // One claim in three has its sentence edited since, so placing it takes a search.
    let edited = text;
    for (const claim of [...claims].reverse().filter((_, n) => n % 3 === 0)) {
      const at = claim.anchor.end - 1;
      edited = `${edited.slice(0, at)} indeed${edited.slice(at)}`;
    }
    fs.writeFileSync(typedPath, edited);
    fs.writeFileSync(typedPath + SIDECAR_SUFFIX, serialiseSidecar({ schema: SIDECAR_SCHEMA_VERSION, document: path.basename(typedPath), offsets: 'utf-16', claims }));
    const api = await activatePolicyAnnotator();
    const typed = await vscode.workspace.openTextDocument(typedPath);
    const editor = await vscode.window.showTextDocument(typed);
    // The lenses come once the claims on screen are placed; the others are still being placed.
    await eventually(async () => ((await lenses(typed.uri)).length > 0 ? true : undefined), 'the first lenses');
    // At the end of the second paragraph, which holds no claim.
    for (const character of 'typed') {
      const end = typed.lineAt(2).range.end;
      assert.ok(await editor.edit((builder) => builder.insert(end, character)));
    }
    await api.settled(typed.uri);
    const unedited = claims.filter((_, n) => (claims.length - 1 - n) % 3 !== 0);
    for (const claim of unedited.filter((_, n) => n % 20 === 0)) {
      await vscode.commands.executeCommand('policyAnnotator.revealClaim', typed.uri, claim.id);
      assert.strictEqual(typed.getText(editor.selection), claim.anchor.quote, `claim ${claim.id} is not at its quote`);
    }
    const item = (await api.claimsViewItems()).find((each) => each.label.endsWith(path.basename(typedPath)));
    assert.match(item?.description ?? '', new RegExp(`^${claims.length} claims`), 'not every claim is placed');
  });
});
