import * as vscode from 'vscode';
import type { EntityKind } from '../core/entities/types';
import { DocumentEntities } from './documentEntities';
import { SERVED_LANGUAGES } from './languages';
import { registerEntityFeatures } from './entities/registerEntityFeatures';
import { registerClaimFeatures } from './claims/registerClaimFeatures';
import { DocumentScope } from './scope/documentScope';
import { ScopeStatusBar } from './scope/scopeStatusBar';
import { TOGGLE_SCOPE_COMMAND, toggleScope } from './scope/toggleScope';
import { disposeLog, log } from './util/log';
import { registerCommand } from './util/registerCommand';
import type { ClaimsViewItem } from './claims/claimsTreeView';
import type { WorkspaceCorpus } from './corpus/workspaceCorpus';
import type { SidecarCodec } from './claims/sidecarReading';

/** What `activate` returns (the extension's `exports`): lets the integration tests see what the editor was given to draw. */
export interface PolicyAnnotatorApi {
  /** The highlight ranges per kind last passed to `setDecorations` in the first visible editor showing `uri`. */
  decorationsFor(uri: vscode.Uri): ReadonlyMap<EntityKind, readonly vscode.Range[]> | undefined;
  /** Resolves once the work that waits for typing to pause in the document is done: its scan, and placing edited claims again. */
  settled(uri: vscode.Uri): Promise<void>;
  /** What the Claims view shows now, two levels deep. */
  claimsViewItems(): Promise<ClaimsViewItem[]>;
}

/**
 * What differs between the extension hosts: whatever needs git (the built-in git extension), the
 * command line or Node belongs here. Only the Node host has them (extension.node.ts); the web
 * worker host of vscode.dev and github.dev registers the same commands to say so
 * (extension.browser.ts). What reads and writes only through workspace.fs (claims, export)
 * belongs in activateEditor, for both. test/unit/browserEntry.test.ts keeps the line.
 */
export interface HostFeatures {
  registerReviewFeatures(context: vscode.ExtensionContext, corpus: WorkspaceCorpus): vscode.Disposable;
  /** Reads and writes sidecar text: on a worker thread where the host has them, so a large sidecar does not block it. */
  readonly sidecars: SidecarCodec;
}

/** Everything that runs in both hosts; each entry point adds what its host can do. */
export function activateEditor(context: vscode.ExtensionContext, host: HostFeatures): PolicyAnnotatorApi {
  void vscode.commands.executeCommand('setContext', 'policyAnnotator.languages', SERVED_LANGUAGES);
  // Which documents are served: every feature asks it, and redraws when it changes.
  const scope = new DocumentScope();
  // Shared by the entity and claim features, so each document is scanned once.
  const entities = new DocumentEntities(scope);
  const entityFeatures = registerEntityFeatures(entities, scope);
  const claimFeatures = registerClaimFeatures(context, entities, scope, host.sidecars);
  context.subscriptions.push(
    { dispose: disposeLog },
    log(),
    scope,
    new ScopeStatusBar(scope),
    registerCommand(TOGGLE_SCOPE_COMMAND, (uri?: vscode.Uri) => toggleScope(scope, uri)),
    entities,
    entityFeatures,
    claimFeatures,
    host.registerReviewFeatures(context, claimFeatures.corpus),
  );
  return {
    decorationsFor: (uri) => entityFeatures.decorationsFor(uri),
    settled: async (uri) => {
      await entities.whenScanned(uri);
      await claimFeatures.whenRechecked(uri);
    },
    claimsViewItems: () => claimFeatures.claimsView.items(),
  };
}
