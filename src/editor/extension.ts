import * as vscode from 'vscode';
import { SERVED_LANGUAGES } from './languages';
import { registerEntityFeatures } from './entities/registerEntityFeatures';
import { registerClaimFeatures } from './claims/registerClaimFeatures';
import { registerReviewFeatures } from './review/registerReviewFeatures';

export function activate(context: vscode.ExtensionContext): void {
  void vscode.commands.executeCommand('setContext', 'policyAnnotator.languages', SERVED_LANGUAGES);
  context.subscriptions.push(
    registerEntityFeatures(context),
    registerClaimFeatures(context),
    registerReviewFeatures(context),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
