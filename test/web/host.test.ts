import * as vscode from 'vscode';
import * as assert from './assert';
import { policyAnnotator } from './workspace';

interface Manifest {
  browser?: string;
  contributes: { commands: { command: string }[]; menus: { commandPalette: { command: string; when?: string }[] } };
}

const reviewCommands = ['policyAnnotator.compareWithHead', 'policyAnnotator.compareWithRef', 'policyAnnotator.setUpMergeDriver'];

describe('web: the browser entry in the web worker extension host', () => {
  it('activates in the web worker, with no Node, as on vscode.dev and github.dev', async () => {
    const extension = policyAnnotator();
    await extension.activate();
    assert.strictEqual(extension.isActive, true, 'the extension is not active');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    // The Node host runs extensions as Workspace ones and has `process`; the web worker has neither.
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI, 'extensionKind (1 is UI: the web worker host)');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'typeof process');
    assert.strictEqual((extension.packageJSON as Manifest).browser, './dist/web/extension.js', 'package.json browser');
  });

  it('registers every contributed command', async () => {
    const manifest = policyAnnotator().packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((entry) => entry.command).filter((command) => !registered.has(command));
    assert.deepStrictEqual(missing, [], 'contributed commands without a registration');
  });

  it('hides the git review commands from the palette in the browser', () => {
    const palette = (policyAnnotator().packageJSON as Manifest).contributes.menus.commandPalette;
    for (const command of reviewCommands) {
      assert.strictEqual(palette.find((entry) => entry.command === command)?.when, '!policyAnnotator.inBrowser', `${command}'s when-clause`);
    }
  });
});
