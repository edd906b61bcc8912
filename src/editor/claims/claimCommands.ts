import * as vscode from 'vscode';
import { createQuoteAnchor } from '../../core/anchoring/quoteAnchor';
import { ClaimSource, describeSource, sourceFields, sourceFieldsOf } from '../../core/claims/claimSource';
import { untaggedWithin } from '../../core/claims/untaggedCandidates';
import { overlaps, Span } from '../../core/textDocument';
import { attributionOf } from '../../core/sidecar/types';
import { readConfig } from '../config';
import { Disposable } from '../util/dispose';
import { messageOf } from '../../core/util/messageOf';
import { logError } from '../util/log';
import { registerCommand, showErrorWithLog } from '../util/registerCommand';
import { Annotations, AnnotationsRefusedError, AnnotationStore } from './annotationStore';
import { ClaimCandidateIndex, SOURCE_REACH } from './claimCandidateIndex';
import { describeReviewReason } from '../../core/anchoring/claimSummary';
import { claimOrCandidateAt, TrackedClaim } from '../../core/anchoring/claimTracking';
import { firstWords, rangeOf, spanOf, tagsAndSource } from './claimText';
import { COMMANDS } from './commandIds';
import { isClaimNode } from './claimsTreeView';
import { displayName } from './sidecarFiles';
import { openSidecarProblem } from './sidecarProblems';
import { askClaimAnswers, ClaimAnswers, pickCandidate } from './tagPickers';

/** Answers that let tagClaim run without pickers: `pick` chooses among several candidates (by index). */
export interface TagClaimAnswers extends ClaimAnswers {
  readonly pick?: number;
}

/**
 * The claim commands. Each also runs without any picker when given its arguments, which is how
 * the lenses call them and how tests drive them:
 *   tagClaim(uri, span, { tags, note?, source?, pick? })  → the new claim's id
 *   tagSelection(uri, span, { tags, note?, source? }) → the new claim's id
 *   editClaim(uri, id, { tags, note?, source? })   (source "" removes it)
 *   removeClaim(uri, id)                         → the removed claim's id
 *   reattachClaim(uri, id, span)                 (a claim that needs review or is orphaned)
 *   acceptClaimPlace(uri, id)                    (a claim that needs review: its candidate place)
 *   keepClaimOrphaned(uri, id)                   (a claim that needs review)
 *   revealClaim(uri, id)
 * Spans are UTF-16 offsets `{ start, end }` in the document's current text.
 */
