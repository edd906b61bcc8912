import * as vscode from 'vscode';
import { decideScope, toggledScope } from '../../core/scope/documentScope';
import { CONFIG_SECTION, readConfig } from '../config';
import { DocumentScope, placeOf } from './documentScope';

export const TOGGLE_SCOPE_COMMAND = 'policyAnnotator.toggleScope';

/**
 * Turns the extension on or off for a file or folder (the explorer's, else the active editor's
 * file) by writing its own entry into `policyAnnotator.include` or `.exclude`: in the settings of
 * its workspace folder, or the user's for a file outside any. Returns whether it is now on.
 */
export async function toggleScope(scope: DocumentScope, uri: vscode.Uri | undefined): Promise<boolean | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Open a document, or pick a file or folder in the Explorer, to turn Policy Annotator on or off for it.');
    return undefined;
  }
  if (target.scheme !== 'file' && target.scheme !== 'vscode-remote' && !vscode.workspace.getWorkspaceFolder(target)) {
    void vscode.window.showInformationMessage('Save the document first: Policy Annotator is turned on or off by file path.');
    return undefined;
  }
  const isFolder = await vscode.workspace.fs.stat(target).then((stat) => (stat.type & vscode.FileType.Directory) !== 0);
  const { folder, path } = placeOf(target);
  const settings = readConfig(target).scope;
  const on = isFolder
    // A folder counts as on when a text file in it would be served.
    ? !decideScope({ languageId: 'plaintext', path: `${path}/_`, optedIn: await scope.optedIn(target) }, settings).inScope
    : !scope.decide(await vscode.workspace.openTextDocument(target)).inScope;
  const next = toggledScope(settings, { path, isFolder }, on);
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, target);
  const where = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await config.update('include', next.include, where);
  await config.update('exclude', next.exclude, where);
  vscode.window.setStatusBarMessage(`Policy Annotator: ${on ? 'on' : 'off'} for ${folder ? path : target.fsPath}${isFolder ? '/' : ''}`, 4000);
  return on;
}
