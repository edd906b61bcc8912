import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import type { SidecarClaim } from '../../src/core/sidecar/types';
import type { ClaimsViewItem } from '../../src/editor/claims/claimsTreeView';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';
import { takeScreenshot } from './helpers/screenshot';
import { eventually } from './helpers/waitFor';

/** Two annotated reports inside the workspace (seeds/ is in git: the folder is removed afterwards). */
const workDir = path.join(seedsDir, 'corpus-test-tmp');
const documents = [
  { seed: '002_ce0cf146e7dfc21b.txt', name: 'nao-report.txt' },
  { seed: '004_d5804bba9651e845.txt', name: 'commentary.txt' },
];
const ORGANISATION = 'National Audit Office';

/** A claim on the first sentence that mentions an organisation called by `mention`. */
function claimMentioning(id: string, text: string, mention: string, tags: string[], source?: string): SidecarClaim {
  const at = text.search(new RegExp(`\\b${mention}\\b`));
  assert.ok(at >= 0, `the seed lacks ${mention}`);
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1);
  const stop = text.indexOf('.', at);
  return { id, anchor: createQuoteAnchor(text, start, stop + 1), tags, ...(source ? { source } : {}) };
}

/**
 * The view's groups cut down to this suite's claims: the claims suites keep their own annotated
 * copies in the workspace until every suite is done, and the view rightly lists them too.
 */
function ours(groups: readonly ClaimsViewItem[]): ClaimsViewItem[] {
  return groups
    .map((group) => ({ ...group, children: group.children.filter((claim) => claim.description.startsWith('corpus-test-tmp/')) }))
    .filter((group) => group.children.length > 0);
}

