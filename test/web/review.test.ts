import * as vscode from 'vscode';
import * as assert from './assert';
import { takeScreenshot } from './screenshot';
import { activatePolicyAnnotator, exists, inWorkspace, seedName } from './workspace';

describe('web: the git review commands say why they cannot run in the browser', () => {
  before(async () => {
    await activatePolicyAnnotator();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(inWorkspace(seedName)));
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  for (const command of ['policyAnnotator.compareWithHead', 'policyAnnotator.compareWithRef']) {
    it(`${command} explains that comparing with a revision needs git, out of the browser's reach`, async () => {
      const message = await vscode.commands.executeCommand<string>(command);
      assert.match(message, /^Policy Annotator: comparing annotations with a git revision needs git, which the extension cannot reach in the browser/);
      assert.match(message, /policy-annotator diff/);
    });
  }

  it('shows that message in the notifications (screenshot)', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('policyAnnotator.compareWithHead');
    // A workbench running extension tests keeps toasts quiet: the notification centre shows it.
    await vscode.commands.executeCommand('notifications.showList');
    // The centre focuses its newest notification: open it up to its whole text.
    await vscode.commands.executeCommand('notification.expand');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await takeScreenshot('web-review-message');
  });

  it('policyAnnotator.setUpMergeDriver explains where to set the driver up, and writes nothing', async () => {
    const message = await vscode.commands.executeCommand<string>('policyAnnotator.setUpMergeDriver');
    assert.match(message, /^Policy Annotator: the annotations merge driver is set up in a clone on your computer/);
    assert.match(message, /policy-annotator setup-merge-driver/);
    assert.ok(!(await exists(inWorkspace('.gitattributes'))), 'a .gitattributes was written');
  });
});
