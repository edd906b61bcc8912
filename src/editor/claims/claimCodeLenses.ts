import * as vscode from 'vscode';
import type { ClaimCandidate } from '../../core/claims/claimCandidates';
import { untaggedByParagraph } from '../../core/claims/untaggedCandidates';
import { SidecarClaim } from '../../core/sidecar/types';
import { Span } from '../../core/textDocument';
import { onDidChangeConfig, readConfig } from '../config';
import { DocumentEntities } from '../documentEntities';
import { SERVED_DOCUMENTS } from '../languages';
import type { DocumentScope } from '../scope/documentScope';
import { Disposable } from '../util/dispose';
import { Annotations, AnnotationStore } from './annotationStore';
import { LensWindows } from './lensWindows';
import { recordWork, timed } from '../util/timing';
import { ClaimCandidateIndex, LENS_REACH } from './claimCandidateIndex';
import { describeReviewReason } from '../../core/anchoring/claimSummary';
import type { ReviewReason } from '../../core/anchoring/claimTracking';
import { tagsAndSource } from './claimText';
import { COMMANDS } from './commandIds';
import { displayName } from './sidecarFiles';
import { openDocument } from './annotationEntry';

/**
 * One "Tag claim" lens per paragraph that holds untagged candidates (never one per sentence, so the
 * text does not jump while typing), and above each tagged claim its tags with Edit and Remove.
 * Each comes with its command: the editor draws a lens without one only after resolving it, a
 * further debounce (375 ms in the benches) after the answer. A large document gets the
 * lenses of what its editors show, with a margin (LensWindows), and new ones when they scroll beyond.
 */
class ClaimCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  public readonly onDidChangeCodeLenses = this.changeEmitter.event;

  private readonly windows = this._register(new LensWindows());
  /**
   * The version of each document whose lenses the editor was last given. Only a change to a
   * document given lenses at its current version is passed on: the editor asks for a document's
   * lenses a debounce (at least 250 ms) after it opens and after each edit, and every change event
   * puts that off by as long again, while a document not given lenses since it opened or was last
   * edited gets the current ones when it is asked (its annotations read, its claims placed, its scan done).
   */
  private readonly given = new Map<string, number>();

  constructor(private readonly store: AnnotationStore, private readonly candidates: ClaimCandidateIndex, entities: DocumentEntities, private readonly scope: DocumentScope) {
    super();
    // A document not asked about yet gets the current scope when it is: the workspace's opt-in,
    // answered while the session's first document opens, would only start the editor's wait again.
    this._register(scope.onDidChange(() => {
      if (this.given.size > 0) this.changeEmitter.fire();
    }));
    this._register(this.windows.onDidLeave(() => this.changeEmitter.fire()));
    // Text edits make the editor ask again by itself; only a change of the annotations needs telling.
    this._register(store.onDidChange((change) => {
      if (!change.movedOnly) this.changed(change.documentUri);
    }));
    // Candidates depend on the entities, which change without a text edit when the organisation lists do.
    this._register(entities.onDidChange((uri) => this.changed(uri)));
    this._register(onDidChangeConfig(() => this.changeEmitter.fire(), 'claims.minScore'));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.given.delete(document.uri.toString())));
  }

  public async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    // From call to answer, awaits included: the editor waits as long again (its adaptive debounce)
    // before every later request for the document, and before the first of a new one.
    const asked = performance.now();
    try {
      return await this.lensesWhenReady(document, token);
    } finally {
      recordWork('claims:lensRequest', asked);
    }
  }

  private async lensesWhenReady(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!this.scope.includes(document)) {
      // Whether the workspace opted in may still be on its way (the session's first document):
      // waiting for it costs less than an empty answer and then a change event, which would start
      // the editor's wait for lenses again.
      await this.scope.optedIn(document.uri);
      if (!this.scope.includes(document)) {
        this.given.set(document.uri.toString(), document.version);
        return [];
      }
    }
    await this.store.loadInView(document);
    const spans = this.windows.spansFor(document);
    const candidates = await this.candidates.near(document, spans, LENS_REACH, token);
    const annotations = this.store.annotationsInView(document);
    if (token.isCancellationRequested) return [];
    // Whatever it returns now, a later change of what it was worked out from is news to the editor.
    this.given.set(document.uri.toString(), document.version);
    if (annotations === undefined || candidates === undefined) return [];
    if (annotations.kind === 'broken') {
      const problem = annotations.problems[0];
      return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title: `$(warning) Annotations file has a problem at line ${problem.line}: ${problem.message}`,
        command: COMMANDS.openSidecarProblem,
        arguments: [document.uri],
      })];
    }
    return timed('claims:lenses', () => this.lensesOf(document, annotations, candidates, spans));
  }

  /** The lenses of `candidates` and of the claims in `spans` (all claims when there are none: a document that is not large). */
  private lensesOf(document: vscode.TextDocument, annotations: Exclude<Annotations, { kind: 'broken' }>, candidates: readonly ClaimCandidate[], spans: readonly Span[]): vscode.CodeLens[] {
    const claims = annotations.kind === 'loaded' ? annotations.claims : [];
    const tagged = claims.flatMap((tracked) => (tracked.span ? [tracked.span] : []));
    const lenses: vscode.CodeLens[] = [];
    for (const { paragraph, candidates: untagged } of untaggedByParagraph(candidates, tagged, readConfig(document.uri).claims.minScore)) {
      lenses.push(new vscode.CodeLens(lineStart(document, paragraph.start), tagClaimCommand(document.uri, paragraph, untagged.length)));
    }
    const shown = (offset: number): boolean => spans.length === 0 || spans.some((span) => span.start <= offset && offset <= span.end);
    for (const tracked of claims) {
      const { claim } = tracked;
      const place = tracked.span ?? (tracked.status === 'needsReview' ? tracked.candidate : undefined);
      if (place === undefined || !shown(place.start)) continue;
      if (tracked.status === 'needsReview') {
        const range = lineStart(document, tracked.candidate.start);
        lenses.push(...(['why', 'accept', 'reattach', 'orphan'] as const).map((role) => new vscode.CodeLens(range, reviewLensCommand(document.uri, claim, tracked.reason, role))));
      }
      if (!tracked.span) continue;
      const range = lineStart(document, tracked.span.start);
      lenses.push(...(['summary', 'edit', 'remove'] as const).map((role) => new vscode.CodeLens(range, claimLensCommand(document.uri, claim, role))));
    }
    return lenses;
  }

  private changed(uri: vscode.Uri): void {
    const version = this.given.get(uri.toString());
    if (version !== undefined && version === openDocument(uri)?.version) this.changeEmitter.fire();
  }
}

