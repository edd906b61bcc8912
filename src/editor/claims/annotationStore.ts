import * as vscode from 'vscode';
import { needsRecheck, recheckClaimSteps, shiftClaims, TrackedClaim } from '../../core/anchoring/claimTracking';
import type { DetectEntities } from '../../core/anchoring/figuresAndNames';
import { claimPlacements } from '../../core/anchoring/placeClaims';
import { markDone, timed } from '../util/timing';
import { nextSlice, runInSlices } from '../util/slices';
import { sameAnchor } from '../../core/review/claimEquality';
import { addClaim, ClaimChange, removeClaim, updateClaim } from '../../core/sidecar/edit';
import { QuoteAnchor, Sidecar, SidecarClaim } from '../../core/sidecar/types';
import { isServedDocument } from '../languages';
import { KeyedDebouncer } from '../../core/util/keyedDebouncer';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { withProgressIfSlow } from '../util/progress';
import {
  Annotations, AnnotationsChange, AnnotationsRefusedError, currentText, emptySidecar, Entry, keptOrphanedKey, newClaimIdFor, newEntry, openDocument, readingProblems, recheckTextOf, refusal,
} from './annotationEntry';
import { writeTextFileAtomically } from '../util/textFiles';
import { isLargeDocument } from '../util/largeDocument';
import { shownSpans } from './lensWindows';
import { viewFirstPlacements } from './viewFirstPlacement';
import type { SidecarCodec, SidecarReading } from './sidecarReading';
import { watchSidecars } from './sidecarWatching';
import { displayName, documentUriFor, sidecarUriFor } from './sidecarFiles';

export { Annotations, AnnotationsChange, AnnotationsRefusedError } from './annotationEntry';

/** Edited and orphaned claims are placed by quote again this long after typing stops. */
const RECHECK_MS = 400;

/**
 * Every document's annotations: reads `<document>.annotations.yaml` (through its SidecarCodec: from disk
 * on a worker thread in the Node host, else through `workspace.fs`), keeps each claim's live place
 * in step with edits, and writes the sidecar (through `workspace.fs`) only when an annotation changes.
 * Opening, closing, editing elsewhere or re-anchoring never rewrite it: stored positions are hints.
 */
