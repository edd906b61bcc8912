import * as vscode from 'vscode';
import type { RecheckText, TrackedClaim } from '../../core/anchoring/claimTracking';
import { newClaimId } from '../../core/sidecar/ids';
import { documentNameFor } from '../../core/sidecar/paths';
import { QuoteAnchor, Sidecar, SIDECAR_SCHEMA_VERSION, SidecarProblem } from '../../core/sidecar/types';
import { SerialQueue } from '../../core/util/serialQueue';
import { messageOf } from '../../core/util/messageOf';
import { logError } from '../util/log';
import { readTextFile } from '../util/textFiles';
import { timed } from '../util/timing';
import { displayName, sidecarUriFor } from './sidecarFiles';
import { UnreadableSidecarError } from './sidecarReading';

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

/** What the store keeps for one document. */
export interface Entry {
  readonly documentUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  annotations: Annotations;
  /** The sidecar's text as last read or written: a watcher event with this text is our own write. */
  diskText: string | undefined;
  /** The version of the open document the claims' spans refer to; undefined when not tracking one. */
  anchoredVersion: number | undefined;
  loaded: Promise<void>;
  /** The sidecar has been read once. */
  ready: boolean;
  /** Writes to one sidecar run one after another. */
  readonly queue: SerialQueue;
  /** Claims an edit reached into since the last recheck by quote. */
  readonly touched: Set<string>;
  /** Claims needing review that the user chose to keep as orphaned, with the anchor they had then. */
  readonly keptOrphaned: Map<string, QuoteAnchor>;
  /** The placement under way, if claims are being placed in slices; a newer one replaces it. */
  placing: { readonly version: number | undefined; readonly done: Promise<void> } | undefined;
  /** During a placement of a large open document: the claims near what its editors show, placed first (see viewFirstPlacements). */
  placedInView: { readonly version: number; readonly claims: readonly TrackedClaim[] } | undefined;
  /** A recheck running in slices (held claims looked for in a long text), if one is. */
  rechecking: Promise<void> | undefined;
  /** Who waits for the next change of these annotations (loadInView). */
  readonly waiting: (() => void)[];
}

/** A new document's entry, its sidecar not read yet. */
export function newEntry(documentUri: vscode.Uri, keptOrphaned: Map<string, QuoteAnchor>): Entry {
  return {
    documentUri,
    sidecarUri: sidecarUriFor(documentUri),
    annotations: { kind: 'none' },
    diskText: undefined,
    anchoredVersion: undefined,
    loaded: Promise.resolve(),
    ready: false,
    queue: new SerialQueue(),
    touched: new Set(),
    keptOrphaned,
    placing: undefined,
    placedInView: undefined,
    rechecking: undefined,
    waiting: [],
  };
}

/** Why a sidecar could not be read, logged, as a problem at the line where that shows. */
export function readingProblems(entry: Entry, error: unknown): SidecarProblem[] {
  logError(`Reading ${entry.sidecarUri.fsPath}`, error);
  return [{ line: error instanceof UnreadableSidecarError ? error.line : 1, column: 1, message: `cannot be read: ${messageOf(error)}` }];
}

/** The open document's text and version, or the file's text (version undefined) when it is not open. */
export async function currentText(uri: vscode.Uri): Promise<{ text: string; version: number | undefined }> {
  const document = openDocument(uri);
  if (document) return { text: document.getText(), version: document.version };
  const text = await readTextFile(uri).catch((error: unknown) => {
    logError(`Reading ${uri.fsPath} to place its claims`, error);
    return undefined;
  });
  const opened = openDocument(uri);
  return opened ? { text: opened.getText(), version: opened.version } : { text: text ?? '', version: undefined };
}

/**
 * An open document's text as a recheck reads it (RecheckText): a claim's place by its range, the
 * whole text (5 MB joined from its lines in a long document) only when a held claim is looked for.
 */
export function recheckTextOf(document: vscode.TextDocument): RecheckText {
  return {
    slice: (start: number, end: number) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))),
    whole: () => timed('claims:getText', () => document.getText()),
  };
}

export function newClaimIdFor(sidecar: Sidecar): string {
  return newClaimId(new Set(sidecar.claims.map((claim) => claim.id)));
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

export function emptySidecar(sidecarUri: vscode.Uri): Sidecar {
  return { schema: SIDECAR_SCHEMA_VERSION, document: documentNameFor(sidecarUri.path) ?? '', offsets: 'utf-16', claims: [] };
}

export function refusal(documentUri: vscode.Uri, sidecarUri: vscode.Uri, action: string, problems: readonly SidecarProblem[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}, see Problems)` : '';
  return `Cannot ${action} ${displayName(documentUri)}: ${displayName(sidecarUri)} line ${first.line}: ${first.message}${more}. `
    + 'The file is left as it is; fix it and try again.';
}

/** Where a document's "Keep as Orphaned" answers are kept, with the anchor each claim had then. */
export function keptOrphanedKey(documentUri: vscode.Uri): string {
  return `policyAnnotator.keptOrphaned:${documentUri.toString()}`;
}
