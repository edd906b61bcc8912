import * as vscode from 'vscode';
import type { EntityKind } from '../core/entities/types';
import { DocumentEntities } from './documentEntities';
import { SERVED_LANGUAGES } from './languages';
import { registerEntityFeatures } from './entities/registerEntityFeatures';
import { registerClaimFeatures } from './claims/registerClaimFeatures';
import { registerReviewFeatures } from './review/registerReviewFeatures';
import { DocumentScope } from './scope/documentScope';
import { ScopeStatusBar } from './scope/scopeStatusBar';
import { TOGGLE_SCOPE_COMMAND, toggleScope } from './scope/toggleScope';
import { disposeLog, log } from './util/log';
import { registerCommand } from './util/registerCommand';

/** What `activate` returns (the extension's `exports`): lets the integration tests see what the editor was given to draw. */
export interface PolicyAnnotatorApi {
  /** The highlight ranges per kind last passed to `setDecorations` in the first visible editor showing `uri`. */
  decorationsFor(uri: vscode.Uri): ReadonlyMap<EntityKind, readonly vscode.Range[]> | undefined;
  /** Resolves once the work that waits for typing to pause in the document is done: its scan, and placing edited claims again. */
  settled(uri: vscode.Uri): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  void vscode.commands.executeCommand('setContext', 'policyAnnotator.languages', SERVED_LANGUAGES);
  // Which documents are served: every feature asks it, and redraws when it changes.
  const scope = new DocumentScope();
  // Shared by the entity and claim features, so each document is scanned once.
  const entities = new DocumentEntities(scope);
  const entityFeatures = registerEntityFeatures(entities, scope);
  const claimFeatures = registerClaimFeatures(context, entities, scope);
  context.subscriptions.push(
    { dispose: disposeLog },
    log(),
    scope,
    new ScopeStatusBar(scope),
    registerCommand(TOGGLE_SCOPE_COMMAND, (uri?: vscode.Uri) => toggleScope(scope, uri)),
    entities,
    entityFeatures,
    claimFeatures,
    registerReviewFeatures(context),
  );
  return {
    decorationsFor: (uri) => entityFeatures.decorationsFor(uri),
    settled: async (uri) => {
      await entities.whenScanned(uri);
      await claimFeatures.whenRechecked(uri);
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
