import * as vscode from 'vscode';

export function registerEntityFeatures(_context: vscode.ExtensionContext): vscode.Disposable {
  return new vscode.Disposable(() => undefined);
}