export class ClaimCommands extends Disposable {
  /** The text a picker is asking about, marked like a search match so it reads as "this one". */
  private readonly beingTagged = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
  }));

  constructor(private readonly store: AnnotationStore, private readonly candidates: ClaimCandidateIndex) {
    super();
    this.register(COMMANDS.tagClaim, (uri?: vscode.Uri, span?: Span, answers?: TagClaimAnswers) => this.tagClaim(uri, span, answers));
    this.register(COMMANDS.tagSelection, (uri?: vscode.Uri, span?: Span, answers?: ClaimAnswers) => this.tagSelection(uri, span, answers));
    this.register(COMMANDS.editClaim, (uri?: vscode.Uri, id?: string, answers?: ClaimAnswers) => this.editClaim(uri, id, answers));
    this.register(COMMANDS.removeClaim, (uri?: vscode.Uri, id?: string) => this.removeClaim(uri, id));
    this.register(COMMANDS.reattachClaim, (uri?: vscode.Uri, id?: string, span?: Span) => this.reattachClaim(uri, id, span));
    this.register(COMMANDS.acceptClaimPlace, (uri?: vscode.Uri, id?: string) => this.acceptClaimPlace(uri, id));
    this.register(COMMANDS.keepClaimOrphaned, (uri?: vscode.Uri, id?: string) => this.keepClaimOrphaned(uri, id));
    this.register(COMMANDS.revealClaim, (uri?: vscode.Uri, id?: string) => this.revealClaim(uri, id));
    this.register(COMMANDS.openSidecarProblem, (uri?: vscode.Uri) => (uri ? openSidecarProblem(this.store, uri) : undefined));
  }

  /** A claim picked in the view's context menu arrives as its tree node: it stands for (uri, id). */
  private register(command: string, handler: (...args: never[]) => Promise<unknown> | unknown): void {
    const withClaimNodes = (...args: unknown[]): unknown => (isClaimNode(args[0]) ? handler(...([args[0].documentUri, args[0].tracked.claim.id, ...args.slice(1)] as never[])) : handler(...(args as never[])));
    this._register(registerCommand(command, withClaimNodes, (error) => reportFailure(this.store, error)));
  }

  private async tagClaim(uri: vscode.Uri | undefined, span: Span | undefined, answers: TagClaimAnswers | undefined): Promise<string | undefined> {
    const document = await documentFor(uri);
    if (!document) return undefined;
    const within = span ?? selectionSpan(document) ?? { start: 0, end: 0 };
    const annotations = await this.annotations(document);
    const tagged = claimsOf(annotations).flatMap((tracked) => (tracked.span ? [tracked.span] : []));
    const candidates = untaggedWithin(await this.candidates.near(document, [within], SOURCE_REACH) ?? [], tagged, readConfig(document.uri).claims.minScore, within);
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage('No untagged claim candidates here. Select the text and use "Tag Selection as Claim" instead.');
      return undefined;
    }
    const candidate = candidates.length === 1 ? candidates[0]
      : answers?.pick !== undefined ? candidates[answers.pick] : await pickCandidate(candidates);
    if (!candidate) return undefined;
    return this.tag(document, candidate, candidate.source, answers);
  }

  private async tagSelection(uri: vscode.Uri | undefined, span: Span | undefined, answers: ClaimAnswers | undefined): Promise<string | undefined> {
    const document = await documentFor(uri);
    const selection = document && trimmed(document.getText(), span ?? selectionSpan(document));
    if (!document || !selection) {
      void vscode.window.showInformationMessage('Select the text of the claim first.');
      return undefined;
    }
    const source = (await this.candidates.near(document, [selection], SOURCE_REACH))?.find((candidate) => overlaps(candidate, selection) && candidate.source)?.source;
    return this.tag(document, selection, source, answers);
  }

  private async tag(document: vscode.TextDocument, span: Span, source: ClaimSource | undefined, answers: ClaimAnswers | undefined): Promise<string | undefined> {
    // The anchor is taken before the pickers open: the text it quotes is the text the user chose.
    const anchor = createQuoteAnchor(document.getText(), span.start, span.end);
    const annotations = await this.annotations(document);
    const refused = this.store.refusal(document.uri, 'tag a claim in');
    if (refused) throw refused;
    const found = source && describeSource(source);
    const chosen = answers ?? await this.whileMarked(document, span, () => askClaimAnswers(readConfig(document.uri).tags.vocabulary, documentTags(annotations), { tags: [], source: found }));
    if (!chosen) return undefined;
    // An answered source replaces the one found in the text ('' for none); left as found, it keeps its person and organisation.
    const fields = chosen.source === undefined || chosen.source === found ? sourceFields(source) : sourceFieldsOf(chosen.source);
    const claim = await this.store.add(document.uri, { anchor, tags: [...chosen.tags], note: chosen.note, ...fields });
    return claim.id;
  }

  /** Marks the text being tagged in every editor showing it, and reveals it, while the pickers are open. */
  private async whileMarked<T>(document: vscode.TextDocument, span: Span, ask: () => Promise<T>): Promise<T> {
    const range = rangeOf(document, span);
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document === document);
    for (const editor of editors) {
      editor.setDecorations(this.beingTagged, [range]);
      // In the centre: the picker covers the top of the editor.
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    }
    try {
      return await ask();
    } finally {
      editors.forEach((editor) => editor.setDecorations(this.beingTagged, []));
    }
  }

  private async editClaim(uri: vscode.Uri | undefined, id: string | undefined, answers: ClaimAnswers | undefined): Promise<void> {
    const target = await this.claimFor(uri, id, 'Edit which claim?');
    if (!target) return;
    const { document, annotations, tracked } = target;
    const ask = (): Promise<ClaimAnswers | undefined> => askClaimAnswers(readConfig(document.uri).tags.vocabulary, documentTags(annotations), { ...tracked.claim, source: attributionOf(tracked.claim) }, true);
    const chosen = answers ?? await (tracked.span ? this.whileMarked(document, tracked.span, ask) : ask());
    if (!chosen) return;
    const source = chosen.source === undefined ? {} : { source: undefined, organisation: undefined, ...sourceFieldsOf(chosen.source) };
    await this.store.update(document.uri, tracked.claim.id, { tags: [...chosen.tags], note: chosen.note, ...source });
  }

  private async removeClaim(uri: vscode.Uri | undefined, id: string | undefined): Promise<string | undefined> {
    const target = await this.claimFor(uri, id, 'Remove which claim?');
    if (!target) return undefined;
    const documentUri = target.document.uri;
    const removed = await this.store.remove(documentUri, target.tracked.claim.id);
    if (!removed) return undefined;
    // A sidecar write is not in the editor's undo stack, so the way back is offered here instead.
    void vscode.window.showInformationMessage(`Claim removed from ${displayName(documentUri)}.`, 'Undo').then((choice) => {
      if (choice === 'Undo') {
        this.store.add(documentUri, removed).catch((error: unknown) => {
          logError(`Restoring claim ${removed.id}`, error);
          reportFailure(this.store, error);
        });
      }
    });
    return removed.id;
  }

  private async reattachClaim(uri: vscode.Uri | undefined, id: string | undefined, span: Span | undefined): Promise<void> {
    const document = await documentFor(uri);
    if (!document) return;
    const selection = trimmed(document.getText(), span ?? selectionSpan(document));
    if (!selection) {
      void vscode.window.showInformationMessage('Select the text the claim should be attached to first.');
      return;
    }
    const unplaced = claimsOf(await this.annotations(document)).filter((tracked) => !tracked.span);
    const tracked = id !== undefined ? unplaced.find((candidate) => candidate.claim.id === id) : await pickClaim(unplaced, 'Re-attach which claim to the selection?');
    if (!tracked) {
      if (id !== undefined || unplaced.length === 0) void vscode.window.showInformationMessage(`${displayName(document.uri)} has no orphaned claim or claim needing review${id ? ` ${id}` : ''} to re-attach.`);
      return;
    }
    await this.store.update(document.uri, tracked.claim.id, { anchor: createQuoteAnchor(document.getText(), selection.start, selection.end) });
  }

  /** A claim that needs review, named or picked: the user's decision is about that one claim. */
  private async claimNeedingReview(uri: vscode.Uri | undefined, id: string | undefined, question: string) {
    const document = await documentFor(uri);
    if (!document) return undefined;
    const waiting = claimsOf(await this.annotations(document)).filter((tracked) => tracked.status === 'needsReview');
    const tracked = id !== undefined ? waiting.find((candidate) => candidate.claim.id === id) : await pickClaim(waiting, question);
    if (tracked?.status !== 'needsReview') {
      if (id !== undefined || waiting.length === 0) void vscode.window.showInformationMessage(`${displayName(document.uri)} has no claim${id ? ` ${id}` : ''} that needs review.`);
      return undefined;
    }
    return { document, tracked };
  }

  /** Moves the claim to the place it was found at: its quote and context become that text's. */
  private async acceptClaimPlace(uri: vscode.Uri | undefined, id: string | undefined): Promise<void> {
    const target = await this.claimNeedingReview(uri, id, 'Accept the new place of which claim?');
    if (!target) return;
    const { candidate } = target.tracked;
    await this.store.update(target.document.uri, target.tracked.claim.id, { anchor: createQuoteAnchor(target.document.getText(), candidate.start, candidate.end) });
  }

  private async keepClaimOrphaned(uri: vscode.Uri | undefined, id: string | undefined): Promise<void> {
    const target = await this.claimNeedingReview(uri, id, 'Keep which claim as orphaned?');
    if (target) this.store.keepOrphaned(target.document.uri, target.tracked.claim.id);
  }

  private async revealClaim(uri: vscode.Uri | undefined, id: string | undefined): Promise<void> {
    const target = await this.claimFor(uri, id, 'Reveal which claim?');
    if (!target) return;
    const { document, tracked } = target;
    if (tracked.status === 'needsReview') {
      const range = rangeOf(document, tracked.candidate);
      const editor = await vscode.window.showTextDocument(document, { selection: range });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      void vscode.window.showWarningMessage(`Claim ${tracked.claim.id} needs review: ${describeReviewReason(tracked.reason)}. The selection is the place it was found; accept it, re-attach the claim to other text, or keep it as orphaned.`);
      return;
    }
    if (!tracked.span) {
      await vscode.window.showTextDocument(document);
      void vscode.window.showWarningMessage(`Claim ${tracked.claim.id} is orphaned: its quote is no longer in ${displayName(document.uri)}. Select where it belongs and run "Re-attach Orphaned Claim to Selection".`);
      return;
    }
    const range = rangeOf(document, tracked.span);
    const editor = await vscode.window.showTextDocument(document, { selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async annotations(document: vscode.TextDocument): Promise<Annotations> {
    await this.store.load(document.uri);
    return this.store.annotationsOf(document) ?? { kind: 'none' };
  }

  /** The claim named by `id`, else the one at the cursor, else one the user picks. */
  private async claimFor(uri: vscode.Uri | undefined, id: string | undefined, question: string) {
    const document = await documentFor(uri);
    if (!document) return undefined;
    const annotations = await this.annotations(document);
    const claims = claimsOf(annotations);
    const selection = activeSelection(document);
    const tracked = id !== undefined ? claims.find((candidate) => candidate.claim.id === id)
      : (selection && claimOrCandidateAt(claims, document.offsetAt(selection.active))) ?? await pickClaim(claims, question);
    if (!tracked) {
      if (id !== undefined || claims.length === 0) void vscode.window.showInformationMessage(`${displayName(document.uri)} has no claim${id ? ` ${id}` : 's'}.`);
      return undefined;
    }
    return { document, annotations, tracked };
  }
}

async function documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri) return vscode.workspace.openTextDocument(uri);
  const document = vscode.window.activeTextEditor?.document;
  if (!document) void vscode.window.showInformationMessage('Open a document first.');
  return document;
}

