import * as vscode from 'vscode';
import { drain, runSlice, type Steps } from '../core/util/steps';
import { detectEntities } from '../core/entities/detectEntities';
import { EntityScanner } from '../core/entities/entityScanner';
import { paragraphDetectorSteps } from '../core/entities/paragraphDetector';
import { editedSpans, entitiesThroughEdits, type TextEdit } from '../core/entities/entitiesThroughEdits';
import { mergeGiving } from '../core/entities/spans';
import { overlaps, type Span } from '../core/textDocument';
import { withoutExcluded } from '../core/entities/exclusions';
import { KeyedDebouncer } from '../core/util/keyedDebouncer';
import type { Entity, NamedBodyEntry } from '../core/entities/types';
import { onDidChangeConfig, readConfig } from './config';
import { WorkspaceBodyList } from './entities/workspaceBodyList';
import type { DocumentScope } from './scope/documentScope';
import { Disposable } from './util/dispose';
import { timed } from './util/timing';
import { queueSlice, SLICE_MS } from './util/slices';
import { isLargeDocument } from './util/largeDocument';
import { paragraphEndLine, paragraphStartLine } from './util/paragraphLines';

/** Quiet time after the last edit before a document is scanned again. */
export const EDIT_DEBOUNCE_MS = 200;
/** Lines of a large document read between two stops of its scan (a few hundred kilobytes). */
export const LINES_PER_READ = 4096;
/** Edits since the last scan beyond which a first look detects what is on screen afresh rather than carry the last scan's entities through them. */
const MOST_EDITS_CARRIED = 200;
/** How far up and down from an edit a first look searches for a blank line, the edges of the paragraphs it detects again. */
const PARAGRAPH_REACH_LINES = 200;

/** A large document's scan under way, a slice at a time. */
interface ScanJob {
  readonly version: number;
  readonly steps: Steps<readonly Entity[]>;
  /** Resolves when the scan is done or given up (a newer version, the document closed, the lists changed). */
  readonly done: Promise<void>;
}

interface DocumentState {
  /** One scanner per document: its paragraph cache makes a re-scan after an edit cheap. */
  readonly scanner: EntityScanner;
  /** The `bodiesGeneration` the scanner was built for. */
  readonly generation: number;
  version: number;
  entities: readonly Entity[];
  job?: ScanJob;
  /** The edits made since `version`, each with the version it made: a first look carries `entities` through them. */
  edits: { readonly version: number; readonly edit: TextEdit }[];
}

/**
 * The figures, organisations and programmes of every open document, cached per document version
 * and per organisation list. Edits are re-scanned after a short pause (edits that arrive meanwhile
 * are merged into one scan), then `onDidChange` fires with the document's uri. A large document
 * is scanned in slices of at most `SLICE_MS` that yield to the event loop (a newer version gives
 * an unfinished scan up); until it is done, `scanPiece` gives a first look at what is on screen.
 */
