import * as vscode from 'vscode';
import { ENTITY_KINDS, type Entity, EntityKind } from '../../core/entities/types';
import { onDidChangeConfig, readConfig } from '../config';
import type { DocumentEntities } from '../documentEntities';
import { isLargeDocument } from '../util/largeDocument';
import type { DocumentScope } from '../scope/documentScope';
import { Disposable } from '../util/dispose';
import { timed } from '../util/timing';
import { decorationRangesByKind, type OffsetWindow, visibleWindows } from './decorationRanges';
import { isFigureKind } from '../../core/entities/types';

/** Above this many entities an editor is decorated only around what is on screen, and again on scroll. */
const WHOLE_DOCUMENT_LIMIT = 2000;
/** Lines decorated above and below the visible ones, so a short scroll shows no undecorated text. */
const VISIBLE_MARGIN_LINES = 150;
/** The same for a first look, which the whole scan soon replaces: the less it detects, the sooner it shows. */
const FIRST_LOOK_MARGIN_LINES = 20;

/**
 * Highlights figures (background) and organisations and programmes (underline) in every visible
 * editor. A large document whose scan is not done yet gets a first look at what is on screen at
 * once, and its whole scan in slices, which redraws it when done.
 */
export class EntityDecorations extends Disposable {
  /** Created once; afterwards only `setDecorations` runs. */
  private readonly types = new Map<EntityKind, vscode.TextEditorDecorationType>(
    ENTITY_KINDS.map((kind) => [kind, this._register(vscode.window.createTextEditorDecorationType(decorationFor(kind)))]),
  );
  /** What `decorate` last passed to `setDecorations` in each editor, so tests can see what was drawn rather than recompute it. */
  private readonly drawn = new WeakMap<vscode.TextEditor, ReadonlyMap<EntityKind, readonly vscode.Range[]>>();

  constructor(private readonly entities: DocumentEntities, private readonly scope: DocumentScope) {
    super();
    this._register(scope.onDidChange(() => this.decorateAll()));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()));
    this._register(entities.onDidChange((uri) => this.decorateAll(uri)));
    this._register(entities.onDidStartScan((uri) => this.decorateAll(uri)));
    this._register(onDidChangeConfig(() => this.decorateAll(), 'highlight'));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.decorateIfLarge(event.textEditor)));
    this.decorateAll();
  }

  /** The ranges per kind last drawn in the first visible editor showing `uri`; undefined when none shows it or nothing was drawn there. */
  public drawnIn(uri: vscode.Uri): ReadonlyMap<EntityKind, readonly vscode.Range[]> | undefined {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
    return editor && this.drawn.get(editor);
  }

  /** Every visible editor in scope, or only those showing `uri`; editors that left the scope are cleared. */
  private decorateAll(uri?: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (uri && editor.document.uri.toString() !== uri.toString()) continue;
      if (this.scope.includes(editor.document)) {
        this.decorate(editor);
      } else if (this.drawn.has(editor)) {
        this.types.forEach((type) => editor.setDecorations(type, []));
        this.drawn.delete(editor);
      }
    }
  }

  private decorate(editor: vscode.TextEditor): void {
    timed('entities.decorate', () => {
      const { entities, windows } = this.toDraw(editor);
      const ranges = decorationRangesByKind(editor.document, entities, readConfig(editor.document).highlight, windows);
      const drawn = new Map<EntityKind, vscode.Range[]>();
      for (const [kind, type] of this.types) {
        const kindRanges = ranges.get(kind) ?? [];
        editor.setDecorations(type, kindRanges);
        drawn.set(kind, kindRanges);
      }
      this.drawn.set(editor, drawn);
    });
  }

  /** The entities to draw in the editor and, for a large document, the windows on screen they are drawn in. */
  private toDraw(editor: vscode.TextEditor): { entities: readonly Entity[]; windows?: readonly OffsetWindow[] } {
    const document = editor.document;
    const scanned = this.entities.peek(document) ?? (isLargeDocument(document) ? undefined : this.entities.get(document));
    if (scanned) {
      return { entities: scanned, windows: scanned.length > WHOLE_DOCUMENT_LIMIT ? visibleWindows(editor, VISIBLE_MARGIN_LINES) : undefined };
    }
    void this.entities.scanInSlices(document);
    const windows = visibleWindows(editor, FIRST_LOOK_MARGIN_LINES);
    return { entities: this.entities.firstLook(document, windows), windows };
  }

  /**
   * On scroll. A document with an edit not yet scanned is left alone: its scan is pending and
   * redraws it, and scanning now would undo the debounce while typing. One being scanned in
   * slices gets a first look at what came on screen.
   */
  private decorateIfLarge(editor: vscode.TextEditor): void {
    if (!this.scope.includes(editor.document)) return;
    const scanned = this.entities.peek(editor.document);
    if (scanned ? scanned.length > WHOLE_DOCUMENT_LIMIT : this.entities.isScanning(editor.document)) {
      this.decorate(editor);
    }
  }
}

function decorationFor(kind: EntityKind): vscode.DecorationRenderOptions {
  const colour = new vscode.ThemeColor(`policyAnnotator.${kind}`);
  if (isFigureKind(kind)) {
    return { backgroundColor: colour, borderRadius: '3px', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  }
  return {
    borderStyle: 'none none solid none',
    borderWidth: '0 0 2px 0',
    borderColor: colour,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}
