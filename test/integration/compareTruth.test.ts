import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import type { SidecarComparison } from '../../src/editor/review/compareSidecar';
import { activatePolicyAnnotator } from './helpers/extension';
import { recordMessages } from './helpers/messages';
import { myth, reviewText, savings, sidecarTextOf } from './helpers/reviewFixtures';

describe('review: comparing tells the truth', () => {
  const text = reviewText;
  const sidecarText = sidecarTextOf;
  let folder: string;
  let recorder: ReturnType<typeof recordMessages>;

  before(async () => {
    await activatePolicyAnnotator();
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-truth-')));
    const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: folder, env, stdio: 'pipe' });
    };
    git('init', '--quiet', '--initial-branch=main');
    assert.strictEqual(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' }).trim(), folder);
    for (const name of ['report.txt', 'broken.txt', 'fresh.txt']) fs.writeFileSync(path.join(folder, name), text);
    fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), sidecarText('report.txt', myth));
    fs.writeFileSync(path.join(folder, 'broken.txt.annotations.yaml'), sidecarText('broken.txt', myth));
    git('add', '--all');
    git('commit', '--quiet', '-m', 'first');
    fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), sidecarText('report.txt', myth, savings));
    git('commit', '--quiet', '-am', 'second');
    fs.writeFileSync(path.join(folder, 'broken.txt.annotations.yaml'), `<<<<<<< ours\n${sidecarText('broken.txt', myth)}=======\n${sidecarText('broken.txt', savings)}>>>>>>> theirs\n`);
    fs.writeFileSync(path.join(folder, 'fresh.txt.annotations.yaml'), sidecarText('fresh.txt', savings));
  });

  beforeEach(() => {
    recorder = recordMessages();
  });

  afterEach(async () => {
    recorder.restore();
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('a sidecar with conflict markers: the error names it, and nothing else is claimed', async () => {
    const comparisons = await vscode.commands.executeCommand<SidecarComparison[] | undefined>('policyAnnotator.compareWithHead', vscode.Uri.file(path.join(folder, 'broken.txt')));
    assert.deepStrictEqual(comparisons, []);
    assert.strictEqual(recorder.messages.length, 1, recorder.messages.join('\n'));
    assert.match(recorder.messages[0], /^Error: Policy Annotator: cannot compare broken\.txt\.annotations\.yaml:1:1: unresolved git merge conflict marker/);
    assert.doesNotMatch(recorder.messages[0], /No annotation changes/);
  });

  it('an uncommitted new sidecar diffs against an empty file', async () => {
    const sidecarUri = vscode.Uri.file(path.join(folder, 'fresh.txt.annotations.yaml'));
    const comparisons = await vscode.commands.executeCommand<SidecarComparison[] | undefined>('policyAnnotator.compareWithHead', sidecarUri);
    assert.ok(comparisons && comparisons[0].existedBefore === false && comparisons[0].changes.length === 1);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    let input: vscode.TabInputTextDiff | undefined;
    for (const deadline = Date.now() + 10_000; !input && Date.now() < deadline; await sleep(100)) {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      input = active instanceof vscode.TabInputTextDiff ? active : undefined;
    }
    assert.ok(input, 'a diff editor opened');
    assert.strictEqual(input.modified.fsPath, sidecarUri.fsPath);
    assert.strictEqual((await vscode.workspace.openTextDocument(input.original)).getText(), '');
    assert.ok(!recorder.messages.some((message) => /not found|Error/i.test(message)), recorder.messages.join('\n'));
  });

  it('takes any revision git understands, typed: HEAD~1', async () => {
    const comparisons = await vscode.commands.executeCommand<SidecarComparison[] | undefined>('policyAnnotator.compareWithRef', vscode.Uri.file(path.join(folder, 'report.txt')), 'HEAD~1');
    assert.ok(comparisons);
    assert.deepStrictEqual(comparisons[0].changes.map((change) => [change.id, change.kinds.join()]), [['c-save01', 'added']]);
    const unknown = await vscode.commands.executeCommand<SidecarComparison[] | undefined>('policyAnnotator.compareWithRef', vscode.Uri.file(path.join(folder, 'report.txt')), 'no-such-revision');
    assert.strictEqual(unknown, undefined);
    assert.ok(recorder.messages.some((message) => /git knows no revision "no-such-revision"/.test(message)), recorder.messages.join('\n'));
  });

  it('a file with no sidecar on either side compares the repository\'s sidecars, not one that does not exist', async () => {
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'plain notes');
    const comparisons = await vscode.commands.executeCommand<SidecarComparison[] | undefined>('policyAnnotator.compareWithHead', vscode.Uri.file(path.join(folder, 'notes.txt')));
    assert.ok(comparisons);
    assert.ok(!comparisons.some((comparison) => comparison.path === 'notes.txt.annotations.yaml'), comparisons.map((comparison) => comparison.path).join());
    assert.ok(!recorder.messages.some((message) => /notes\.txt\.annotations\.yaml/.test(message)), recorder.messages.join('\n'));
  });
});