/** Above a paragraph that holds untagged candidates. */
function tagClaimCommand(documentUri: vscode.Uri, paragraph: Span, candidates: number): vscode.Command {
  return {
    title: candidates > 1 ? `$(tag) Tag claim (${candidates} candidates)` : '$(tag) Tag claim',
    tooltip: 'Tag a sentence of this paragraph as a claim',
    command: COMMANDS.tagClaim,
    arguments: [documentUri, paragraph],
  };
}

/** Above a tagged claim: its tags with Edit and Remove. */
function claimLensCommand(documentUri: vscode.Uri, claim: SidecarClaim, role: 'summary' | 'edit' | 'remove'): vscode.Command {
  const target = [documentUri, claim.id];
  switch (role) {
    case 'summary':
      return { title: `$(tag) ${tagsAndSource(claim)}`, tooltip: claim.note ?? 'Tagged claim', command: COMMANDS.revealClaim, arguments: target };
    case 'edit':
      return { title: 'Edit', tooltip: 'Edit the tags and note of this claim', command: COMMANDS.editClaim, arguments: target };
    case 'remove':
      return { title: 'Remove', tooltip: `Remove this claim from ${displayName(documentUri)}'s annotations`, command: COMMANDS.removeClaim, arguments: target };
  }
}

/** Above the place a claim that needs review was found at: why, and the three ways to settle it. */
function reviewLensCommand(documentUri: vscode.Uri, claim: SidecarClaim, reason: ReviewReason, role: 'why' | 'accept' | 'reattach' | 'orphan'): vscode.Command {
  const target = [documentUri, claim.id];
  switch (role) {
    case 'why':
      return { title: `$(warning) Claim needs review: ${tagsAndSource(claim)}`, tooltip: `${describeReviewReason(reason)}. The claim reads: ${claim.anchor.quote}`, command: COMMANDS.revealClaim, arguments: target };
    case 'accept':
      return { title: 'Accept New Place', tooltip: 'Attach the claim to this text (its quote becomes this text)', command: COMMANDS.acceptClaimPlace, arguments: target };
    case 'reattach':
      return { title: 'Re-attach to Selection', tooltip: 'Attach the claim to the text selected in the editor', command: COMMANDS.reattachClaim, arguments: target };
    case 'orphan':
      return { title: 'Keep as Orphaned', tooltip: 'Leave the claim unattached; it stays in the annotations file', command: COMMANDS.keepClaimOrphaned, arguments: target };
  }
}

function lineStart(document: vscode.TextDocument, offset: number): vscode.Range {
  const line = document.positionAt(offset).line;
  return new vscode.Range(line, 0, line, 0);
}

/** Registers the lens provider only while `policyAnnotator.codeLens.enabled` is on. */
export class ClaimCodeLenses extends Disposable {
  private registration: vscode.Disposable | undefined;

  constructor(private readonly store: AnnotationStore, private readonly candidates: ClaimCandidateIndex, private readonly entities: DocumentEntities, private readonly scope: DocumentScope) {
    super();
    this.update();
    this._register(onDidChangeConfig(() => this.update(), 'codeLens.enabled'));
    this._register({ dispose: () => this.registration?.dispose() });
  }

  private update(): void {
    const enabled = readConfig().codeLens.enabled;
    if (enabled && !this.registration) {
      const provider = new ClaimCodeLensProvider(this.store, this.candidates, this.entities, this.scope);
      this.registration = vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider(SERVED_DOCUMENTS, provider));
    } else if (!enabled && this.registration) {
      this.registration.dispose();
      this.registration = undefined;
    }
  }
}
