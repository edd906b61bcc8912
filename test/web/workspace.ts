import * as vscode from 'vscode';

export { activatePolicyAnnotator, policyAnnotator } from '../integration/helpers/extension';
export { eventually, lenses } from '../integration/helpers/waitFor';

// Files through workspace.fs only: in the web worker they are on the server, as vscode-remote URIs.

export const seedName = '002_ce0cf146e7dfc21b.txt';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    throw new Error('The web suites need the seeds folder open as the workspace.');
  }
  return folder;
}

export function inWorkspace(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...segments);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}
