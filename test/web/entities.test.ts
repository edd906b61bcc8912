import * as vscode from 'vscode';
import { detectEntities } from '../../src/core/entities/detectEntities';
import { ENTITY_KINDS, EntityKind } from '../../src/core/entities/types';
import * as assert from './assert';
import { activatePolicyAnnotator, eventually, inWorkspace, policyAnnotator, seedName } from './workspace';

type Span = { start: number; end: number };

describe('web: highlights and hovers on a seed', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activatePolicyAnnotator();
    document = await vscode.workspace.openTextDocument(inWorkspace(seedName));
    await vscode.window.showTextDocument(document);
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  const drawnSpans = (kind: EntityKind): Span[] | undefined =>
    policyAnnotator().exports.decorationsFor(document.uri)?.get(kind)
      ?.map((range) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) }))
      .sort((a, b) => a.start - b.start);

  it('highlights, per kind, exactly the entities the detector finds', async () => {
    const detected = (kind: EntityKind): Span[] => detectEntities(document.getText()).filter((entity) => entity.kind === kind).map(({ start, end }) => ({ start, end }));
    await eventually(() => (ENTITY_KINDS.every((kind) => drawnSpans(kind) !== undefined) ? true : undefined), 'the highlights');
    for (const kind of ENTITY_KINDS) {
      assert.deepStrictEqual(drawnSpans(kind), detected(kind), `${kind} highlights`);
    }
    const drawnText = (kind: EntityKind): string[] => (drawnSpans(kind) ?? []).map(({ start, end }) => document.getText().slice(start, end));
    assert.ok(drawnText('money').includes('£5.3bn'), `£5.3bn is not highlighted as money: ${drawnText('money').join(', ')}`);
    assert.ok(drawnText('organisation').includes('National Audit Office'), `the National Audit Office is not highlighted: ${drawnText('organisation').join(', ')}`);
  });

  it('shows the normalised amount in a hover on a money figure', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf('£5.3bn') + 2));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n').replace(/\\(.)/g, '$1');
    assert.match(text, /\*\*Money\*\* £5\.3bn/);
    assert.ok(text.includes('£5,300,000,000 (GBP)'), text);
  });
});

describe('web: the workspace\'s own organisation list, read through workspace.fs', () => {
  const workDir = inWorkspace('web-entities-test-tmp');
  const listFile = 'web-entities-test-tmp/organisations.json';
  // Made up, so neither the built-in list nor the rules know it: only the workspace's file can.
  const name = 'Larkspur Ledger';
  let document: vscode.TextDocument;

  before(async () => {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workDir, 'report.txt'), new TextEncoder().encode(`Figures from the ${name} show the change.\n`));
    await activatePolicyAnnotator();
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workDir, 'report.txt'));
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyAnnotator').update('organisations.file', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workDir, { recursive: true });
  });

  it('highlights a name listed in the file policyAnnotator.organisations.file names', async () => {
    const organisations = (): string[] | undefined => policyAnnotator().exports.decorationsFor(document.uri)?.get('organisation')
      ?.map((range) => document.getText(range));
    await eventually(() => (organisations() !== undefined ? true : undefined), 'the highlights');
    assert.deepStrictEqual(organisations(), [], 'organisations before the list is read');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workDir, 'organisations.json'), new TextEncoder().encode(JSON.stringify([{ name }])));
    // In the run's own user settings, thrown away with the run.
    await vscode.workspace.getConfiguration('policyAnnotator').update('organisations.file', listFile, vscode.ConfigurationTarget.Global);
    await eventually(() => (organisations()?.includes(name) ? true : undefined), `${name} to be highlighted`);
  });
});
