import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { repoRoot, seedsDir } from '../runner/paths';
import { activatePolicyAnnotator, policyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { replace } from './helpers/edits';
import { eventually, lenses } from './helpers/waitFor';
import { LensProviderSpy, restartLensProvider } from './helpers/lensProviderSpy';

const fixturesDir = path.join(repoRoot, 'test', 'integration', 'fixtures', 'claims');
const seedName = '002_ce0cf146e7dfc21b.txt';
/** The tests work on a copy inside the workspace (seeds/ is in git); the folder is removed afterwards. */
const workDir = path.join(seedsDir, 'claims-test-tmp');
let copies = 0;
/**
 * Each suite's copy has a folder of its own: a document closed by one suite may still be held by
 * the editor (and auto-saved) while the next opens its copy, which must never be that document.
 */
let documentPath = '';
let sidecarPath = '';

/** Copies the seed into a fresh folder under the scratch folder and opens it in an editor. */
async function openCopy(): Promise<vscode.TextDocument> {
  documentPath = path.join(workDir, `copy-${++copies}`, 'nao-report.txt');
  sidecarPath = `${documentPath}.annotations.yaml`;
  fs.mkdirSync(path.dirname(documentPath), { recursive: true });
  fs.copyFileSync(path.join(seedsDir, seedName), documentPath);
  await activatePolicyAnnotator();
  const document = await vscode.workspace.openTextDocument(documentPath);
  await vscode.window.showTextDocument(document);
  // A closed document's model can outlive its editor with the last suite's edits in it: wait for
  // the editor to take the file as copied (reverting what is left of those edits), then start.
  const fresh = fs.readFileSync(documentPath, 'utf8');
  for (let attempt = 0; document.getText() !== fresh && attempt < 100; attempt++) {
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    await sleep(50);
  }
  assert.strictEqual(document.getText(), fresh, 'the copy is open as it is on disk');
  return document;
}

/**
 * Closes the copy; its folder stays until every claims suite is done. Folders deleted and made
 * again under the workspace while it runs can make the file watcher miss the next change in them
 * (which made "reads the sidecar again when it changes on disk" time out now and then).
 */
async function closeAndRemoveCopy(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

// Root hooks (mocha runs them once for the whole run): the scratch folder is made before the first suite and removed after the last.
before(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
});
after(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Tags the candidate sentence that starts with `opening`, through its paragraph's lens. */
async function tagThroughLens(document: vscode.TextDocument, opening: string, answers: { tags: string[]; note?: string }): Promise<string> {
  const start = document.getText().indexOf(opening);
  assert.ok(start >= 0, `"${opening}" is not in the document`);
  const line = document.positionAt(start).line;
  const lens = await eventually(async () => (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.tagClaim' && candidate.range.start.line === line), `a Tag claim lens on line ${line + 1}`);
  const within = lens.command!.arguments![1] as { start: number; end: number };
  return vscode.commands.executeCommand<string>(lens.command!.command, document.uri, { start, end: Math.min(within.end, start + opening.length) }, answers);
}

function api(): PolicyAnnotatorApi {
  return policyAnnotator().exports;
}

/** Where the store places the claim now: revealClaim selects it in the editor. */
async function livePlace(document: vscode.TextDocument, id: string): Promise<{ start: number; end: number; text: string }> {
  await vscode.commands.executeCommand('policyAnnotator.revealClaim', document.uri, id);
  // The editor revealClaim showed this document in, not whichever editor is active.
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
  assert.ok(editor, `${document.uri.fsPath} is not shown after revealing claim ${id}`);
  const selection = editor.selection;
  return { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end), text: document.getText(selection) };
}

function spanOf(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

function sidecarBytes(): string {
  return fs.readFileSync(sidecarPath, 'utf8');
}

describe('claims: tag through the lens, keep the sidecar still, follow edits', () => {
  let document: vscode.TextDocument;
  let claimId: string;
  let claimText: string;

  before(async () => {
    document = await openCopy();
  });

  after(closeAndRemoveCopy);

  it('offers at most one "Tag claim" lens per paragraph', async () => {
    const tagLenses = await eventually(async () => {
      const found = (await lenses(document.uri)).filter((lens) => lens.command?.command === 'policyAnnotator.tagClaim');
      return found.length > 0 ? found : undefined;
    }, 'Tag claim lenses');
    const lines = tagLenses.map((lens) => lens.range.start.line);
    assert.strictEqual(new Set(lines).size, lines.length, 'two Tag claim lenses on one line');
    assert.ok(tagLenses.every((lens) => /^\$\(tag\) Tag claim( \(\d+ candidates\))?$/.test(lens.command!.title)), tagLenses.map((lens) => lens.command!.title).join(', '));
  });

  it('shows no lenses while policyAnnotator.codeLens.enabled is off, and shows them again when it is back on', async () => {
    const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyAnnotator');
    // In the run's own user settings, thrown away with the run.
    await settings().update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await eventually(async () => ((await lenses(document.uri)).length === 0 ? true : undefined), 'the lenses to go');
    } finally {
      await settings().update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await eventually(async () => ((await lenses(document.uri)).length > 0 ? true : undefined), 'the lenses to come back');
  });

  it('offers only candidates at or above policyAnnotator.claims.minScore, counting them in the lens', async () => {
    const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyAnnotator');
    const tagLenses = async () => (await lenses(document.uri)).filter((lens) => lens.command?.command === 'policyAnnotator.tagClaim');
    const all = await tagLenses();
    assert.ok(all.some((lens) => /\(\d+ candidates\)$/.test(lens.command!.title)), 'no paragraph shows how many candidates it holds');
    await settings().update('claims.minScore', 7, vscode.ConfigurationTarget.Global);
    try {
      await eventually(async () => {
        const strong = await tagLenses();
        return strong.length > 0 && strong.length < all.length ? true : undefined;
      }, 'fewer Tag claim lenses');
    } finally {
      await settings().update('claims.minScore', undefined, vscode.ConfigurationTarget.Global);
    }
    await eventually(async () => ((await tagLenses()).length === all.length ? true : undefined), 'the Tag claim lenses to come back');
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
    // Once typing stops, the edited claim is placed by its quote again: found fuzzily, where it was.
    await api().settled(document.uri);
    assert.deepStrictEqual(await livePlace(document, claimId), edited);

    const retyped = edited.text.replace(' indeed', '').replace(/\.$/, ', it said.');
    await replace(document, edited.start, edited.end, retyped);
    assert.deepStrictEqual(await livePlace(document, claimId), { start: place.start, end: place.start + retyped.length, text: retyped });
    await api().settled(document.uri);
    assert.strictEqual((await livePlace(document, claimId)).start, place.start);
    assert.strictEqual(sidecarBytes(), before);
  });

  it('keeps a claim whose text was deleted as orphaned, in the file, and finds it again after undo', async () => {
    const before = sidecarBytes();
    const place = await livePlace(document, claimId);
    await replace(document, place.start, place.end, '');
    await eventually(async () => ((await lenses(document.uri)).some((lens) => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.title.startsWith('$(tag)')) ? undefined : true), 'the claim lens to go');
    assert.strictEqual(sidecarBytes(), before, 'the orphaned claim must stay in the sidecar, unchanged');
    assert.ok(sidecarBytes().includes(`id: ${claimId}`));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await eventually(async () => (await lenses(document.uri)).find((lens) => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.title.startsWith('$(tag)')), 'the claim to be found again');
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

describe('claims: edit, remove, re-attach, outline and hover', () => {
  let document: vscode.TextDocument;
  let claimId: string;

  before(async () => {
    document = await openCopy();
    claimId = await tagThroughLens(document, 'The auditor advised that the Better Care Fund', { tags: ['finding'] });
  });

  after(closeAndRemoveCopy);

  it('leaves the sidecar as it was when the document is closed and opened again', async () => {
    const before = sidecarBytes();
    const place = await livePlace(document, claimId);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    document = await vscode.workspace.openTextDocument(documentPath);
    await vscode.window.showTextDocument(document);
    assert.deepStrictEqual(await livePlace(document, claimId), place);
    assert.strictEqual(sidecarBytes(), before);
  });

  it('shows the claim in the outline', async () => {
    const symbol = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return found?.find((candidate) => candidate.name.startsWith('The auditor advised that'));
    }, 'the claim in the outline');
    assert.match(symbol.name, / \[finding\]$/);
    assert.deepStrictEqual(spanOf(document, symbol.range), await livePlace(document, claimId).then(({ start, end }) => ({ start, end })));
  });

  it('edits tags and note, keeping a comment written by hand in the file', async () => {
    fs.writeFileSync(sidecarPath, sidecarBytes().replace('claims:\n', 'claims:\n  # checked by the audit team\n'));
    await vscode.commands.executeCommand('policyAnnotator.editClaim', document.uri, claimId, { tags: ['finding', 'supported'], note: 'See the NAO report, part one.' });
    const text = sidecarBytes();
    assert.match(text, /# checked by the audit team/);
    assert.match(text, /tags:\n {6}- finding\n {6}- supported\n {4}note: See the NAO report, part one\.\n/);
  });

  it('shows tags, note and figures in a hover on the claim', async () => {
    const place = await livePlace(document, claimId);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(place.start + 2));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /`finding` `supported`/);
    assert.match(text, /See the NAO report, part one\./);
    assert.match(text, /\*\*Figures:\*\* .*£5\.3bn/);
  });

  it('re-attaches an orphaned claim to a selection', async () => {
    const place = await livePlace(document, claimId);
    await replace(document, place.start, place.end, 'Something else entirely.');
    await eventually(async () => ((await lenses(document.uri)).some((lens) => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.title.startsWith('$(tag)')) ? undefined : true), 'the claim to be orphaned');
    const target = document.getText().indexOf('And despite planned reductions');
    const end = document.getText().indexOf('.', target) + 1;
    await vscode.commands.executeCommand('policyAnnotator.reattachClaim', document.uri, claimId, { start: target, end });
    assert.deepStrictEqual(await livePlace(document, claimId), { start: target, end, text: document.getText().slice(target, end) });
    assert.match(sidecarBytes(), /quote: "And despite planned reductions/);
  });

  it('edits a claim picked in the Annotations view, whose context menu passes its tree node', async () => {
    const node = { kind: 'claim', documentUri: document.uri, tracked: { claim: { id: claimId } } };
    await vscode.commands.executeCommand('policyAnnotator.editClaim', node, { tags: ['finding', 'opinion'] });
    assert.match(sidecarBytes(), /tags:\n {6}- finding\n {6}- opinion\n/);
  });

  it('removes a claim from the sidecar', async () => {
    const removed = await vscode.commands.executeCommand<string>('policyAnnotator.removeClaim', document.uri, claimId);
    assert.strictEqual(removed, claimId);
    assert.doesNotMatch(sidecarBytes(), new RegExp(claimId));
    assert.match(sidecarBytes(), /claims: \[\]/);
  });
});

describe('claims: tag a selection', () => {
  // The copy's own document, never whichever editor happens to be active.
  let document: vscode.TextDocument;
  before(async () => {
    document = await openCopy();
  });
  after(closeAndRemoveCopy);

  it('tags the selected text without the white space around it, with the source of the sentence it stands in', async () => {
    const phrase = 'has not yet achieved its desired financial and service targets';
    const start = document.getText().indexOf(phrase);
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', document.uri, { start: start - 1, end: start + phrase.length + 1 }, { tags: ['finding'] });
    assert.match(id, /^c-[a-z0-9]{6}$/);
    assert.deepStrictEqual(await livePlace(document, id), { start, end: start + phrase.length, text: phrase });
    assert.match(sidecarBytes(), new RegExp(`quote: "${phrase}"`));
    assert.match(sidecarBytes(), /source: National Audit Office\n/);
  });

  it('keeps a quoted person with their organisation: the sidecar has both, the hover shows both, the lens the person', async () => {
    const opening = '“What’s more, even if it did prove cheaper';
    const start = document.getText().indexOf(opening);
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagClaim', document.uri, { start, end: start + opening.length }, { tags: ['opinion'] });
    assert.match(sidecarBytes(), new RegExp(`id: ${id}\\n(?:.*\\n)*?    source: Sally Gainsbury\\n    organisation: Nuffield Trust\\n`));
    await eventually(async () => (await lenses(document.uri)).find((lens) => lens.command?.title === '$(tag) opinion — Sally Gainsbury'), 'the lens with the person');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(start + 3));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /\*\*Source:\*\* Sally Gainsbury, Nuffield Trust/);
  });

  it('reads the sidecar again when it changes on disk', async () => {
    fs.writeFileSync(sidecarPath, sidecarBytes().replace('      - finding\n', '      - finding\n      - checked-by-hand\n'));
    await eventually(async () => (await lenses(document.uri)).find((lens) => lens.command?.title === '$(tag) finding · checked-by-hand — National Audit Office'), 'the lens to show the tag added on disk');
  });
});

describe('claims: the pickers', () => {
  let document: vscode.TextDocument;
  before(async () => {
    document = await openCopy();
  });
  after(closeAndRemoveCopy);

  it('marks the sentence being tagged while the tag picker is open, and writes nothing when it is cancelled', async () => {
    const opening = 'The government’s plan to integrate';
    const start = document.getText().indexOf(opening);
    const lens = await eventually(async () => (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.tagClaim' && candidate.range.start.line === document.positionAt(start).line), 'the Tag claim lens');
    // As a click on the lens does: no answers, so the pickers open (the picture shows the mark under them).
    const tagged = vscode.commands.executeCommand<string | undefined>(lens.command!.command, ...lens.command!.arguments!);
    await takeScreenshot('claims-tag-picker');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await tagged, undefined);
    assert.ok(!fs.existsSync(sidecarPath), 'a cancelled tagging wrote a sidecar');
  });

  it('takes a corrected source when tagging, and removes it when edited to nothing', async () => {
    const phrase = 'has not yet achieved its desired financial and service targets';
    const start = document.getText().indexOf(phrase);
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', document.uri, { start, end: start + phrase.length }, { tags: ['finding'], source: 'the auditor' });
    assert.match(sidecarBytes(), /source: the auditor\n/);
    await vscode.commands.executeCommand('policyAnnotator.editClaim', document.uri, id, { tags: ['finding'], source: '' });
    assert.doesNotMatch(sidecarBytes(), /source:/);
  });
});

describe('claims: screenshot', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('editor').update('wordWrap', undefined, vscode.ConfigurationTarget.Global);
    await closeAndRemoveCopy();
  });

  it('shows tagged claims with their lenses, marks and the Tag claim lenses', async () => {
    const document = await openCopy();
    await tagThroughLens(document, 'The government’s plan to integrate', { tags: ['finding', 'disputed'], note: 'Checked against the NAO report.' });
    await tagThroughLens(document, 'The auditor advised that the Better Care Fund', { tags: ['estimate', 'supported'] });
    // In the run's own user settings, thrown away with the run.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.files.action.collapseExplorerFolders');
    await vscode.commands.executeCommand('policyAnnotator.claims.focus');
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(0, 0, 0, 0) });
    await api().settled(document.uri);
    // The picture shows what the editor holds: wait for the lenses it asked for itself, then for it to draw them.
    const { spy, registration } = await LensProviderSpy.start();
    try {
      const claimLenses = (held: readonly vscode.CodeLens[]): number => held.filter((lens) => lens.command?.command === 'policyAnnotator.revealClaim' && lens.command.title.startsWith('$(tag)')).length;
      await eventually(async () => (claimLenses((await spy.held(document.uri)) ?? []) === 2 ? true : undefined), 'the editor to be given two claim lenses');
      await sleep(500);
      await takeScreenshot('claims');
    } finally {
      registration.dispose();
      await restartLensProvider();
    }
  });

  it('gives claims a border in the High Contrast theme', async () => {
    const workbench = vscode.workspace.getConfiguration('workbench');
    const themed = new Promise<void>((resolve) => {
      const listener = vscode.window.onDidChangeActiveColorTheme((theme) => {
        if (theme.kind === vscode.ColorThemeKind.HighContrast) {
          listener.dispose();
          resolve();
        }
      });
    });
    await workbench.update('colorTheme', 'Default High Contrast', vscode.ConfigurationTarget.Global);
    try {
      await themed;
      await takeScreenshot('claims-high-contrast');
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
