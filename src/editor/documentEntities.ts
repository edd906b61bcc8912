import * as vscode from 'vscode';
import { detectEntities } from '../core/entities/detectEntities';
import { EntityScanner } from '../core/entities/entityScanner';
import { withoutExcluded } from '../core/entities/exclusions';
import { KeyedDebouncer } from '../core/util/keyedDebouncer';
import type { Entity, NamedBodyEntry } from '../core/entities/types';
import { onDidChangeConfig, readConfig } from './config';
import { WorkspaceBodyList } from './entities/workspaceBodyList';
import type { DocumentScope } from './scope/documentScope';
import { Disposable } from './util/dispose';

/** Quiet time after the last edit before a document is scanned again. */
export const EDIT_DEBOUNCE_MS = 200;

interface DocumentState {
  /** One scanner per document: its paragraph cache makes a re-scan after an edit cheap. */
  readonly scanner: EntityScanner;
  /** The `bodiesGeneration` the scanner was built for. */
  readonly generation: number;
  version: number;
  entities: readonly Entity[];
}

/**
 * The figures, organisations and programmes of every open document, cached per document version
 * and per organisation list. Edits are re-scanned after a short pause (edits that arrive meanwhile
 * are merged into one scan), then `onDidChange` fires with the document's uri.
 */
export class DocumentEntities extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's entities were re-scanned after an edit or a change of the organisation lists. */
  public readonly onDidChange = this.changeEmitter.event;

  private readonly states = new Map<string, DocumentState>();
  private readonly pendingScans = new KeyedDebouncer<string>(EDIT_DEBOUNCE_MS);
  /** The workspace's own list, which the Mark as… and Not an Entity commands write to. */
  public readonly workspaceBodies = this._register(new WorkspaceBodyList());
  private extraBodies: readonly NamedBodyEntry[];
  /** Bumped whenever the organisation lists change, which invalidates every cached scan. */
  private bodiesGeneration = 0;

  constructor(private readonly scope: DocumentScope) {
    super();
    this.extraBodies = this.collectBodies();
    this._register(onDidChangeConfig(() => this.bodiesChanged(), 'organisations.extra'));
    this._register(this.workspaceBodies.onDidChange(() => this.bodiesChanged()));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && this.scope.includes(event.document)) {
        this.scheduleScan(event.document);
      }
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
    this._register(this.pendingScans);
  }

  /** The document's entities in document order, scanned now if its current version was not yet. */
  public get(document: vscode.TextDocument): readonly Entity[] {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (state?.generation !== this.bodiesGeneration) {
      state = { scanner: new EntityScanner({ extraBodies: [...this.extraBodies] }), generation: this.bodiesGeneration, version: -1, entities: [] };
      this.states.set(key, state);
    }
    if (state.version !== document.version) {
      state.entities = withoutExcluded(state.scanner.scan(document.getText()), this.workspaceBodies.excludedIn(document.uri));
      state.version = document.version;
    }
    return state.entities;
  }

  /** Resolves once no scan of the document is waiting for typing to pause. */
  public whenScanned(uri: vscode.Uri): Promise<void> {
    return this.pendingScans.whenIdle(uri.toString());
  }

  /**
   * The entities of a text that is not open (a document elsewhere in the workspace, a claim's
   * source, or the pieces of text whose figures and names a claim compares), with the same
   * organisation lists; `uri` names the document, whose exclusions apply.
   */
  public scanText(text: string, uri?: vscode.Uri): readonly Entity[] {
    const entities = detectEntities(text, { extraBodies: this.extraBodies });
    return uri ? withoutExcluded(entities, this.workspaceBodies.excludedIn(uri)) : entities;
  }

  /** The entities already scanned for the document's current version, without scanning; undefined when there are none. */
  public peek(document: vscode.TextDocument): readonly Entity[] | undefined {
    const state = this.states.get(document.uri.toString());
    return state?.generation === this.bodiesGeneration && state.version === document.version ? state.entities : undefined;
  }

  private scheduleScan(document: vscode.TextDocument): void {
    this.pendingScans.schedule(document.uri.toString(), () => {
      if (!document.isClosed) {
        this.get(document);
        this.changeEmitter.fire(document.uri);
      }
    });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.pendingScans.cancel(key);
    this.states.delete(key);
  }

  private bodiesChanged(): void {
    this.extraBodies = this.collectBodies();
    this.bodiesGeneration++;
    for (const document of vscode.workspace.textDocuments) {
      if (this.states.has(document.uri.toString())) {
        this.get(document);
        this.changeEmitter.fire(document.uri);
      }
    }
  }

  private collectBodies(): readonly NamedBodyEntry[] {
    return [...readConfig().organisations.extra, ...this.workspaceBodies.entries];
  }

  /** The entities of the document's current version. Stand-in until the scan in slices that yield lands (n-editorscan). */
  public whenReady(document: vscode.TextDocument, _token?: vscode.CancellationToken): Promise<readonly Entity[]> {
    return Promise.resolve(this.get(document));
  }
}
