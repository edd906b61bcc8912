import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SidecarClaim } from '../../src/core/sidecar/types';
import type { SidecarComparison } from '../../src/editor/review/compareSidecar';
import { activatePolicyAnnotator } from './helpers/extension';
import { myth, reviewText, savings, sidecarTextOf } from './helpers/reviewFixtures';
import { takeScreenshot } from './helpers/screenshot';

const waitMs = 10_000;

/** Resolves once `condition` holds, checked whenever the active editor or its selection changes. */
function until(condition: () => boolean, what: string): Promise<void> {
  if (condition()) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const listeners: vscode.Disposable[] = [];
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      listeners.forEach((listener) => listener.dispose());
      if (error) {
        reject(error);
      } else {
        resolve();
      }
    };
    const timer = setTimeout(() => finish(new Error(`Timed out after ${waitMs / 1000} s waiting for ${what}`)), waitMs);
    const check = (): void => {
      if (condition()) {
        finish();
      }
    };
    listeners.push(vscode.window.onDidChangeActiveTextEditor(check), vscode.window.onDidChangeTextEditorSelection(check));
  });
}

// The workspace (seeds/) lies inside the project's own repository, so committing there is out of
// the question: the test makes a throwaway repository in a temporary folder and passes the
// document's uri to the command, as the explorer's context menu would. The git extension opens it.
// "No repository" is not tested here: the offline runner's temporary folder is inside the checkout.
describe('review: compare annotations with HEAD', () => {
  const text = reviewText;
  const sidecarText = (...claims: SidecarClaim[]): string => sidecarTextOf('report.txt', ...claims);
  let folder: string;
  let documentPath: string;

  before(() => {
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-review-it-')));
    documentPath = path.join(folder, 'report.txt');
    const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: folder, env, stdio: 'pipe' });
    };
    git('init', '--quiet', '--initial-branch=main');
    // The runner's temporary folder may sit inside the project's checkout: make sure every git
    // command here (and the merge driver set-up) lands in the throwaway repository.
    assert.strictEqual(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' }).trim(), folder);
    fs.writeFileSync(documentPath, text);
    fs.writeFileSync(`${documentPath}.annotations.yaml`, sidecarText(myth));
    git('add', '--all');
    git('commit', '--quiet', '-m', 'Annotate the report');
    fs.writeFileSync(`${documentPath}.annotations.yaml`, sidecarText({ ...myth, tags: ['opinion', 'disputed'] }, savings));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('lists the claims changed since HEAD and selects the chosen one in its document', async () => {
    await activatePolicyAnnotator();
    const documentUri = vscode.Uri.file(documentPath);
    const comparisons = await vscode.commands.executeCommand<SidecarComparison[] | undefined>('policyAnnotator.compareWithHead', documentUri);
    assert.ok(comparisons, 'the command found no repository');
    assert.deepStrictEqual(comparisons.map((comparison) => comparison.path), ['report.txt.annotations.yaml']);
    assert.deepStrictEqual(comparisons[0].changes.map((change) => [change.id, change.kinds.join(',')]), [
      ['c-myth01', 'retagged'],
      ['c-save01', 'added'],
    ]);
    await takeScreenshot('review-compare-with-head');

    // The picker opens on the first claim; accepting it selects that claim's quote in the document.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await until(() => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.uri.fsPath === documentUri.fsPath
        && editor.document.offsetAt(editor.selection.start) === myth.anchor.start
        && editor.document.offsetAt(editor.selection.end) === myth.anchor.end;
    }, `claim c-myth01 to be selected in ${documentPath}`);
  });

  it('opens the diff editor between the sidecar at HEAD and the working file', async () => {
    const sidecarUri = vscode.Uri.file(`${documentPath}.annotations.yaml`);
    await vscode.commands.executeCommand('policyAnnotator.compareWithHead', sidecarUri);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const diffTab = (): vscode.TabInputTextDiff | undefined => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff ? input : undefined;
    };
    await until(() => diffTab() !== undefined, 'a diff editor');
    const input = diffTab() as vscode.TabInputTextDiff;
    assert.strictEqual(input.original.scheme, 'git');
    assert.strictEqual(input.modified.fsPath, sidecarUri.fsPath);
    const original = await vscode.workspace.openTextDocument(input.original);
    assert.strictEqual(original.getText(), sidecarText(myth));
    await takeScreenshot('review-diff-editor');
  });

  it('sets up the merge driver in the repository of a folder, as the command line does', async () => {
    const message = await vscode.commands.executeCommand<string | undefined>('policyAnnotator.setUpMergeDriver', vscode.Uri.file(folder), 'node /opt/pa/cli.js');
    assert.match(message ?? '', /set up/);
    const config = (key: string): string => execFileSync('git', ['config', '--local', key], { cwd: folder, encoding: 'utf8' }).trim();
    assert.strictEqual(config('merge.policy-annotations.driver'), 'node /opt/pa/cli.js merge %O %A %B %P');
    assert.strictEqual(fs.readFileSync(path.join(folder, '.gitattributes'), 'utf8'), '*.annotations.yaml merge=policy-annotations\n');
  });

});
