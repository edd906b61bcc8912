import * as vscode from 'vscode';
import * as assert from './assert';
import { activatePolicyAnnotator, inWorkspace, readText, seedName } from './workspace';

const workDir = inWorkspace('web-export-test-tmp');
const documentUri = vscode.Uri.joinPath(workDir, 'nao-report.txt');

describe('web: export of the workspace\'s claims', () => {
  before(async () => {
    await vscode.workspace.fs.delete(workDir, { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.copy(inWorkspace(seedName), documentUri);
    await activatePolicyAnnotator();
    const document = await vscode.workspace.openTextDocument(documentUri);
    await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('The government’s plan to integrate');
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', documentUri, { start, end: start + 120 }, { tags: ['finding'] });
    assert.match(id, /^c-/);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workDir, { recursive: true });
  });

  for (const format of ['csv', 'jsonld']) {
    it(`writes ${format} through workspace.fs`, async () => {
      const target = vscode.Uri.joinPath(workDir, `annotations.${format}`);
      const written = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.exportClaims', format, target);
      assert.ok(written, 'nothing exported');
      const text = await readText(target);
      assert.ok(text.includes('The government’s plan to integrate'), text.slice(0, 500));
    });
  }
});
