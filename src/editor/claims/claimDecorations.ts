import * as vscode from 'vscode';
import type { DocumentScope } from '../scope/documentScope';
import { KeyedDebouncer } from '../../core/util/keyedDebouncer';
import { Disposable } from '../util/dispose';
import { AnnotationStore } from './annotationStore';
import { rangeOf } from './claimText';
import { timed } from '../util/timing';

/** After typing, claims are redrawn once this long after the last edit (the editor moves marks meanwhile). */
const REDRAW_DEBOUNCE_MS = 150;

/**
 * Tagged claims: a background over their text, a gutter icon on their first line and a mark in the
 * overview ruler; in a large document whose claims are still being placed, those on screen first.
 */
export class ClaimDecorations extends Disposable {
  /** Created once; afterwards only `setDecorations` runs. */
  private readonly text = this._register(vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('policyAnnotator.claim'),
    // Transparent except in High Contrast themes (see the colour's defaults).
    borderColor: new vscode.ThemeColor('policyAnnotator.claimBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('policyAnnotator.claimGutter'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  /** The place a claim that needs review was found at: outlined and labelled, never drawn as a claim. */
  private readonly needsReview = this._register(vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('policyAnnotator.claimNeedsReview'),
    overviewRulerColor: new vscode.ThemeColor('policyAnnotator.claimNeedsReview'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    after: { contentText: ' ⚠ claim needs review', color: new vscode.ThemeColor('policyAnnotator.claimNeedsReview'), fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  private readonly gutter: vscode.TextEditorDecorationType;
  private readonly pending = new KeyedDebouncer<string>(REDRAW_DEBOUNCE_MS);

  constructor(private readonly store: AnnotationStore, private readonly scope: DocumentScope, extensionUri: vscode.Uri) {
    super();
    this._register(scope.onDidChange(() => this.decorate()));
    this.gutter = this._register(vscode.window.createTextEditorDecorationType({
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'claim-gutter.svg'),
      gutterIconSize: '75%',
    }));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.decorate()));
    this._register(store.onDidChange((change) => (change.movedOnly ? this.decorateLater(change.documentUri) : this.decorate(change.documentUri))));
    this._register(this.pending);
    this.decorate();
  }

  private decorateLater(uri: vscode.Uri): void {
    this.pending.schedule(uri.toString(), () => this.decorate(uri));
  }

  /** Every visible editor, or only those showing `uri`; an editor out of scope gets no marks. */
  private decorate(uri?: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!uri || editor.document.uri.toString() === uri.toString()) {
        timed('claims:decorate', () => this.decorateEditor(editor));
      }
    }
  }

  private decorateEditor(editor: vscode.TextEditor): void {
    const annotations = this.scope.includes(editor.document) ? this.store.annotationsInView(editor.document) : undefined;
    const claims = annotations?.kind === 'loaded' ? annotations.claims : [];
    const spans = claims.flatMap((tracked) => (tracked.span ? [tracked.span] : []));
    const candidates = claims.flatMap((tracked) => (tracked.status === 'needsReview' ? [tracked.candidate] : []));
    editor.setDecorations(this.needsReview, candidates.map((span) => rangeOf(editor.document, span)));
    editor.setDecorations(this.text, spans.map((span) => rangeOf(editor.document, span)));
    editor.setDecorations(this.gutter, spans.map((span) => {
      const start = editor.document.positionAt(span.start);
      return new vscode.Range(start, start);
    }));
  }
}
