import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { seedsDir } from '../runner/paths';
import { activatePolicyAnnotator } from './helpers/extension';

const waitMs = 10_000;

/** Resolves once `probe` gives a value, looked at again whenever the workbench reports a change; rejects after a while. */
function when<T>(probe: () => T | undefined, what: string): Promise<T> {
  const now = probe();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const value = probe();
      if (value !== undefined) finish(() => resolve(value));
    };
    // Decorations are drawn after scope and scan events the test cannot see; the workbench's events and a short tick stand in.
    const listeners = [vscode.workspace.onDidChangeConfiguration(check), vscode.window.onDidChangeVisibleTextEditors(check), vscode.window.onDidChangeTextEditorVisibleRanges(check)];
    const tick = setInterval(check, 50);
    const timer = setTimeout(() => finish(() => reject(new Error(`Timed out after ${waitMs / 1000} s waiting for ${what}`))), waitMs);
    function finish(settle: () => void): void {
      clearTimeout(timer);
      clearInterval(tick);
      listeners.forEach((listener) => listener.dispose());
      settle();
    }
  });
}

describe('scope: which documents are served', () => {
  let api: PolicyAnnotatorApi;
  let folder: string;
  const text = 'The Department for Education spent £5.3bn in 2019-20, 12% more than planned.\n';

  before(async () => {
    api = await activatePolicyAnnotator();
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-scope-')));
  });

  /** The run's own user settings, thrown away with the run; cleared so each test starts from the defaults. */
  const clearUserScope = async (): Promise<void> => {
    const config = vscode.workspace.getConfiguration('policyAnnotator');
    await config.update('include', undefined, vscode.ConfigurationTarget.Global);
    await config.update('exclude', undefined, vscode.ConfigurationTarget.Global);
  };

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await clearUserScope();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const moneyIn = (uri: vscode.Uri): number | undefined => api.decorationsFor(uri)?.get('money')?.length;

  it('leaves a Markdown file alone outside an opted-in workspace, until turned on for it; then off again', async () => {
    const readme = path.join(folder, 'README.md');
    fs.writeFileSync(readme, `# Project\n\n${text}`);
    const document = await vscode.workspace.openTextDocument(readme);
    await vscode.window.showTextDocument(document);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf('£5.3bn') + 1));
    assert.deepStrictEqual(hovers.filter((hover) => hover.contents.some((content) => /Money/.test(typeof content === 'string' ? content : content.value))), [], 'a hover on a file out of scope');
    assert.ok(!moneyIn(document.uri), 'highlights in a file out of scope');

    assert.strictEqual(await vscode.commands.executeCommand<boolean>('policyAnnotator.toggleScope', document.uri), true);
    const inspected = vscode.workspace.getConfiguration('policyAnnotator').inspect<string[]>('include');
    assert.deepStrictEqual(inspected?.globalValue, [document.uri.path], 'the file is named in the user settings (it is in no workspace folder)');
    await when(() => (moneyIn(document.uri) ? true : undefined), 'highlights once turned on');

    assert.strictEqual(await vscode.commands.executeCommand<boolean>('policyAnnotator.toggleScope', document.uri), false);
    await when(() => (moneyIn(document.uri) ? undefined : true), 'highlights to go once turned off');
    await clearUserScope();
  });

  it('turns a folder of the workspace off and on again, in the workspace folder\'s settings', async () => {
    const settingsFile = path.join(seedsDir, '.vscode', 'settings.json');
    const settingsBefore = fs.readFileSync(settingsFile, 'utf8');
    const folderPath = path.join(seedsDir, 'scope-test-tmp');
    fs.mkdirSync(folderPath, { recursive: true });
    const file = path.join(folderPath, 'report.txt');
    fs.writeFileSync(file, text);
    try {
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      await when(() => (moneyIn(document.uri) ? true : undefined), 'highlights in an opted-in workspace');
      assert.strictEqual(await vscode.commands.executeCommand<boolean>('policyAnnotator.toggleScope', vscode.Uri.file(folderPath)), false);
      const exclude = vscode.workspace.getConfiguration('policyAnnotator', document.uri).inspect<string[]>('exclude');
      assert.deepStrictEqual(exclude?.workspaceFolderValue ?? exclude?.workspaceValue, ['**/node_modules/**', 'scope-test-tmp/**']);
      await when(() => (moneyIn(document.uri) ? undefined : true), 'highlights to go in the folder turned off');
      assert.strictEqual(await vscode.commands.executeCommand<boolean>('policyAnnotator.toggleScope', vscode.Uri.file(folderPath)), true);
      await when(() => (moneyIn(document.uri) ? true : undefined), 'highlights back in the folder turned on');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.writeFileSync(settingsFile, settingsBefore);
      fs.rmSync(folderPath, { recursive: true, force: true });
    }
  });

  it('serves text in the opted-in seeds workspace, and stops where exclude says', async () => {
    assert.ok(fs.existsSync(path.join(seedsDir, '.policy-annotator')), 'the seeds workspace opts in with a .policy-annotator folder');
    const document = await vscode.workspace.openTextDocument(path.join(seedsDir, '002_ce0cf146e7dfc21b.txt'));
    await vscode.window.showTextDocument(document);
    await when(() => (moneyIn(document.uri) ? true : undefined), 'highlights in a seed');
    await vscode.workspace.getConfiguration('policyAnnotator').update('exclude', ['*.txt'], vscode.ConfigurationTarget.Global);
    await when(() => (moneyIn(document.uri) ? undefined : true), 'highlights to go when exclude names the file');
    await vscode.workspace.getConfiguration('policyAnnotator').update('exclude', undefined, vscode.ConfigurationTarget.Global);
    await when(() => (moneyIn(document.uri) ? true : undefined), 'highlights to come back');
  });
});
