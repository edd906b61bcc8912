import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { detectEntities } from '../../src/core/entities/detectEntities';
import type { Entity } from '../../src/core/entities/types';
import { LINES_PER_READ } from '../../src/editor/documentEntities';
import { LARGE_DOCUMENT_LENGTH } from '../../src/editor/util/largeDocument';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { eventually } from './helpers/waitFor';

/** Inside the seeds workspace, which opts in to plain text; removed afterwards. */
const workDir = path.join(seedsDir, 'large-document-test-tmp');
const documentPath = path.join(workDir, 'large.txt');

/** The seeds' paragraphs over and over, each copy with its digits changed, past the size scanned in slices and the lines read at once. */
function largeText(): string {
  const seeds = fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));
  const copies: string[] = ['The Widget Standards Council (WSC) opens this report.'];
  for (let copy = 0; copies.join('\n\n').length < 2 * LARGE_DOCUMENT_LENGTH || copies.join('\n\n').split('\n').length < 2 * LINES_PER_READ; copy++) {
    copies.push(...seeds.map((seed) => seed.replace(/\d/g, (digit) => String((Number(digit) + copy) % 10))));
  }
  copies.push('At the end the WSC spent £3bn.');
  return copies.join('\n\n');
}

type Span = { start: number; end: number };
const key = ({ start, end }: Span): string => `${start}-${end}`;

describe('entities in a large document: what is on screen first, the rest in slices', () => {
  let api: PolicyAnnotatorApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  /** Every span drawn in the editor now. */
  const drawn = (): Span[] => [...(api.decorationsFor(document.uri)?.values() ?? [])].flat()
    .map((range) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) }));

  /** Waits until what is drawn is the detector's entities of the whole text, for every entity on screen. */
  const untilDrawnAsDetected = (what: string): Promise<true> => eventually(() => {
    const detected = new Set(detectEntities(document.getText()).map(key));
    const shown = new Set(drawn().map(key));
    const onScreen = (entity: Entity): boolean => editor.visibleRanges.some((range) => range.contains(document.positionAt(entity.start)));
    const everyDrawnDetected = [...shown].every((span) => detected.has(span));
    const everyVisibleDrawn = detectEntities(document.getText()).filter(onScreen).every((entity) => shown.has(key(entity)));
    return shown.size > 0 && everyDrawnDetected && everyVisibleDrawn ? true : undefined;
  }, what, 30_000);

  before(async () => {
    api = await activatePolicyAnnotator();
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(documentPath, largeText());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('highlights what is on screen, then the whole document as the detector does, with an acronym defined far above', async () => {
    document = await vscode.workspace.openTextDocument(documentPath);
    assert.ok(document.getText().length > LARGE_DOCUMENT_LENGTH && document.lineCount > LINES_PER_READ);
    editor = await vscode.window.showTextDocument(document);
    await eventually(() => (drawn().length > 0 ? true : undefined), 'the first highlights');
    await api.settled(document.uri);
    await untilDrawnAsDetected('the highlights at the top');

    // The last paragraph's WSC is the council only through its definition on the first line.
    const last = document.getText().lastIndexOf('WSC');
    editor.revealRange(new vscode.Range(document.positionAt(last), document.positionAt(last)), vscode.TextEditorRevealType.InCenter);
    await eventually(() => (drawn().some((span) => span.start === last) ? true : undefined), 'the WSC at the end to be highlighted');
    await untilDrawnAsDetected('the highlights at the end');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(last + 1));
    const hover = hovers.flatMap((each) => each.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.ok(hover.includes('Widget Standards Council'), hover);
    await takeScreenshot('large-document-end');
  });

  it('highlights a figure typed at the end once typing pauses, after edits of several places at once', async () => {
    // One change event with three changes (as multi-cursor typing makes), then two more edits before the pause.
    const middle = document.positionAt(Math.floor(document.getText().length / 2));
    assert.ok(await editor.edit((builder) => {
      builder.insert(new vscode.Position(0, 0), 'Now ');
      builder.delete(new vscode.Range(middle, middle.translate(0, 3)));
      builder.insert(document.lineAt(document.lineCount - 1).range.end, ' 45%');
    }), 'the edits were not applied');
    assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), '£2m ')), 'the edit was not applied');
    const end = document.getText().length;
    assert.ok(await editor.edit((builder) => builder.insert(document.positionAt(end), ' It saved £7.5bn.')), 'the edit was not applied');
    const figure = document.getText().lastIndexOf('£7.5bn');
    await eventually(() => (drawn().some((span) => span.start === figure && span.end === figure + '£7.5bn'.length) ? true : undefined), 'the typed £7.5bn to be highlighted');
    await api.settled(document.uri);
    await untilDrawnAsDetected('the highlights after the edits');
    const start = document.positionAt(0);
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
    await untilDrawnAsDetected('the highlights at the top after the edits');
  });
});
