import * as vscode from 'vscode';
import { claimSummary, describeReviewReason } from '../../core/anchoring/claimSummary';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import { Disposable } from '../util/dispose';
import { withProgressIfSlow } from '../util/progress';
import { registerCommand } from '../util/registerCommand';
import { AnnotationStore } from './annotationStore';
import { TrackedClaim } from '../../core/anchoring/claimTracking';
import { firstWords, tagsAndSource } from './claimText';
import { COMMANDS } from './commandIds';
import { displayName, documentUriFor } from './sidecarFiles';
import { ClaimsViewState } from './claimsViewState';
import { WorkspaceCorpus } from '../corpus/workspaceCorpus';
import { groupedNodes } from '../corpus/groupedClaimNodes';
import type { ClaimGrouping } from '../../core/corpus/groupClaims';

const VIEW_ID = 'policyAnnotator.claims';
const LABEL_WORDS = 4;
const GROUP_ICONS: Record<ClaimGrouping, string> = { document: 'file', tag: 'tag', source: 'quote', organisation: 'organization' };

export type ClaimsNode =
  | { readonly kind: 'document'; readonly documentUri: vscode.Uri }
  /** A group of claims across documents: a tag, source, organisation, or a document when filtered. */
  | { readonly kind: 'group'; readonly label: string; readonly grouping: ClaimGrouping; readonly claims: readonly ClaimsNode[] }
  /** `documentShown`: the claim is listed under a group that is not its document, so its item names the document. */
  | { readonly kind: 'claim'; readonly documentUri: vscode.Uri; readonly tracked: TrackedClaim; readonly documentShown?: boolean }
  | { readonly kind: 'problem'; readonly documentUri: vscode.Uri; readonly line: number; readonly message: string };

/** The workspace's annotated documents and their claims; orphaned claims carry a warning. */
class ClaimsTreeProvider extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<ClaimsNode | undefined>());
  public readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly store: AnnotationStore, private readonly corpus: WorkspaceCorpus, private readonly state: ClaimsViewState) {
    super();
    this._register(state.onDidChange(() => this.changeEmitter.fire(undefined)));
    this._register(store.onDidChange((change) => {
      if (!change.movedOnly) this.changeEmitter.fire(undefined);
    }));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`, false, true, false));
    this._register(watcher.onDidCreate(() => this.refresh()));
    this._register(watcher.onDidDelete(() => this.refresh()));
  }

  public refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  public async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node && !this.state.isDefault) {
      const workspace = await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, (progress) => this.corpus.claims(progress));
      return groupedNodes(workspace, this.state);
    }
    if (node?.kind === 'group') return [...node.claims];
    if (!node) {
      // Searched at each listing, as the other groupings read the corpus: a folder of sidecars that
      // appears at once (a checkout, a copy) can reach the file watcher as the folder alone, so a
      // search kept until the watcher named a sidecar could miss it until the next refresh.
      const sidecars = await withProgressIfSlow({ viewId: VIEW_ID }, 'Finding annotations…', async () => vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`));
      const documents = new Map<string, vscode.Uri>();
      for (const uri of [...sidecars.flatMap((sidecar) => documentUriFor(sidecar) ?? []), ...this.store.knownDocuments()]) {
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
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.grouping]);
        item.description = `${node.claims.length} claim${node.claims.length === 1 ? '' : 's'}`;
        item.contextValue = 'claimGroup';
        return item;
      }
      case 'claim': {
        const { tracked } = node;
        const { claim } = tracked;
        // Short enough for the side bar's default width: the quote's first words, then the state and tags; the rest in the tooltip.
        const item = new vscode.TreeItem(firstWords(claim, LABEL_WORDS), vscode.TreeItemCollapsibleState.None);
        const state = tracked.status === 'needsReview' ? 'needs review · ' : tracked.status === 'orphaned' ? 'orphaned · ' : '';
        item.description = `${state}${claim.tags.join(' · ')}`;
        if (node.documentShown) item.description = `${displayName(node.documentUri)} · ${item.description}`;
        item.tooltip = new vscode.MarkdownString().appendText(claim.anchor.quote).appendMarkdown('\n\n').appendText(tagsAndSource(claim)).appendMarkdown(claim.note ? '\n\n' : '').appendText(claim.note ?? '')
          .appendMarkdown(tracked.status === 'needsReview' ? '\n\n**Needs review:** ' : '').appendText(tracked.status === 'needsReview' ? describeReviewReason(tracked.reason) : '');
        item.iconPath = tracked.status === 'needsReview' ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('policyAnnotator.claimNeedsReview'))
          : tracked.status === 'orphaned' ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('tag');
        item.command = { title: 'Reveal Claim', command: COMMANDS.revealClaim, arguments: [node.documentUri, claim.id] };
        // The view's context menu: reveal, edit and remove for every claim; accept or keep as orphaned for one that needs review.
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

/** A claim in the view, as its context menu passes it to a command. */
export function isClaimNode(value: unknown): value is Extract<ClaimsNode, { kind: 'claim' }> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'claim' && 'tracked' in value;
}

function summary(store: AnnotationStore, documentUri: vscode.Uri): string {
  const annotations = store.peek(documentUri);
  if (annotations?.kind === 'broken') return 'annotations unreadable';
  if (annotations?.kind !== 'loaded') return '';
  return claimSummary(annotations.claims);
}

/** The Claims view in the Policy Annotator view container, with its refresh command. */
export class ClaimsTreeView extends Disposable {
  private readonly provider: ClaimsTreeProvider;

  constructor(store: AnnotationStore, corpus: WorkspaceCorpus, state: ClaimsViewState) {
    super();
    const provider = this.provider = this._register(new ClaimsTreeProvider(store, corpus, state));
    const view = this._register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true }));
    view.description = state.describe();
    this._register(state.onDidChange(() => {
      view.description = state.describe();
    }));
    this._register(registerCommand(COMMANDS.refreshClaimsView, () => provider.refresh()));
  }

  /** What the view shows now, two levels deep, as its items' labels and descriptions (for the integration tests). */
  public async items(): Promise<ClaimsViewItem[]> {
    const describe = async (node: ClaimsNode, depth: number): Promise<ClaimsViewItem> => {
      const item = this.provider.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? (item.resourceUri ? displayName(item.resourceUri) : '');
      const children = depth > 0 ? await Promise.all((await this.provider.getChildren(node)).map((child) => describe(child, depth - 1))) : [];
      return { label, description: typeof item.description === 'string' ? item.description : '', children };
    };
    return Promise.all((await this.provider.getChildren()).map((node) => describe(node, 1)));
  }
}

export interface ClaimsViewItem {
  readonly label: string;
  readonly description: string;
  readonly children: readonly ClaimsViewItem[];
}
