import * as vscode from 'vscode';
import { describeReviewReason } from '../../core/anchoring/claimSummary';
import { isFigure } from '../../core/entities/types';
import { attributionOf } from '../../core/sidecar/types';
import { DocumentEntities } from '../documentEntities';
import type { DocumentScope } from '../scope/documentScope';
import { AnnotationStore } from './annotationStore';
import { rangeOf } from './claimText';

/** On a tagged claim: its tags, note, source and the figures it holds. */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnnotationStore, private readonly entities: DocumentEntities, private readonly scope: DocumentScope) {}

  public async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.scope.includes(document)) return undefined;
    const annotations = this.store.annotationsOf(document);
    if (annotations?.kind !== 'loaded') return undefined;
    const offset = document.offsetAt(position);
    const waiting = annotations.claims.find((each) => each.status === 'needsReview' && each.candidate.start <= offset && offset < each.candidate.end);
    if (waiting?.status === 'needsReview') {
      const markdown = new vscode.MarkdownString().appendMarkdown('**Claim needs review:** ').appendText(`${describeReviewReason(waiting.reason)}.`)
        .appendMarkdown('\n\n**The claim reads:** ').appendText(waiting.claim.anchor.quote)
        .appendMarkdown('\n\nUse its lens: _Accept New Place_, _Re-attach to Selection_ or _Keep as Orphaned_.');
      return new vscode.Hover(markdown, rangeOf(document, waiting.candidate));
    }
    const tracked = annotations.claims.find(({ span }) => span !== undefined && span.start <= offset && offset < span.end);
    if (!tracked?.span) return undefined;
    const { claim, span } = tracked;
    const figures = (await this.entities.whenReady(document, token)).filter((entity) => isFigure(entity) && entity.start >= span.start && entity.end <= span.end);
    const markdown = new vscode.MarkdownString();
    markdown.appendMarkdown('**Claim** ');
    markdown.appendMarkdown(claim.tags.length > 0 ? claim.tags.map((tag) => `\`${tag}\``).join(' ') : '_no tags_');
    const source = attributionOf(claim);
    if (source) markdown.appendMarkdown('\n\n**Source:** ').appendText(source);
    if (claim.note) markdown.appendMarkdown('\n\n**Note:** ').appendText(claim.note);
    if (figures.length > 0) markdown.appendMarkdown('\n\n**Figures:** ').appendText(figures.map((figure) => figure.text).join(', '));
    if (tracked.status === 'fuzzy') markdown.appendMarkdown('\n\n_The text has changed since it was tagged; found by its closest match._');
    return new vscode.Hover(markdown, rangeOf(document, span));
  }
}
