import * as vscode from 'vscode';

export function registerClaimFeatures(_context: vscode.ExtensionContext): vscode.Disposable {
  return new vscode.Disposable(() => undefined);
}