describe('corpus: across documents', () => {
  let api: PolicyAnnotatorApi;
  const pathOf = (name: string): string => path.join(workDir, name);

  before(async () => {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.mkdirSync(workDir, { recursive: true });
    const tags = [['finding', 'disputed'], ['opinion']];
    for (const [index, { seed, name }] of documents.entries()) {
      const text = fs.readFileSync(path.join(seedsDir, seed), 'utf8');
      fs.writeFileSync(pathOf(name), text);
      const claim = claimMentioning(`c-corpus${index}`, text, index === 0 ? ORGANISATION : 'NAO', tags[index], index === 0 ? ORGANISATION : undefined);
      fs.writeFileSync(`${pathOf(name)}.annotations.yaml`, serialiseSidecar({ schema: 1, document: name, offsets: 'utf-16', claims: [claim] }));
    }
    api = await activatePolicyAnnotator();
  });

  after(async () => {
    await vscode.commands.executeCommand('policyAnnotator.groupClaimsBy', 'document');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('exports the workspace\'s claims through the command, as CSV and as a REFI-QDA project', async () => {
    const csv = vscode.Uri.file(pathOf('claims.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.exportClaims', 'csv', csv);
    assert.strictEqual(written?.toString(), csv.toString());
    const text = fs.readFileSync(csv.fsPath, 'utf8');
    assert.ok(text.startsWith('\ufeff"document","id","quote"'), text.slice(0, 80));
    for (const id of ['c-corpus0', 'c-corpus1']) assert.match(text, new RegExp(`"corpus-test-tmp/[a-z-]+\\.txt","${id}"`));
    assert.match(text, /"finding; disputed"/);
    const qdpx = vscode.Uri.file(pathOf('claims.qdpx'));
    await vscode.commands.executeCommand('policyAnnotator.exportClaims', 'qdpx', qdpx);
    assert.strictEqual(fs.readFileSync(qdpx.fsPath).subarray(0, 2).toString('latin1'), 'PK', 'a zip file');
  });

  it('groups the Policy Annotations view by tag, and filters it', async () => {
    await vscode.commands.executeCommand('policyAnnotator.groupClaimsBy', 'tag');
    await vscode.commands.executeCommand('policyAnnotator.filterClaims', '');
    const groups = ours(await api.claimsViewItems());
    const byLabel = new Map(groups.map((group) => [group.label, group]));
    for (const tag of ['disputed', 'finding', 'opinion']) assert.ok(byLabel.has(tag), `a ${tag} group in ${groups.map((group) => group.label).join(', ')}`);
    assert.ok(byLabel.get('opinion')!.children.some((claim) => claim.description.startsWith('corpus-test-tmp/commentary.txt')), JSON.stringify(byLabel.get('opinion')));
    await vscode.commands.executeCommand('policyAnnotator.filterClaims', 'tag:finding');
    const filtered = ours(await api.claimsViewItems());
    assert.deepStrictEqual(filtered.map((group) => group.label), ['disputed', 'finding'], 'only the claim tagged finding is left, under each of its tags');
    await vscode.commands.executeCommand('policyAnnotator.clearClaimsFilter');
    await vscode.commands.executeCommand('policyAnnotator.groupClaimsBy', 'organisation');
    const organisations = ours(await api.claimsViewItems());
    assert.ok(organisations.find((group) => group.label === ORGANISATION)?.children.length === 2, 'both claims name the National Audit Office (one as its source)');
    // Left grouped by tag: the next test's picture shows the view so.
    await vscode.commands.executeCommand('policyAnnotator.groupClaimsBy', 'tag');
    await vscode.commands.executeCommand('policyAnnotator.claims.focus');
  });

  it('drops the documents of a folder deleted on disk from the Claims view', async () => {
    await vscode.commands.executeCommand('policyAnnotator.groupClaimsBy', 'document');
    // The claims suites' copies of the same reports are listed too, from their own folders.
    const listed = async (): Promise<string[]> => (await api.claimsViewItems()).map((item) => item.label).filter((label) => label.startsWith('corpus-test-tmp/'));
    await eventually(async () => ((await listed()).length === documents.length ? true : undefined), 'both reports in the view')
      .catch(async (error: Error) => assert.fail(`${error.message}; the view lists ${JSON.stringify((await api.claimsViewItems()).map((item) => item.label))}`));
    const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-kept-'));
    fs.cpSync(workDir, kept, { recursive: true });
    try {
      // The watcher reports the folder alone, not the sidecars that went with it.
      fs.rmSync(workDir, { recursive: true, force: true });
      await eventually(async () => ((await listed()).length === 0 ? true : undefined), 'the reports of the deleted folder gone from the view');
    } finally {
      fs.cpSync(kept, workDir, { recursive: true });
      fs.rmSync(kept, { recursive: true, force: true });
    }
    await eventually(async () => ((await listed()).length === documents.length ? true : undefined), 'both reports back in the view once the folder is restored');
    await vscode.commands.executeCommand('policyAnnotator.groupClaimsBy', 'tag');
  });

  it('finds all references of an organisation across the workspace\'s documents', async () => {
    const document = await vscode.workspace.openTextDocument(pathOf(documents[0].name));
    const position = document.positionAt(document.getText().indexOf(ORGANISATION) + 3);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    const files = new Set(locations.map((location) => path.basename(location.uri.fsPath)));
    for (const { name } of documents) assert.ok(files.has(name), `a mention in ${name}; found in ${[...files].join(', ')}`);
    const inOther = locations.find((location) => location.uri.fsPath === pathOf(documents[1].name))!;
    const other = await vscode.workspace.openTextDocument(inOther.uri);
    assert.match(other.getText(inOther.range), /^(NAO|National Audit Office)$/);
    await vscode.commands.executeCommand('editor.action.goToReferences');
    await sleep(1000);
    await takeScreenshot('corpus-references-and-view-by-tag');
  });

  it('lists the claims attributed to an organisation, and writes an evidence report', async () => {
    const attributed = await vscode.commands.executeCommand<Array<{ claim: SidecarClaim }>>('policyAnnotator.claimsByOrganisation', ORGANISATION);
    assert.deepStrictEqual(attributed.map((each) => each.claim.id).filter((id) => id.startsWith('c-corpus')), ['c-corpus0']);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const report = vscode.Uri.file(pathOf('evidence.md'));
    await vscode.commands.executeCommand('policyAnnotator.evidenceReport', 'tag', report);
    const markdown = fs.readFileSync(report.fsPath, 'utf8');
    assert.match(markdown, /## finding \(\d+\)\n\n> /);
    assert.match(markdown, /\[corpus-test-tmp\/nao-report\.txt:\d+\]\(nao-report\.txt#L\d+\) — National Audit Office/);
  });

  // In a throwaway repository (the workspace lies inside the project's own checkout, which the
  // test must neither commit to nor open in the git extension, where the review suite would then
  // find it): ann's tags on main in the working tree, ben's on a branch.
  it('compares the annotations with a branch', async () => {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-agree-it-')));
    try {
      const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder, env, encoding: 'utf8' });
      git('init', '--quiet', '--initial-branch=main');
      assert.strictEqual(git('rev-parse', '--show-toplevel').trim(), folder);
      const text = fs.readFileSync(path.join(seedsDir, documents[0].seed), 'utf8');
      const [first, second] = [claimMentioning('c-agree1', text, ORGANISATION, ['finding']), claimMentioning('c-agree2', text, 'Nuffield Trust', ['opinion'])];
      const write = (claims: SidecarClaim[]): void => fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), serialiseSidecar({ schema: 1, document: 'report.txt', offsets: 'utf-16', claims }));
      fs.writeFileSync(path.join(folder, 'report.txt'), text);
      git('checkout', '--quiet', '-b', 'ben');
      write([{ ...first, tags: ['finding', 'disputed'] }]);
      git('add', '--all');
      git('commit', '--quiet', '-m', 'ben tags');
      git('checkout', '--quiet', '-b', 'ann', 'ben');
      write([first, second]);
      const report = await vscode.commands.executeCommand<{ matched: number; onlyA: number; onlyB: number; tags: Record<string, { kappa: number | null }>; disagreements: Array<{ kind: string }> }>('policyAnnotator.compareWithBranch', 'ben', vscode.Uri.file(folder));
      assert.ok(report, 'a report');
      assert.deepStrictEqual([report.matched, report.onlyA, report.onlyB], [1, 1, 0]);
      assert.deepStrictEqual(report.disagreements.map((each) => each.kind), ['tags', 'onlyA']);
      const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.isUntitled)?.document.getText() ?? '';
      assert.match(shown, /A = working tree, B = ben\n1 matched claim, 1 only in A, 0 only in B/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