export class DocumentEntities extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's entities were re-scanned after an edit or a change of the organisation lists. */
  public readonly onDidChange = this.changeEmitter.event;
  private readonly scanStartEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when an edited large document's scan in slices starts: what is on screen can be drawn from `firstLook` meanwhile. */
  public readonly onDidStartScan = this.scanStartEmitter.event;
  private readonly bodiesEmitter = this._register(new vscode.EventEmitter<void>());
  /**
   * Fires when the organisation lists changed (the setting, or the workspace list that Mark as…,
   * Not an Entity and Undo write): whatever was found with the old lists is out of date.
   */
  public readonly onDidChangeBodies = this.bodiesEmitter.event;

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
      if (event.contentChanges.length === 0) return;
      this.recordEdits(event);
      if (this.scope.includes(event.document)) this.scheduleScan(event.document);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
    this._register(this.pendingScans);
    this.buildDetectorAhead();
  }

  /**
   * The document's entities in document order, scanned now if its current version was not yet
   * (finishing at once a scan under way in slices). For small documents and commands: in a large
   * document, what runs while opening or typing uses `whenReady` or `peek`.
   */
  public get(document: vscode.TextDocument): readonly Entity[] {
    // A closed document's entities are not kept: nothing would forget them.
    if (document.isClosed) return this.scanText(document.getText(), document.uri);
    const state = this.stateOf(document);
    if (state.version !== document.version) {
      const steps = state.job?.version === document.version ? state.job.steps : this.scanSteps(document, state.scanner);
      this.finish(state, document.version, drain(steps));
    }
    return state.entities;
  }

  /**
   * Resolves with the entities of the document's current version: at once when they are known,
   * otherwise (a large document) once its scan in slices is done; after typing pauses when an
   * edit is waiting to be scanned. Rejects with a CancellationError when `token` is cancelled.
   */
  public async whenReady(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<readonly Entity[]> {
    for (;;) {
      if (token?.isCancellationRequested) throw new vscode.CancellationError();
      const scanned = this.peek(document);
      if (scanned) return scanned;
      if (!isLargeDocument(document) || document.isClosed) return this.get(document);
      await this.pendingScans.whenIdle(document.uri.toString());
      await this.scanInSlices(document);
    }
  }

  /**
   * A first look at the `windows` of a document whose scan is not done, in document order: the
   * last scan's entities carried through the edits since, and the paragraphs the edits touched
   * detected again; with no scan yet, the windows' text detected, acronyms linked within it alone.
   */
  public firstLook(document: vscode.TextDocument, windows: readonly Span[]): readonly Entity[] {
    return timed('entities.firstLook', () => {
      const state = this.stateOf(document);
      const paragraphs = state.version < 0 || state.edits.length > MOST_EDITS_CARRIED ? undefined : editedParagraphs(document, editedSpans(state.edits.map(({ edit }) => edit)));
      if (!paragraphs) return windows.flatMap((window) => this.scanPiece(document, window));
      const carried = entitiesThroughEdits(state.entities, state.edits.map(({ edit }) => edit), windows, paragraphs);
      const edited = paragraphs.filter((paragraph) => windows.some((window) => overlaps(window, paragraph))).flatMap((paragraph) => this.scanPiece(document, paragraph));
      return mergeGiving(edited, carried);
    });
  }

  /**
   * Starts the scan of a large document in slices, unless one of its current version is under
   * way; `onDidChange` fires when it is done.
   */
  public scanInSlices(document: vscode.TextDocument): Promise<void> {
    const state = this.stateOf(document);
    if (state.job?.version === document.version) return state.job.done;
    let finished!: () => void;
    // The first slice runs after what was waiting, such as drawing a first look.
    const job: ScanJob = { version: document.version, steps: this.scanSteps(document, state.scanner), done: new Promise<void>((resolve) => (finished = resolve)) };
    state.job = job;
    const slice = (): void => {
      // Given up when a newer version, a change of the lists or the document's closing replaced it.
      if (state.job !== job || this.states.get(document.uri.toString()) !== state || document.version !== job.version) {
        if (state.job === job) state.job = undefined;
        return finished();
      }
      const step = timed('entities.scanSlice', () => runSlice(job.steps, SLICE_MS));
      if (!step.done) return queueSlice(slice);
      this.finish(state, job.version, step.value);
      finished();
      this.changeEmitter.fire(document.uri);
    };
    queueSlice(slice);
    return job.done;
  }

  /** Whether the document's current version is being scanned in slices. */
  public isScanning(document: vscode.TextDocument): boolean {
    return this.states.get(document.uri.toString())?.job?.version === document.version;
  }

  /** Resolves once no scan of the document is waiting for typing to pause or under way in slices. */
  public async whenScanned(uri: vscode.Uri): Promise<void> {
    await this.pendingScans.whenIdle(uri.toString());
    await this.states.get(uri.toString())?.job?.done;
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

  private stateOf(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (state?.generation !== this.bodiesGeneration) {
      state = { scanner: new EntityScanner({ extraBodies: this.extraBodies }), generation: this.bodiesGeneration, version: -1, entities: [], edits: [] };
      this.states.set(key, state);
    }
    return state;
  }

  /** The scan of the document's current version, in steps; its text is read at the first step. */
  private *scanSteps(document: vscode.TextDocument, scanner: EntityScanner): Steps<readonly Entity[]> {
    const entities = yield* scanner.scanInSteps(yield* textInSteps(document));
    return withoutExcluded(entities, this.workspaceBodies.excludedIn(document.uri));
  }

  private finish(state: DocumentState, version: number, entities: readonly Entity[]): void {
    state.entities = entities;
    state.version = version;
    state.job = undefined;
    state.edits = state.edits.filter((edit) => edit.version > version);
  }

  /** The piece of the document's text, detected alone, at offsets into the document. */
  private scanPiece(document: vscode.TextDocument, piece: Span): readonly Entity[] {
    const text = document.getText(new vscode.Range(document.positionAt(piece.start), document.positionAt(piece.end)));
    return withoutExcluded(this.stateOf(document).scanner.scanPiece(text, piece.start), this.workspaceBodies.excludedIn(document.uri));
  }

  /**
   * Keeps a scanned document's edits since its last scan, for a first look at the next version;
   * in scope or not, so none is missed.
   */
  private recordEdits(event: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(event.document.uri.toString());
    if (!state || state.version < 0) return;
    // Each change's offsets are into the text the changes before it left.
    for (const change of event.contentChanges) {
      state.edits.push({ version: event.document.version, edit: { start: change.rangeOffset, removed: change.rangeLength, inserted: change.text.length } });
    }
  }

  /** Scans the document again, in slices when it is large; `onDidChange` fires when it is done. */
  private rescan(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    if (isLargeDocument(document)) {
      void this.scanInSlices(document);
      if (!this.peek(document)) this.scanStartEmitter.fire(document.uri);
    } else {
      this.get(document);
      this.changeEmitter.fire(document.uri);
    }
  }

  private scheduleScan(document: vscode.TextDocument): void {
    this.pendingScans.schedule(document.uri.toString(), () => this.rescan(document));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.pendingScans.cancel(key);
    this.states.delete(key);
  }

  /**
   * Builds the shared detector for the current lists in slices, ahead of the first document that
   * needs it: built at once, by the first look at that document, it would hold the extension host
   * for tens of milliseconds (its code not yet compiled). Whatever needs it sooner finishes it.
   */
  private buildDetectorAhead(): void {
    const generation = this.bodiesGeneration;
    const build = paragraphDetectorSteps({ extraBodies: this.extraBodies });
    const slice = (): void => {
      if (!this.isDisposed && generation === this.bodiesGeneration && !runSlice(build, SLICE_MS).done) queueSlice(slice);
    };
    queueSlice(slice);
  }

  private bodiesChanged(): void {
    this.extraBodies = this.collectBodies();
    this.bodiesGeneration++;
    this.buildDetectorAhead();
    this.bodiesEmitter.fire();
    for (const document of vscode.workspace.textDocuments) {
      if (this.states.has(document.uri.toString())) this.rescan(document);
    }
  }

  private collectBodies(): readonly NamedBodyEntry[] {
    return [...readConfig().organisations.extra, ...this.workspaceBodies.entries];
  }
}

/** The paragraphs holding `spans` (to the blank lines around them), in document order, those that overlap joined. */
function editedParagraphs(document: vscode.TextDocument, spans: readonly Span[]): Span[] {
  const paragraphs: Span[] = [];
  for (const span of spans) {
    const first = paragraphStartLine(document, document.positionAt(span.start).line, PARAGRAPH_REACH_LINES);
    const last = paragraphEndLine(document, document.positionAt(span.end).line, PARAGRAPH_REACH_LINES);
    const paragraph = { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && paragraph.start <= previous.end) paragraphs[paragraphs.length - 1] = { start: previous.start, end: Math.max(previous.end, paragraph.end) };
    else paragraphs.push(paragraph);
  }
  return paragraphs;
}

/**
 * The document's text, read a stretch of lines at a time with a stop between: `getText()` joins
 * every line of a large document in one go (6-40 ms at 5 MB), while joining a few long pieces is
 * one copy.
 */
function* textInSteps(document: vscode.TextDocument): Steps<string> {
  if (document.lineCount <= LINES_PER_READ) return document.getText();
  const pieces: string[] = [];
  for (let line = 0; line < document.lineCount; line += LINES_PER_READ) {
    const end = line + LINES_PER_READ < document.lineCount ? new vscode.Position(line + LINES_PER_READ, 0) : document.lineAt(document.lineCount - 1).range.end;
    pieces.push(document.getText(new vscode.Range(new vscode.Position(line, 0), end)));
    yield;
  }
  return pieces.join('');
}
