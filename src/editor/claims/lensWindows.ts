import * as vscode from 'vscode';
import { KeyedDebouncer } from '../../core/util/keyedDebouncer';
import type { Span } from '../../core/textDocument';
import { Disposable } from '../util/dispose';
import { isLargeDocument } from '../util/largeDocument';

/** Lines either side of what an editor shows that get their lenses too, so a little scrolling needs none computed. */
const MARGIN_LINES = 60;
/**
 * Lenses are asked for again once what is shown comes this near the edge of the lines given, so
 * the next ones are there before they scroll into view.
 */
const PREFETCH_LINES = MARGIN_LINES / 2;
/** Scrolling near the edge of the lines given asks for lenses once it has paused this long. */
const SCROLL_DEBOUNCE_MS = 50;

interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The lines the editors showing the document have in view, with a margin; the top of the document while none shows it. */
function shownLines(document: vscode.TextDocument): LineSpan[] {
  const key = document.uri.toString();
  const shown = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === key).flatMap((editor) => editor.visibleRanges);
  const last = document.lineCount - 1;
  return (shown.length > 0 ? shown : [new vscode.Range(0, 0, 0, 0)])
    .map((range) => ({ start: Math.max(0, range.start.line - MARGIN_LINES), end: Math.min(last, range.end.line + MARGIN_LINES) }));
}

function spansOf(document: vscode.TextDocument, lines: readonly LineSpan[]): Span[] {
  return lines.map((line) => ({ start: document.offsetAt(new vscode.Position(line.start, 0)), end: document.offsetAt(document.lineAt(line.end).range.end) }));
}

/** What of the document its editors show, with the lenses' margin, as offsets (the top of the document while none shows it). */
export function shownSpans(document: vscode.TextDocument): Span[] {
  return spansOf(document, shownLines(document));
}

/**
 * What of a large document its lenses are computed for: the lines the editors showing it have in
 * view, with a margin (the top of the document while none shows it). VS Code asks for a document's
 * lenses as a whole, so when an editor scrolls near the edge of the lines last given, `onDidLeave`
 * fires (once scrolling pauses) for the lens provider to pass on as a change of its lenses.
 */
export class LensWindows extends Disposable {
  private readonly leaveEmitter = this._register(new vscode.EventEmitter<void>());
  public readonly onDidLeave = this.leaveEmitter.event;
  /** The lines last given per large document. */
  private readonly given = new Map<string, readonly LineSpan[]>();
  private readonly pending = this._register(new KeyedDebouncer<string>(SCROLL_DEBOUNCE_MS));

  constructor() {
    super();
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => this.check(textEditor.document, visibleRanges)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.check(editor.document, editor.visibleRanges))));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      this.given.delete(document.uri.toString());
      this.pending.cancel(document.uri.toString());
    }));
  }

  /** The spans of a large document to give lenses for, remembered as given; none for a document that is not large (it gets them all). */
  public spansFor(document: vscode.TextDocument): Span[] {
    if (!isLargeDocument(document)) return [];
    const lines = shownLines(document);
    this.given.set(document.uri.toString(), lines);
    return spansOf(document, lines);
  }

  private check(document: vscode.TextDocument, visible: readonly vscode.Range[]): void {
    const key = document.uri.toString();
    const given = this.given.get(key);
    if (!given) return;
    const last = document.lineCount - 1;
    const covered = visible.every((range) => given.some((lines) => lines.start <= Math.max(0, range.start.line - PREFETCH_LINES) && Math.min(last, range.end.line + PREFETCH_LINES) <= lines.end));
    if (!covered) this.pending.schedule(key, () => this.leaveEmitter.fire());
  }
}
