import * as vscode from 'vscode';
import { readTextFile } from '../util/textFiles';
import { MERGE_ATTRIBUTE_LINE, MERGE_DRIVER_ID, MERGE_DRIVER_NAME, mergeDriverCommand, withMergeAttribute } from '../../core/review/mergeDriverSetup';
import { Repository } from './gitApi';

interface CliChoice extends vscode.QuickPickItem {
  readonly cli: string;
}

/** Asks how git should start the command line: from PATH, or this extension's own copy. */
export async function chooseCli(extensionUri: vscode.Uri): Promise<string | undefined> {
  const bundled = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const choices: CliChoice[] = [
    { label: 'policy-annotator', description: 'on PATH (npm install --global policy-annotator)', cli: 'policy-annotator' },
    { label: `node "${bundled}"`, description: "this extension's copy; its path changes when the extension updates", cli: `node "${bundled}"` },
  ];
  const choice = await vscode.window.showQuickPick(choices, { title: 'How should git start Policy Annotator to merge annotations?' });
  return choice?.cli;
}

/**
 * The same set-up as `policy-annotator setup-merge-driver`: the driver in the repository's
 * config (through the git extension) and the attribute line in its .gitattributes.
 */
export async function setUpMergeDriver(repository: Repository, cli: string): Promise<string> {
  await repository.setConfig(`merge.${MERGE_DRIVER_ID}.name`, MERGE_DRIVER_NAME);
  await repository.setConfig(`merge.${MERGE_DRIVER_ID}.driver`, mergeDriverCommand(cli));
  const attributesUri = vscode.Uri.joinPath(repository.rootUri, '.gitattributes');
  const attributes = (await readTextFile(attributesUri)) ?? '';
  const updated = withMergeAttribute(attributes);
  if (updated === undefined) {
    return `The annotations merge driver is set up in ${repository.rootUri.fsPath}.`;
  }
  await vscode.workspace.fs.writeFile(attributesUri, new TextEncoder().encode(updated));
  return `The annotations merge driver is set up in ${repository.rootUri.fsPath}; commit .gitattributes (it now has "${MERGE_ATTRIBUTE_LINE}") so every clone uses it.`;
}
