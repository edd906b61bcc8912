import * as vscode from 'vscode';
import type { Document as YamlDocument } from 'yaml';
import { addClaim, ClaimChange, removeClaim, updateClaim } from '../../core/sidecar/edit';
import { newClaimId } from '../../core/sidecar/ids';
import { parseSidecar } from '../../core/sidecar/parse';
import { serialiseSidecar } from '../../core/sidecar/serialise';
import { documentNameFor } from '../../core/sidecar/paths';
import { Sidecar, SidecarClaim, SIDECAR_SCHEMA_VERSION, SIDECAR_SUFFIX, SidecarProblem } from '../../core/sidecar/types';
import { isServedDocument } from '../languages';
import { Disposable } from '../util/dispose';
import { anchorClaim, recheckClaims, shiftClaims, TrackedClaim } from '../../core/anchoring/claimTracking';
import { displayName, documentUriFor, readTextFile, sidecarUriFor, writeTextFileAtomically } from './sidecarFiles';

/** A document's annotations as the store knows them. */
export type Annotations =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly sidecar: Sidecar; readonly claims: readonly TrackedClaim[] }
  /** The sidecar does not parse or breaks the schema: shown in Problems, never written. */
  | { readonly kind: 'broken'; readonly problems: readonly SidecarProblem[] };

export interface AnnotationsChange {
  readonly documentUri: vscode.Uri;
  /** Only claims' positions moved with an edit: nothing was added, removed, lost or found. */
  readonly movedOnly: boolean;
}

/** A change to a document's annotations was refused; the message says why, for the user. */
export class AnnotationsRefusedError extends Error {
  constructor(message: string, readonly documentUri: vscode.Uri) {
    super(message);
  }
}

interface Entry {
  readonly documentUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  annotations: Annotations;
  /** The parsed sidecar, comments and all, so a save keeps what a person wrote there. */
  yaml: YamlDocument | undefined;
  /** The sidecar's text as last read or written: a watcher event with this text is our own write. */
  diskText: string | undefined;
  /** The version of the open document the claims' spans refer to; undefined when not tracking one. */
  anchoredVersion: number | undefined;
  loaded: Promise<void>;
  /** The sidecar has been read once. */
  ready: boolean;
  /** Writes to one sidecar run one after another. */
  queue: Promise<unknown>;
  /** Claims an edit reached into since the last recheck by quote. */
  readonly touched: Set<string>;
  recheck: ReturnType<typeof setTimeout> | undefined;
}

/** Edited and orphaned claims are placed by quote again this long after typing stops. */
const RECHECK_MS = 400;

/**
 * Every document's annotations: reads `<document>.annotations.yaml` through `workspace.fs`, keeps each
 * claim's live place in step with edits, and writes the sidecar only when an annotation changes.
 * Opening, closing, editing elsewhere or re-anchoring never rewrite it: stored positions are hints.
 */
