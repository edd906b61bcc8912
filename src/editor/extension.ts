import * as vscode from 'vscode';
import { DocumentEntities } from './documentEntities';
import { SERVED_LANGUAGES } from './languages';
import { registerEntityFeatures } from './entities/registerEntityFeatures';
import { registerClaimFeatures } from './claims/registerClaimFeatures';
import { registerReviewFeatures } from './review/registerReviewFeatures';

export function activate(context: vscode.ExtensionContext): void {
  void vscode.commands.executeCommand('setContext', 'policyAnnotator.languages', SERVED_LANGUAGES);
  // Shared by the entity and claim features, so each document is scanned once.
  const entities = new DocumentEntities();
  context.subscriptions.push(
    entities,
    registerEntityFeatures(entities),
    registerClaimFeatures(context, entities),
    registerReviewFeatures(context),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
