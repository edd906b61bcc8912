import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot, seedsDir } from '../runner/paths';
import { policyAnnotator } from './helpers/extension';

interface Manifest {
  contributes: { commands: { command: string }[] };
}

describe('activation', () => {
  it('activates on a seed document and registers every contributed command', async () => {
    const seed = fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()[0];
    const document = await vscode.workspace.openTextDocument(path.join(seedsDir, seed));
    await vscode.window.showTextDocument(document);

    const extension = policyAnnotator();
    await extension.activate();
    assert.strictEqual(extension.isActive, true);

    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((entry) => entry.command).filter((command) => !registered.has(command));
    assert.deepStrictEqual(missing, [], 'contributed commands without a registration');
  });

  it('opens policy documents with word wrap, and has its own view container', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'policy-document' }).get('wordWrap'), 'on');
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'typescript' }).get('wordWrap'), 'off', 'word wrap for other languages is left alone');
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.ok(commands.has('workbench.view.extension.policyAnnotator'), 'no Policy Annotator view container');
  });
});
