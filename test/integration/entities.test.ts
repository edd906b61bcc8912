import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { detectEntities } from '../../src/core/entities/detectEntities';
import { ENTITY_KINDS, EntityKind, FIGURE_KINDS } from '../../src/core/entities/types';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { eventually } from './helpers/waitFor';

/** The NAO report: money in its first paragraphs, the National Audit Office under its name and its acronym. */
const seedName = '002_ce0cf146e7dfc21b.txt';
/**
 * The tests edit a copy inside the workspace, removed afterwards: the web workbench saves edits
 * after a second (files.autoSave defaults to afterDelay there), and seeds/ is in git.
 */
const workDir = path.join(seedsDir, 'entities-test-tmp');
const documentPath = path.join(workDir, seedName);

/** Every mention of the National Audit Office in the seed, under either name, found without the detector. */
const naoMentions = /\bNational Audit Office\b|\bNAO\b/g;

type Span = { start: number; end: number };

/** Polls `probe` until it gives a value, failing with `what` after a while. */
function spansOfMatches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function spansOfRanges(document: vscode.TextDocument, ranges: readonly vscode.Range[]): Span[] {
  return ranges.map((range) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) })).sort((a, b) => a.start - b.start);
}

/** The hovers' markdown as a reader sees it: the backslash escapes the hover adds are taken out. */
async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers
    .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

function settings(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('policyAnnotator');
}

