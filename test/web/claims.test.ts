import * as vscode from 'vscode';
import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { splitSentences } from '../../src/core/claims/sentences';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import * as assert from './assert';
import { takeScreenshot } from './screenshot';
// The Node suite's expected file, bundled as text (test/web/build.mjs): the browser must write the very same bytes.
import taggedSidecar from '../integration/fixtures/claims/tagged.annotations.yaml';
import { activatePolicyAnnotator, eventually, exists, inWorkspace, lenses, readText, seedName } from './workspace';

/** A copy of the seed inside the workspace (seeds/ is in git), removed afterwards. */
const workDir = inWorkspace('web-claims-test-tmp');
const documentUri = vscode.Uri.joinPath(workDir, 'nao-report.txt');
const sidecarUri = vscode.Uri.joinPath(workDir, 'nao-report.txt.annotations.yaml');

/** Copies the seed into the scratch folder, with `sidecar` beside it if given, and opens it in an editor. */
async function openCopy(sidecar?: string): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.delete(workDir, { recursive: true }).then(undefined, () => undefined);
  await vscode.workspace.fs.copy(inWorkspace(seedName), documentUri);
  if (sidecar !== undefined) {
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(sidecar));
  }
  await activatePolicyAnnotator();
  const document = await vscode.workspace.openTextDocument(documentUri);
  await vscode.window.showTextDocument(document);
  return document;
}

async function closeAndRemoveCopy(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(workDir, { recursive: true });
}

describe('web: tagging a claim writes the sidecar through workspace.fs', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openCopy();
  });

  after(closeAndRemoveCopy);

  it('tags a claim through its lens and writes the same sidecar as the desktop', async () => {
    assert.ok(!(await exists(sidecarUri)), 'a sidecar is there before any claim was tagged');
    const line = document.positionAt(document.getText().indexOf('The government’s plan to integrate')).line;
    const lens = await eventually(async () => (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.tagClaim' && candidate.range.start.line === line), `a Tag claim lens on line ${line + 1}`);
    const id = await vscode.commands.executeCommand<string>(lens.command!.command, ...lens.command!.arguments!, { tags: ['finding', 'disputed'], note: 'Checked against the NAO report.', pick: 0 });
    assert.match(id, /^c-[a-z0-9]{6}$/, 'the new claim id');
    assert.strictEqual(await readText(sidecarUri), taggedSidecar.replace('{{id}}', id), 'the sidecar');
    const summary = await eventually(async () => (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.revealClaim'), 'the claim lens');
    assert.strictEqual(summary.command!.title, '$(tag) finding · disputed — National Audit Office');
  });

  it('shows the claim in the Policy Annotations view, with its lens and marks (screenshot)', async () => {
    // In the run's own user settings, thrown away with the run.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('policyAnnotator.claims.focus');
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(0, 0, 0, 0) });
    // Lenses are laid out again after the wrap change and the view reads the workspace: give both time to draw.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await takeScreenshot('web-claims');
  });
});

describe('web: a sidecar that breaks the schema is reported and never overwritten', () => {
  // `tags` must be a list: the JSON Schema check (ajv, which compiles to code) has to run in the worker too.
  const broken = 'schema: 1\ndocument: nao-report.txt\noffsets: utf-16\nclaims:\n  - id: c-aaaaaa\n    quote: "latest"\n    prefix: ""\n    suffix: " health care news"\n    start: 0\n    end: 6\n    tags: finding\n';
  let document: vscode.TextDocument;

  before(async () => {
    document = await openCopy(broken);
  });

  after(closeAndRemoveCopy);

  it('puts the problem on its line in the Problems panel and refuses to tag', async () => {
    const diagnostics = await eventually(() => {
      const found = vscode.languages.getDiagnostics(sidecarUri);
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on the sidecar');
    assert.deepStrictEqual(diagnostics.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.message]), [[11, '"tags" of claim c-aaaaaa must be a list']]);
    const id = await vscode.commands.executeCommand('policyAnnotator.tagSelection', document.uri, { start: 0, end: 20 }, { tags: ['opinion'] });
    assert.strictEqual(id, undefined, 'a claim was tagged');
    assert.strictEqual(await readText(sidecarUri), broken, 'the sidecar');
  });
});

describe('web: a sidecar of 1,000 claims is read in slices, and its claims placed', () => {
  let document: vscode.TextDocument;
  let firstQuote = '';
  const slices: number[] = [];
  // The extension's timed work is a performance measure in this very worker (src/editor/util/timing.ts).
  const observer = new PerformanceObserver((list) => slices.push(...list.getEntriesByName('policyAnnotator.claims:parse').map((entry) => entry.duration)));

  before(async () => {
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace(seedName)));
    const sentences = splitSentences(seed).filter((span) => span.end - span.start >= 40);
    const claims = Array.from({ length: 1_000 }, (_, index) => {
      const span = sentences[index % sentences.length];
      return { id: `c-${String(index).padStart(6, '0')}`, anchor: createQuoteAnchor(seed, span.start, span.end), tags: ['finding'] };
    });
    firstQuote = claims[0].anchor.quote;
    observer.observe({ entryTypes: ['measure'] });
    document = await openCopy(serialiseSidecar({ schema: 1, document: 'nao-report.txt', offsets: 'utf-16', claims }));
  });

  after(async () => {
    observer.disconnect();
    await closeAndRemoveCopy();
  });

  it('reads the file over several turns of the worker, and shows its claims', async () => {
    const line = document.positionAt(document.getText().indexOf(firstQuote)).line;
    await eventually(async () => (await lenses(document.uri)).find((candidate) => candidate.command?.command === 'policyAnnotator.revealClaim' && candidate.range.start.line === line), `a claim lens on line ${line + 1}`, 30_000);
    // How long each slice takes is for the editor benches to measure (this machine's load decides it here).
    assert.ok(slices.length > 1, `read in ${slices.length} slice(s)`);
  });
});