function activeSelection(document: vscode.TextDocument): vscode.Selection | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document === document ? editor.selection : undefined;
}

function selectionSpan(document: vscode.TextDocument): Span | undefined {
  const selection = activeSelection(document);
  return selection && spanOf(document, selection);
}

/** The span without the white space at its ends (a selection often takes a line break with it); undefined if nothing is left. */
function trimmed(text: string, span: Span | undefined): Span | undefined {
  if (!span) return undefined;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function claimsOf(annotations: Annotations): readonly TrackedClaim[] {
  return annotations.kind === 'loaded' ? annotations.claims : [];
}

function documentTags(annotations: Annotations): string[] {
  return [...new Set(claimsOf(annotations).flatMap((tracked) => tracked.claim.tags))].sort();
}

async function pickClaim(claims: readonly TrackedClaim[], title: string): Promise<TrackedClaim | undefined> {
  if (claims.length === 0) return undefined;
  const items = claims.map((tracked) => ({
    label: firstWords(tracked.claim),
    description: tagsAndSource(tracked.claim),
    detail: tracked.status === 'needsReview' ? '$(warning) needs review' : tracked.status === 'orphaned' ? '$(warning) orphaned' : undefined,
    tracked,
  }));
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true }))?.tracked;
}

function reportFailure(store: AnnotationStore, error: unknown): void {
  if (error instanceof AnnotationsRefusedError) {
    const open = 'Open Annotations File';
    // Not awaited: the command finishes now, the message stays until the user answers it.
    void vscode.window.showErrorMessage(error.message, open).then((choice) => (choice === open ? openSidecarProblem(store, error.documentUri) : undefined));
    return;
  }
  showErrorWithLog(`Policy Annotator could not save the annotations: ${messageOf(error)}`);
}