describe('entities: highlights, hovers, mention highlights and figure navigation on a seed', () => {
  let api: PolicyAnnotatorApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  /** The spans the extension last handed to setDecorations for `kind` in the seed's editor. */
  const drawnSpans = (kind: EntityKind): Span[] | undefined => {
    const ranges = api.decorationsFor(document.uri)?.get(kind);
    return ranges && spansOfRanges(document, ranges);
  };

  /** What the detector finds in the document's current text, by kind. */
  const detectedSpans = (kind: EntityKind): Span[] =>
    detectEntities(document.getText()).filter((entity) => entity.kind === kind).map(({ start, end }) => ({ start, end }));

  /** Waits until every kind's decorations equal `expected(kind)`. */
  const untilDrawn = (expected: (kind: EntityKind) => Span[], what: string): Promise<true> =>
    eventually(() => (ENTITY_KINDS.every((kind) => JSON.stringify(drawnSpans(kind)) === JSON.stringify(expected(kind))) ? true : undefined), what);

  const offsetOf = (phrase: string): number => {
    const offset = document.getText().indexOf(phrase);
    assert.ok(offset >= 0, `"${phrase}" is not in the seed`);
    return offset;
  };

  before(async () => {
    api = await activatePolicyAnnotator();
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.mkdirSync(workDir, { recursive: true });
    // Written afresh rather than copied, so the copy is writable even where the seeds are read-only.
    fs.writeFileSync(documentPath, fs.readFileSync(path.join(seedsDir, seedName)));
    document = await vscode.workspace.openTextDocument(documentPath);
    editor = await vscode.window.showTextDocument(document);
  });

  after(async () => {
    // In the run's own user settings, thrown away with the run; cleared so later suites see the defaults.
    for (const key of ['highlight.enabled', 'highlight.money']) {
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await vscode.workspace.getConfiguration('editor').update('wordWrap', undefined, vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('shows the kind and normalised amount in a hover on a money figure', async () => {
    const text = await hoverText(document, offsetOf('£5.3bn') + 2);
    assert.match(text, /\*\*Money\*\* £5\.3bn/);
    assert.ok(text.includes('£5,300,000,000 (GBP)'), text);
  });

  it('shows the full name, the acronym and the number of mentions in a hover on an organisation', async () => {
    const mentions = spansOfMatches(document.getText(), naoMentions).length;
    assert.ok(mentions > 1, 'the seed should mention the NAO more than once');
    for (const place of ['National Audit Office', 'NAO) has warned']) {
      const text = await hoverText(document, offsetOf(place) + 1);
      assert.match(text, /\*\*Organisation\*\* National Audit Office/, `on "${place}": ${text}`);
      assert.match(text, /Also: NAO\b/, `on "${place}": ${text}`);
      assert.ok(text.includes(`${mentions} mentions in this document`), `on "${place}", expected ${mentions} mentions: ${text}`);
      assert.ok(text.includes('Found by the built-in list'), `on "${place}", expected where it came from: ${text}`);
    }
  });

  it('leaves out of the hover the aliases that only repeat the name in another case', async () => {
    // The built-in list spells this programme's name in lower case too, so lower-case text is matched.
    const text = await hoverText(document, offsetOf('sustainability and transformation plans') + 1);
    const also = /^Also: (.*)$/m.exec(text);
    assert.ok(also, text);
    const aliases = also[1].split(', ');
    assert.ok(aliases.includes('STPs'), text);
    assert.ok(!aliases.some((alias) => alias.toLowerCase() === 'sustainability and transformation plans'), text);
  });

  it('highlights every mention of an organisation, under its name and its acronym, and no other body', async () => {
    const text = document.getText();
    const highlightsAt = async (offset: number): Promise<Span[]> =>
      spansOfRanges(document, ((await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, document.positionAt(offset))) ?? []).map((highlight) => highlight.range));

    const nao = spansOfMatches(text, naoMentions);
    assert.deepStrictEqual(await highlightsAt(offsetOf('National Audit Office') + 3), nao);
    assert.deepStrictEqual(await highlightsAt(offsetOf('head of the NAO') + 'head of the '.length), nao);
    // "NHS England" must not take in the NHS's own mentions; no \b before it: one follows a date with no space ("2019NHS England").
    assert.deepStrictEqual(await highlightsAt(offsetOf('NHS England') + 1), spansOfMatches(text, /NHS England\b/g));
  });

  it('decorates, per kind, exactly the entities the detector finds, and every money figure in the text', async () => {
    await untilDrawn(detectedSpans, 'decorations equal to the detected entities');
    assert.deepStrictEqual(drawnSpans('money'), spansOfMatches(document.getText(), /£\d[\d.,]*(?:bn|m)?/g));
    const organisations = drawnSpans('organisation')!;
    for (const mention of spansOfMatches(document.getText(), naoMentions)) {
      assert.ok(organisations.some((span) => span.start === mention.start && span.end === mention.end), `the NAO mention at ${mention.start} is not underlined`);
    }
  });

  it('drops the money highlights while policyAnnotator.highlight.money is off, without a reload', async () => {
    await settings().update('highlight.money', false, vscode.ConfigurationTarget.Global);
    await untilDrawn((kind) => (kind === 'money' ? [] : detectedSpans(kind)), 'no money decorations, the other kinds untouched');
    await settings().update('highlight.money', undefined, vscode.ConfigurationTarget.Global);
    await untilDrawn(detectedSpans, 'the money decorations to come back');
  });

  it('turns every highlight off and on again with the toggle command', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.toggleHighlights'), false);
    await untilDrawn(() => [], 'no decorations of any kind');
    assert.strictEqual(await vscode.commands.executeCommand('policyAnnotator.toggleHighlights'), true);
    await untilDrawn(detectedSpans, 'the decorations to come back');
  });

  it('moves the cursor through the figures with next and previous figure, wrapping at either end', async () => {
    const figureStarts = detectEntities(document.getText())
      .filter((entity) => (FIGURE_KINDS as readonly EntityKind[]).includes(entity.kind))
      .map((entity) => entity.start);
    const cursor = (): number => document.offsetAt(editor.selection.active);
    const offsetAfter = async (command: string): Promise<number> => {
      await vscode.commands.executeCommand(command);
      assert.ok(editor.selection.isEmpty, 'the figure commands place a cursor, not a selection');
      return cursor();
    };
    editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(0, 0, 0, 0) });

    const visited: number[] = [];
    for (let step = 0; step < figureStarts.length; step++) {
      visited.push(await offsetAfter('policyAnnotator.nextFigure'));
    }
    assert.deepStrictEqual(visited, figureStarts);
    assert.strictEqual(await offsetAfter('policyAnnotator.nextFigure'), figureStarts[0], 'past the last figure, next wraps to the first');
    assert.strictEqual(await offsetAfter('policyAnnotator.previousFigure'), figureStarts[figureStarts.length - 1], 'before the first figure, previous wraps to the last');

    // Read off the text: the figures either side of £5.3bn are the 2020 before it and the 2015-16 after it.
    editor.selection = new vscode.Selection(document.positionAt(offsetOf('£5.3bn')), document.positionAt(offsetOf('£5.3bn')));
    assert.strictEqual(await offsetAfter('policyAnnotator.nextFigure'), offsetOf('2015-16'));
    assert.strictEqual(await offsetAfter('policyAnnotator.previousFigure'), offsetOf('£5.3bn'));
    assert.strictEqual(await offsetAfter('policyAnnotator.previousFigure'), offsetOf('2020'));
  });

  it('highlights a figure typed into the document once typing pauses, and drops it on undo', async () => {
    const original = document.getText();
    const sentenceEnd = offsetOf('through the BCF last year.') + 'through the BCF last year.'.length;
    const added = ' It may cost £7.5bn.';
    const figureStart = sentenceEnd + added.indexOf('£7.5bn');
    const figure = { start: figureStart, end: figureStart + '£7.5bn'.length };
    editor = await vscode.window.showTextDocument(document);
    assert.ok(await editor.edit((builder) => builder.insert(document.positionAt(sentenceEnd), added)), 'the edit was not applied');

    await eventually(() => (drawnSpans('money')?.some((span) => span.start === figure.start && span.end === figure.end) ? true : undefined), 'the typed £7.5bn to be highlighted');
    await untilDrawn(detectedSpans, 'decorations equal to the entities of the edited text');
    const text = await hoverText(document, figure.start + 1);
    assert.match(text, /\*\*Money\*\* £7\.5bn/);
    assert.ok(text.includes('£7,500,000,000 (GBP)'), text);

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original, 'undo should restore the seed');
    await untilDrawn(detectedSpans, 'the decorations of the seed as it was');
    assert.ok(!drawnSpans('money')!.some((span) => span.start === figure.start), 'the undone figure is still highlighted');
  });

  it('photographs the highlighted seed', async () => {
    // In the run's own user settings, thrown away with the run.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('notifications.clearAll');
    // The cursor on the National Audit Office, with its hover open.
    const cursor = document.positionAt(offsetOf('National Audit Office') + 3);
    editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(cursor, cursor) });
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await api.settled(document.uri);
    await untilDrawn(detectedSpans, 'the highlights');
    // The hover's content is computed before it is asked to show, so it opens with it.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, cursor);
    await vscode.commands.executeCommand('editor.action.showHover');
    await takeScreenshot('highlights');
  });
});