export class AnnotationStore extends Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly rechecks = new KeyedDebouncer<string>(RECHECK_MS);
  private readonly changeEmitter = this._register(new vscode.EventEmitter<AnnotationsChange>());
  public readonly onDidChange = this.changeEmitter.event;

  /**
   * `detect` finds the figures and names that decide whether a claim found after an edit is still
   * the claim; `decisions` keeps the user's "Keep as Orphaned" answers across sessions; `sidecars`
   * reads sidecar files and reads and writes their text (on a worker thread in the Node host).
   */
  constructor(private readonly detect: DetectEntities, private readonly decisions: vscode.Memento, private readonly sidecars: SidecarCodec) {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.onDocumentChanged(event)));
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.onDocumentOpened(document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      const entry = this.entries.get(document.uri.toString());
      if (entry) entry.anchoredVersion = undefined;
    }));
    this._register(watchSidecars((uri) => this.onSidecarChangedOnDisk(uri), () => [...this.entries.values()].map((entry) => entry.sidecarUri)));
    this._register(this.rechecks);
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
    // A placement under way finishes even when the text has changed since (typing while a large
    // document's claims are placed): restarted at every keystroke it would never end. The current
    // text is placed once it is done, when its change event makes this be asked again.
    if (entry.anchoredVersion !== document.version && entry.placing === undefined) this.reanchor(entry, document);
    // Still being placed in slices: onDidChange fires when it is done.
    return entry.anchoredVersion === document.version || entry.annotations.kind !== 'loaded' ? entry.annotations : undefined;
  }

  /**
   * annotationsOf, or while the claims of a large document are still being placed, those near what
   * its editors show once they are (placed first); undefined until then.
   */
  public annotationsInView(document: vscode.TextDocument): Annotations | undefined {
    const placed = this.annotationsOf(document);
    const entry = this.entries.get(document.uri.toString());
    if (placed !== undefined || entry?.annotations.kind !== 'loaded' || entry.placedInView?.version !== document.version) return placed;
    return { kind: 'loaded', sidecar: entry.annotations.sidecar, claims: entry.placedInView.claims };
  }

  /** Resolves once annotationsInView has an answer for the document (or its annotations are read and placed). */
  public async loadInView(document: vscode.TextDocument): Promise<void> {
    const entry = this.entryFor(document.uri);
    while (entry && !document.isClosed && this.annotationsInView(document) === undefined && !(entry.ready && entry.placing === undefined)) {
      await new Promise<void>((resolve) => entry.waiting.push(resolve));
    }
  }

  /** The annotations of any document, open or not, once read. */
  public async load(documentUri: vscode.Uri): Promise<Annotations> {
    const entry = this.entryFor(documentUri);
    if (!entry) return { kind: 'none' };
    await entry.loaded;
    const document = openDocument(documentUri);
    if (!document) return entry.annotations;
    // A placement can be replaced by a newer one (the text changed meanwhile): wait for the current one.
    for (let placed = this.annotationsOf(document); ; placed = this.annotationsOf(document)) {
      if (placed !== undefined || entry.placing === undefined) return placed ?? entry.annotations;
      await entry.placing.done;
    }
  }

  /** The user's answer to a claim that needs review: keep it orphaned (until its anchor changes) rather than at the candidate place. */
  public keepOrphaned(documentUri: vscode.Uri, id: string): void {
    const entry = this.entries.get(documentUri.toString());
    if (entry?.annotations.kind !== 'loaded') return;
    const tracked = entry.annotations.claims.find((candidate) => candidate.claim.id === id);
    if (!tracked) return;
    entry.keptOrphaned.set(id, tracked.claim.anchor);
    void this.decisions.update(keptOrphanedKey(entry.documentUri), Object.fromEntries(entry.keptOrphaned));
    entry.annotations = { ...entry.annotations, claims: entry.annotations.claims.map((each) => (each === tracked ? { claim: each.claim, status: 'orphaned' } : each)) };
    this.fire(entry, false);
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
    return new AnnotationsRefusedError(refusal(entry.documentUri, entry.sidecarUri, action, entry.annotations.problems), documentUri);
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
      const created = newEntry(documentUri, new Map(Object.entries(this.decisions.get<Record<string, QuoteAnchor>>(keptOrphanedKey(documentUri)) ?? {})));
      created.loaded = withProgressIfSlow(vscode.ProgressLocation.Window, `Reading ${displayName(created.sidecarUri)}…`, () => this.reload(created)).then(() => {
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
      text = await this.sidecars.readFile(entry.sidecarUri);
    } catch (error) {
      entry.diskText = undefined;
      entry.annotations = { kind: 'broken', problems: readingProblems(entry, error) };
      return true;
    }
    if (text === entry.diskText && entry.annotations.kind !== 'broken') return false;
    await this.accept(entry, text);
    return true;
  }

  private async accept(entry: Entry, text: string | undefined): Promise<void> {
    entry.diskText = text;
    if (text === undefined) {
      entry.annotations = { kind: 'none' };
      return;
    }
    // Not read (the worker failed on it): shown as a problem, and read again when it next changes.
    const parsed = await this.sidecars.read(text).catch((error: unknown): SidecarReading => ({ ok: false, problems: readingProblems(entry, error) }));
    // Taking in the reading (1,000 claims from the worker, or parsed here) held the thread: the
    // document's text is read and the placing begins in a turn of their own.
    await nextSlice();
    // Read again meanwhile (it changed on disk): that reading wins.
    if (entry.diskText !== text) return;
    if (!parsed.ok) {
      entry.annotations = { kind: 'broken', problems: parsed.problems };
      return;
    }
    const { text: documentText, version } = await currentText(entry.documentUri);
    await this.place(entry, parsed.sidecar, documentText, version);
  }

  /**
   * Places the sidecar's claims in the document's text, in slices that yield to the extension host.
   * A claim that was already being tracked in this very text, with the same anchor, keeps the
   * place edits have carried it to; one the user chose to keep orphaned stays so.
   */
  private place(entry: Entry, sidecar: Sidecar, text: string, version: number | undefined): Promise<void> {
    const tracking = entry.annotations.kind === 'loaded' && version !== undefined && entry.anchoredVersion === version;
    const kept = new Map(tracking && entry.annotations.kind === 'loaded' ? entry.annotations.claims.map((tracked) => [tracked.claim.id, tracked]) : []);
    const known = (claim: SidecarClaim): TrackedClaim | undefined => {
      const orphanedAnchor = entry.keptOrphaned.get(claim.id);
      if (orphanedAnchor && sameAnchor(orphanedAnchor, claim.anchor)) return { claim, status: 'orphaned' };
      const tracked = kept.get(claim.id);
      return tracked && sameAnchor(tracked.claim.anchor, claim.anchor) ? { ...tracked, claim } : undefined;
    };
    entry.placedInView = undefined;
    const document = openDocument(entry.documentUri);
    const shown = version !== undefined && document?.version === version && isLargeDocument(document) ? { version, spans: shownSpans(document) } : undefined;
    const job = shown === undefined ? claimPlacements(text, sidecar.claims, known, this.detect) : viewFirstPlacements(
      text,
      sidecar.claims,
      (claim) => shown.spans.some((span) => span.start <= claim.anchor.start && claim.anchor.start <= span.end),
      known,
      (claims) => {
        entry.placedInView = { version: shown.version, claims };
        // Not from inside place(): listeners ask for the annotations, which must see this placement as under way.
        void Promise.resolve().then(() => this.fire(entry, false));
      },
      this.detect,
    );
    const finish = (claims: TrackedClaim[]) => {
      entry.annotations = { kind: 'loaded', sidecar, claims };
      entry.anchoredVersion = version;
      entry.placing = undefined;
      entry.placedInView = undefined;
      markDone('claims:placed', { document: entry.documentUri.toString(), claims: claims.length });
    };
    // Wanted until a newer placement replaces it; `done` is set below, once it runs in slices.
    const placing = { version, done: Promise.resolve() };
    const run = runInSlices('claims:place', job, () => entry.placing === placing);
    if ('now' in run) {
      finish(run.now);
      return Promise.resolve();
    }
    // Until it is done, the claims are not shown at stale places: annotationsOf answers "not yet".
    entry.annotations = { kind: 'loaded', sidecar, claims: entry.annotations.kind === 'loaded' ? entry.annotations.claims : [] };
    entry.anchoredVersion = undefined;
    placing.done = run.later.then((claims) => {
      if (claims === undefined) return;
      finish(claims);
      this.fire(entry, false);
    });
    entry.placing = placing;
    return placing.done;
  }

  private reanchor(entry: Entry, document: vscode.TextDocument): void {
    if (entry.annotations.kind !== 'loaded') return;
    entry.anchoredVersion = undefined;
    this.place(entry, entry.annotations.sidecar, document.getText(), document.version).catch((error: unknown) => logError(`Placing the claims of ${entry.sidecarUri.fsPath} again`, error));
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
    const loaded = entry?.annotations;
    if (!entry || loaded?.kind !== 'loaded' || event.contentChanges.length === 0) return;
    if (entry.anchoredVersion === undefined || entry.anchoredVersion === event.document.version) return;
    const changes = event.contentChanges.map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }));
    const { claims, placesChanged, touched } = timed('claims:shift', () => shiftClaims(loaded.claims, changes, () => timed('claims:getText', () => event.document.getText()), this.detect));
    entry.annotations = { ...loaded, claims };
    entry.anchoredVersion = event.document.version;
    touched.forEach((id) => entry.touched.add(id));
    this.fire(entry, !placesChanged);
    this.scheduleRecheck(entry, event.document);
  }

  private scheduleRecheck(entry: Entry, document: vscode.TextDocument): void {
    const key = entry.documentUri.toString();
    if (entry.annotations.kind !== 'loaded' || !needsRecheck(entry.annotations.claims, entry.touched)) {
      this.rechecks.cancel(key);
      return;
    }
    this.rechecks.schedule(key, () => {
      if (entry.annotations.kind !== 'loaded' || document.isClosed || entry.anchoredVersion !== document.version) return;
      const loaded = entry.annotations;
      const touched = new Set(entry.touched);
      // Touched claims are read at their places; held ones are looked for in the whole text, in slices.
      const job = recheckClaimSteps(loaded.claims, touched, recheckTextOf(document), this.detect);
      const apply = (rechecked: { claims: TrackedClaim[]; placesChanged: boolean } | undefined) => {
        // Given up when an edit came meanwhile: the edit scheduled the next recheck, which takes over its touched claims.
        if (rechecked === undefined) return;
        touched.forEach((id) => entry.touched.delete(id));
        entry.annotations = { ...loaded, claims: rechecked.claims };
        this.fire(entry, !rechecked.placesChanged);
      };
      const run = runInSlices('claims:recheck', job, () => entry.annotations === loaded && !document.isClosed);
      if ('now' in run) apply(run.now);
      else entry.rechecking = run.later.then(apply, (error: unknown) => logError(`Rechecking the claims of ${entry.sidecarUri.fsPath} after an edit`, error));
    });
  }

  /** Resolves once the document's claims are placed: none waits to be placed by its quote again after typing, or in slices on opening. */
  public async whenRechecked(documentUri: vscode.Uri): Promise<void> {
    await this.rechecks.whenIdle(documentUri.toString());
    const entry = this.entries.get(documentUri.toString());
    await entry?.rechecking;
    if (entry) await this.load(documentUri);
  }

  private onSidecarChangedOnDisk(sidecarUri: vscode.Uri): void {
    const documentUri = documentUriFor(sidecarUri);
    const entry = documentUri && this.entries.get(documentUri.toString());
    if (!entry) return;
    // Through the write queue, so a reload never interleaves with one of our own saves.
    entry.queue.run(() => this.reload(entry)).then((changed) => changed && this.fire(entry, false), (error: unknown) => logError(`Reading ${entry.sidecarUri.fsPath} again after it changed on disk`, error));
  }

  private modify(documentUri: vscode.Uri, action: string, edit: (sidecar: Sidecar) => Sidecar): Promise<void> {
    const entry = this.entryFor(documentUri);
    if (!entry) {
      return Promise.reject(new AnnotationsRefusedError(`${displayName(documentUri)} cannot have annotations: they are kept in a file beside the document, so it must be saved in a writable folder first.`, documentUri));
    }
    const job = async (): Promise<void> => {
      await entry.loaded;
      for (let attempt = 1; ; attempt++) {
        // Read again: a hand edit the watcher has not reported yet must not be overwritten.
        if (await this.reload(entry)) this.fire(entry, false);
        const current = entry.annotations;
        const refused = this.refusal(documentUri, action);
        if (refused) throw refused;
        const before = current.kind === 'loaded' ? current.sidecar : emptySidecar(entry.sidecarUri);
        const after = edit(before);
        if (after === before) return;
        // The file on disk is what `reload` just read without problems: its comments are carried over.
        const read = entry.diskText;
        const text = await this.sidecars.write(after, read);
        // That took a while (up to a second for a large sidecar, on the worker): a file another program
        // changed meanwhile (a checkout, a hand edit) is read and edited again, never overwritten.
        if (await this.sidecars.readFile(entry.sidecarUri) !== read) {
          if (attempt < 3) continue;
          throw new AnnotationsRefusedError(`Cannot ${action} ${displayName(documentUri)}: ${displayName(entry.sidecarUri)} keeps changing on disk; try again.`, documentUri);
        }
        await writeTextFileAtomically(entry.sidecarUri, text);
        entry.diskText = text;
        // What was written reads back as `after`: it is not parsed again.
        const { text: documentText, version } = await currentText(entry.documentUri);
        await this.place(entry, after, documentText, version);
        this.fire(entry, false);
        return;
      }
    };
    return entry.queue.run(job);
  }

  private fire(entry: Entry, movedOnly: boolean): void {
    entry.waiting.splice(0).forEach((wake) => wake());
    this.changeEmitter.fire({ documentUri: entry.documentUri, movedOnly });
  }
}
