import * as vscode from 'vscode';
import { claimSummary, describeReviewReason } from '../../core/anchoring/claimSummary';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import { Disposable } from '../util/dispose';
import { AnnotationStore } from './annotationStore';
import { TrackedClaim } from '../../core/anchoring/claimTracking';
import { firstWords, tagsAndSource } from './claimText';
import { COMMANDS } from './commandIds';
import { displayName, documentUriFor } from './sidecarFiles';

type ClaimsNode =
  | { readonly kind: 'document'; readonly documentUri: vscode.Uri }
  | { readonly kind: 'claim'; readonly documentUri: vscode.Uri; readonly tracked: TrackedClaim }
  | { readonly kind: 'problem'; readonly documentUri: vscode.Uri; readonly line: number; readonly message: string };

/** The workspace's annotated documents and their claims; orphaned claims carry a warning. */
class ClaimsTreeProvider extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<ClaimsNode | undefined>());
  public readonly onDidChangeTreeData = this.changeEmitter.event;
  /** Sidecars found in the workspace; searched again on refresh and when one is created or deleted. */
  private sidecars: Promise<vscode.Uri[]> | undefined;

  constructor(private readonly store: AnnotationStore) {
    super();
    this._register(store.onDidChange((change) => {
      if (!change.movedOnly) this.changeEmitter.fire(undefined);
    }));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`, false, true, false));
    this._register(watcher.onDidCreate(() => this.refresh()));
    this._register(watcher.onDidDelete(() => this.refresh()));
  }

  public refresh(): void {
    this.sidecars = undefined;
    this.changeEmitter.fire(undefined);
  }

  public async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node) {
      this.sidecars ??= Promise.resolve(vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`));
      const documents = new Map<string, vscode.Uri>();
      for (const uri of [...(await this.sidecars).flatMap((sidecar) => documentUriFor(sidecar) ?? []), ...this.store.knownDocuments()]) {
        const annotations = this.store.peek(uri);
        if (annotations === undefined || annotations.kind !== 'none') documents.set(uri.toString(), uri);
      }
      return [...documents.values()]
        .sort((a, b) => displayName(a).localeCompare(displayName(b)))
        .map((documentUri) => ({ kind: 'document', documentUri }));
    }
    if (node.kind !== 'document') return [];
    const annotations = await this.store.load(node.documentUri);
    if (annotations.kind === 'broken') {
      return annotations.problems.map((problem) => ({ kind: 'problem', documentUri: node.documentUri, line: problem.line, message: problem.message }));
    }
    return annotations.kind === 'loaded' ? annotations.claims.map((tracked) => ({ kind: 'claim', documentUri: node.documentUri, tracked })) : [];
  }

  public getTreeItem(node: ClaimsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'document': {
        const item = new vscode.TreeItem(node.documentUri, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = vscode.ThemeIcon.File;
        item.description = summary(this.store, node.documentUri);
        item.contextValue = 'annotatedDocument';
        return item;
      }
      case 'claim': {
        const { tracked } = node;
        const { claim } = tracked;
        const item = new vscode.TreeItem(firstWords(claim), vscode.TreeItemCollapsibleState.None);
        const state = tracked.status === 'needsReview' ? 'needs review · ' : tracked.status === 'orphaned' ? 'orphaned · ' : '';
        item.description = `${state}${tagsAndSource(claim)}`;
        item.tooltip = new vscode.MarkdownString().appendText(claim.anchor.quote).appendMarkdown(claim.note ? '\n\n' : '').appendText(claim.note ?? '')
          .appendMarkdown(tracked.status === 'needsReview' ? '\n\n**Needs review:** ' : '').appendText(tracked.status === 'needsReview' ? describeReviewReason(tracked.reason) : '');
        item.iconPath = tracked.status === 'needsReview' ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('policyAnnotator.claimNeedsReview'))
          : tracked.status === 'orphaned' ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('tag');
        item.command = { title: 'Reveal Claim', command: COMMANDS.revealClaim, arguments: [node.documentUri, claim.id] };
        item.contextValue = tracked.status === 'needsReview' ? 'needsReviewClaim' : tracked.status === 'orphaned' ? 'orphanedClaim' : 'claim';
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(`Line ${node.line}: ${node.message}`, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.tooltip = 'This annotations file cannot be read, so it is never written. Fix it, and the claims come back.';
        item.command = { title: 'Open Annotations File', command: COMMANDS.openSidecarProblem, arguments: [node.documentUri] };
        return item;
      }
    }
  }
}

function summary(store: AnnotationStore, documentUri: vscode.Uri): string {
  const annotations = store.peek(documentUri);
  if (annotations?.kind === 'broken') return 'annotations unreadable';
  if (annotations?.kind !== 'loaded') return '';
  return claimSummary(annotations.claims);
}

/** The Policy Annotations view in the explorer, with its refresh command. */
export class ClaimsTreeView extends Disposable {
  constructor(store: AnnotationStore) {
    super();
    const provider = this._register(new ClaimsTreeProvider(store));
    this._register(vscode.window.createTreeView('policyAnnotator.claims', { treeDataProvider: provider, showCollapseAll: true }));
    this._register(vscode.commands.registerCommand(COMMANDS.refreshClaimsView, () => provider.refresh()));
  }
}
