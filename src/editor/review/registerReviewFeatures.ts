import * as vscode from 'vscode';

export function registerReviewFeatures(_context: vscode.ExtensionContext): vscode.Disposable {
  return new vscode.Disposable(() => undefined);
}
