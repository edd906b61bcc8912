import * as vscode from 'vscode';

const MANAGE_TRUST = 'Manage Workspace Trust';

/** Tells the user why something is off in Restricted Mode (an untrusted workspace), with a button to trust the folder. */
export function explainRestrictedMode(message: string): void {
  void vscode.window.showInformationMessage(message, MANAGE_TRUST).then((choice) => (choice === MANAGE_TRUST ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
}
