import * as vscode from 'vscode';
import type { EntityKind } from '../core/entities/types';
import { DocumentEntities } from './documentEntities';
import { SERVED_LANGUAGES } from './languages';
import { registerEntityFeatures } from './entities/registerEntityFeatures';
import { registerClaimFeatures } from './claims/registerClaimFeatures';
import type { ClaimsViewItem } from './claims/claimsTreeView';
import { registerReviewFeatures } from './review/registerReviewFeatures';

/** What `activate` returns (the extension's `exports`): lets the integration tests see what the editor was given to draw. */
export interface PolicyAnnotatorApi {
  /** The highlight ranges per kind last passed to `setDecorations` in the first visible editor showing `uri`. */
  decorationsFor(uri: vscode.Uri): ReadonlyMap<EntityKind, readonly vscode.Range[]> | undefined;
  /** What the Policy Annotations view shows now, two levels deep. */
  claimsViewItems(): Promise<ClaimsViewItem[]>;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  void vscode.commands.executeCommand('setContext', 'policyAnnotator.languages', SERVED_LANGUAGES);
  // Shared by the entity and claim features, so each document is scanned once.
  const entities = new DocumentEntities();
  const entityFeatures = registerEntityFeatures(entities);
  const claimFeatures = registerClaimFeatures(context, entities);
  context.subscriptions.push(
    entities,
    entityFeatures,
    claimFeatures,
    registerReviewFeatures(context),
  );
  return { decorationsFor: (uri) => entityFeatures.decorationsFor(uri), claimsViewItems: () => claimFeatures.claimsView.items() };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