export class AnnotationStore extends Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<AnnotationsChange>());
  public readonly onDidChange = this.changeEmitter.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.onDocumentChanged(event)));
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.onDocumentOpened(document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      const entry = this.entries.get(document.uri.toString());
      if (entry) entry.anchoredVersion = undefined;
    }));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`));
    this._register(watcher.onDidCreate((uri) => this.onSidecarChangedOnDisk(uri)));
    this._register(watcher.onDidChange((uri) => this.onSidecarChangedOnDisk(uri)));
    this._register(watcher.onDidDelete((uri) => this.onSidecarChangedOnDisk(uri)));
    this._register({ dispose: () => this.entries.forEach((entry) => clearTimeout(entry.recheck)) });
    vscode.workspace.textDocuments.forEach((document) => this.onDocumentOpened(document));
  }

  /**
   * The annotations of an open document with claims placed in its current text; undefined while
   * they are still being read (onDidChange fires when they are ready).
   */
  public annotationsOf(document: vscode.TextDocument): Annotations | undefined {
    const entry = this.entryFor(document.uri);
    if (!entry) return { kind: 'none' };
    if (!entry.ready) return undefined;
    if (entry.anchoredVersion !== document.version) this.reanchor(entry, document);
    return entry.annotations;
  }

  /** The annotations of any document, open or not, once read. */
  public async load(documentUri: vscode.Uri): Promise<Annotations> {
    const entry = this.entryFor(documentUri);
    if (!entry) return { kind: 'none' };
    await entry.loaded;
    const document = openDocument(documentUri);
    return document ? (this.annotationsOf(document) ?? entry.annotations) : entry.annotations;
  }

  /** Adds a claim and saves the sidecar (creating it if need be); resolves to the stored claim. */
  public async add(documentUri: vscode.Uri, claim: Omit<SidecarClaim, 'id'> & { id?: string }): Promise<SidecarClaim> {
    let added: SidecarClaim | undefined;
    await this.modify(documentUri, 'tag a claim in', (sidecar) => {
      const id = claim.id ?? newClaimIdFor(sidecar);
      added = { ...claim, id };
      return addClaim(sidecar, added);
    });
    return added!;
  }

  public async update(documentUri: vscode.Uri, id: string, change: ClaimChange): Promise<void> {
    await this.modify(documentUri, 'change a claim in', (sidecar) => updateClaim(sidecar, id, change));
  }

  /** Removes a claim and resolves to it as it was, so it can be restored; undefined if it was already gone. */
  public async remove(documentUri: vscode.Uri, id: string): Promise<SidecarClaim | undefined> {
    let removed: SidecarClaim | undefined;
    await this.modify(documentUri, 'remove a claim from', (sidecar) => {
      removed = sidecar.claims.find((claim) => claim.id === id);
      return removeClaim(sidecar, id);
    });
    return removed;
  }

  /** Why the document's annotations cannot be changed now (its sidecar is broken), if they cannot. */
  public refusal(documentUri: vscode.Uri, action: string): AnnotationsRefusedError | undefined {
    const entry = this.entries.get(documentUri.toString());
    if (entry?.annotations.kind !== 'broken') return undefined;
    return new AnnotationsRefusedError(refusal(entry, action, entry.annotations.problems), documentUri);
  }

  /** The sidecar file of a document. */
  public sidecarUriOf(documentUri: vscode.Uri): vscode.Uri {
    return this.entries.get(documentUri.toString())?.sidecarUri ?? sidecarUriFor(documentUri);
  }

  /** Documents whose annotations have been read. */
  public knownDocuments(): vscode.Uri[] {
    return [...this.entries.values()].map((entry) => entry.documentUri);
  }

  /** What the store already holds for a document, without reading or re-anchoring anything. */
  public peek(documentUri: vscode.Uri): Annotations | undefined {
    return this.entries.get(documentUri.toString())?.annotations;
  }

  private entryFor(documentUri: vscode.Uri): Entry | undefined {
    // Untitled documents, git revisions and other read-only views have nowhere to keep a sidecar.
    if (vscode.workspace.fs.isWritableFileSystem(documentUri.scheme) !== true) return undefined;
    const key = documentUri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      const created: Entry = {
        documentUri,
        sidecarUri: sidecarUriFor(documentUri),
        annotations: { kind: 'none' },
        yaml: undefined,
        diskText: undefined,
        anchoredVersion: undefined,
        loaded: Promise.resolve(),
        ready: false,
        queue: Promise.resolve(),
        touched: new Set(),
        recheck: undefined,
      };
      created.loaded = this.reload(created).then(() => {
        created.ready = true;
        this.fire(created, false);
      });
      this.entries.set(key, created);
      entry = created;
    }
    return entry;
  }

  /** Reads the sidecar from disk (unless it is what we last saw) and places its claims. */
  private async reload(entry: Entry): Promise<boolean> {
    let text: string | undefined;
    try {
      text = await readTextFile(entry.sidecarUri);
    } catch (error) {
      entry.diskText = undefined;
      entry.annotations = { kind: 'broken', problems: [{ line: 1, column: 1, message: `cannot be read: ${messageOf(error)}` }] };
      return true;
    }
    if (text === entry.diskText && entry.annotations.kind !== 'broken') return false;
    await this.accept(entry, text);
    return true;
  }

  private async accept(entry: Entry, text: string | undefined): Promise<void> {
    entry.diskText = text;
    entry.yaml = undefined;
    if (text === undefined) {
      entry.annotations = { kind: 'none' };
      return;
    }
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      entry.annotations = { kind: 'broken', problems: parsed.problems };
      return;
    }
    const { text: documentText, version } = await currentText(entry.documentUri);
    entry.yaml = parsed.document;
    this.place(entry, parsed.sidecar, documentText, version);
  }

  /**
   * Places the sidecar's claims in the document's text. A claim that was already being tracked in
   * this very text, with the same anchor, keeps the place edits have carried it to.
   */
  private place(entry: Entry, sidecar: Sidecar, text: string, version: number | undefined): void {
    const tracking = entry.annotations.kind === 'loaded' && version !== undefined && entry.anchoredVersion === version;
    const kept = new Map(tracking && entry.annotations.kind === 'loaded' ? entry.annotations.claims.map((tracked) => [tracked.claim.id, tracked]) : []);
    const claims = sidecar.claims.map((claim) => {
      const known = kept.get(claim.id);
      return known && sameAnchor(known.claim, claim) ? { ...known, claim } : anchorClaim(text, claim);
    });
    entry.annotations = { kind: 'loaded', sidecar, claims };
    entry.anchoredVersion = version;
  }

  private reanchor(entry: Entry, document: vscode.TextDocument): void {
    if (entry.annotations.kind !== 'loaded') return;
    entry.anchoredVersion = undefined;
    this.place(entry, entry.annotations.sidecar, document.getText(), document.version);
  }

  private onDocumentOpened(document: vscode.TextDocument): void {
    if (!isServedDocument(document)) return;
    const entry = this.entryFor(document.uri);
    if (entry?.annotations.kind === 'loaded' && entry.anchoredVersion !== document.version) {
      this.reanchor(entry, document);
      this.fire(entry, false);
    }
  }

  private onDocumentChanged(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || entry.annotations.kind !== 'loaded' || event.contentChanges.length === 0) return;
    if (entry.anchoredVersion === undefined || entry.anchoredVersion === event.document.version) return;
    const changes = event.contentChanges.map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }));
    const { claims, placesChanged, touched } = shiftClaims(entry.annotations.claims, changes, event.document.getText());
    entry.annotations = { ...entry.annotations, claims };
    entry.anchoredVersion = event.document.version;
    touched.forEach((id) => entry.touched.add(id));
    this.fire(entry, !placesChanged);
    this.scheduleRecheck(entry, event.document);
  }

  private scheduleRecheck(entry: Entry, document: vscode.TextDocument): void {
    clearTimeout(entry.recheck);
    if (entry.annotations.kind !== 'loaded' || (entry.touched.size === 0 && entry.annotations.claims.every((tracked) => tracked.span !== undefined))) return;
    entry.recheck = setTimeout(() => {
      if (entry.annotations.kind !== 'loaded' || document.isClosed || entry.anchoredVersion !== document.version) return;
      const { claims, placesChanged } = recheckClaims(entry.annotations.claims, entry.touched, document.getText());
      entry.touched.clear();
      entry.annotations = { ...entry.annotations, claims };
      this.fire(entry, !placesChanged);
    }, RECHECK_MS);
  }

  private onSidecarChangedOnDisk(sidecarUri: vscode.Uri): void {
    const documentUri = documentUriFor(sidecarUri);
    const entry = documentUri && this.entries.get(documentUri.toString());
    if (!entry) return;
    // Through the write queue, so a reload never interleaves with one of our own saves.
    entry.queue = entry.queue.then(() => this.reload(entry)).then((changed) => changed && this.fire(entry, false), () => undefined);
  }

  private modify(documentUri: vscode.Uri, action: string, edit: (sidecar: Sidecar) => Sidecar): Promise<void> {
    const entry = this.entryFor(documentUri);
    if (!entry) {
      return Promise.reject(new AnnotationsRefusedError(`${displayName(documentUri)} cannot have annotations: they are kept in a file beside the document, so it must be saved in a writable folder first.`, documentUri));
    }
    const job = async (): Promise<void> => {
      await entry.loaded;
      // Read again: a hand edit the watcher has not reported yet must not be overwritten.
      if (await this.reload(entry)) this.fire(entry, false);
      const current = entry.annotations;
      const refused = this.refusal(documentUri, action);
      if (refused) throw refused;
      const before = current.kind === 'loaded' ? current.sidecar : emptySidecar(entry.sidecarUri);
      const after = edit(before);
      if (after === before) return;
      const text = serialiseSidecar(after, entry.yaml);
      await writeTextFileAtomically(entry.sidecarUri, text);
      entry.diskText = text;
      const written = parseSidecar(text);
      entry.yaml = written.ok ? written.document : undefined;
      const { text: documentText, version } = await currentText(entry.documentUri);
      this.place(entry, written.ok ? written.sidecar : after, documentText, version);
      this.fire(entry, false);
    };
    const run = entry.queue.then(job, job);
    entry.queue = run.catch(() => undefined);
    return run;
  }

  private fire(entry: Entry, movedOnly: boolean): void {
    this.changeEmitter.fire({ documentUri: entry.documentUri, movedOnly });
  }
}

function sameAnchor(a: SidecarClaim, b: SidecarClaim): boolean {
  return a.anchor.quote === b.anchor.quote && a.anchor.prefix === b.anchor.prefix && a.anchor.suffix === b.anchor.suffix
    && a.anchor.start === b.anchor.start && a.anchor.end === b.anchor.end;
}

/** The open document's text and version, or the file's text (version undefined) when it is not open. */
async function currentText(uri: vscode.Uri): Promise<{ text: string; version: number | undefined }> {
  const document = openDocument(uri);
  if (document) return { text: document.getText(), version: document.version };
  const text = await readTextFile(uri).catch(() => undefined);
  const opened = openDocument(uri);
  return opened ? { text: opened.getText(), version: opened.version } : { text: text ?? '', version: undefined };
}

function newClaimIdFor(sidecar: Sidecar): string {
  return newClaimId(new Set(sidecar.claims.map((claim) => claim.id)));
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

function emptySidecar(sidecarUri: vscode.Uri): Sidecar {
  return { schema: SIDECAR_SCHEMA_VERSION, document: documentNameFor(sidecarUri.path) ?? '', offsets: 'utf-16', claims: [] };
}

function refusal(entry: Entry, action: string, problems: readonly SidecarProblem[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}, see Problems)` : '';
  return `Cannot ${action} ${displayName(entry.documentUri)}: ${displayName(entry.sidecarUri)} line ${first.line}: ${first.message}${more}. `
    + 'The file is left as it is; fix it and try again.';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
