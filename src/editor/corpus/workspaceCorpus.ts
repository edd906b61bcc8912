import * as vscode from 'vscode';
import { exportedClaimsOf, type CorpusDocument, type ExportedClaim } from '../../core/export/corpus';
import { parseSidecar } from '../../core/sidecar/parse';
import { SIDECAR_SUFFIX, type SidecarProblem } from '../../core/sidecar/types';
import { documentUriFor } from '../claims/sidecarFiles';
import { readTextFile } from '../util/textFiles';
import { openDocument } from '../claims/annotationEntry';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';
import type { Entity } from '../../core/entities/types';

/** An annotated document of the workspace, with where it is. */
export interface WorkspaceDocument extends CorpusDocument {
  readonly uri: vscode.Uri;
}

export interface WorkspaceClaims {
  readonly documents: readonly WorkspaceDocument[];
  /** Every claim, placed in its document's current text (the editor's text when it is open). */
  readonly claims: readonly ExportedClaim[];
  readonly unreadable: ReadonlyArray<{ readonly uri: vscode.Uri; readonly problems: readonly SidecarProblem[] }>;
  /** The document a claim's `document` path names. */
  uriOf(documentPath: string): vscode.Uri | undefined;
}

export type CorpusProgress = vscode.Progress<{ message?: string; increment?: number }>;

interface CachedDocument {
  readonly sidecarText: string;
  readonly text: string | undefined;
  readonly document: WorkspaceDocument;
  readonly claims: readonly ExportedClaim[];
}

/**
 * Every annotated document of the workspace and its claims, for the views and commands that work
 * across documents. Files are read afresh on each call (sidecars change on disk); placing claims
 * and finding their entities is cached per sidecar text and document text, and the work yields
 * between documents so the extension host stays responsive with hundreds of them.
 */
export class WorkspaceCorpus extends Disposable {
  private readonly cache = new Map<string, CachedDocument>();

  constructor(private readonly entities: DocumentEntities) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`, true, true, false));
    this._register(watcher.onDidDelete((uri) => this.cache.delete(documentUriFor(uri)?.toString() ?? '')));
    // Claims' names depend on the organisation lists.
    this._register(entities.onDidChangeBodies(() => this.cache.clear()));
  }

  /** The claims of the workspace, or of the documents under the folder `within`. */
  public async claims(progress?: CorpusProgress, token?: vscode.CancellationToken, within?: vscode.Uri): Promise<WorkspaceClaims> {
    const pattern = within ? new vscode.RelativePattern(within, `**/*${SIDECAR_SUFFIX}`) : `**/*${SIDECAR_SUFFIX}`;
    const sidecars = (await vscode.workspace.findFiles(pattern, '**/node_modules/**')).sort((a, b) => a.path.localeCompare(b.path));
    const documents: WorkspaceDocument[] = [];
    const claims: ExportedClaim[] = [];
    const unreadable: Array<{ uri: vscode.Uri; problems: readonly SidecarProblem[] }> = [];
    for (const [index, sidecarUri] of sidecars.entries()) {
      if (token?.isCancellationRequested) throw new vscode.CancellationError();
      progress?.report({ message: `${index + 1} of ${sidecars.length} documents`, increment: 100 / sidecars.length });
      const read = await this.read(sidecarUri);
      if (read === undefined) continue;
      if ('problems' in read) {
        unreadable.push({ uri: sidecarUri, problems: read.problems });
      } else {
        documents.push(read.document);
        claims.push(...read.claims);
      }
      // Let the extension host answer other requests between documents.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const byPath = new Map(documents.map((document) => [document.path, document.uri]));
    return { documents, claims, unreadable, uriOf: (documentPath) => byPath.get(documentPath) };
  }

  private async read(sidecarUri: vscode.Uri): Promise<CachedDocument | { problems: readonly SidecarProblem[] } | undefined> {
    const uri = documentUriFor(sidecarUri);
    const sidecarText = await readTextFile(sidecarUri);
    if (uri === undefined || sidecarText === undefined) return undefined;
    const open = openDocument(uri);
    const text = open ? open.getText() : await readTextFile(uri);
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.sidecarText === sidecarText && cached.text === text) return cached;
    const parsed = parseSidecar(sidecarText);
    if (!parsed.ok) {
      this.cache.delete(key);
      return { problems: parsed.problems };
    }
    const document: WorkspaceDocument = { uri, path: relativePath(uri), text, sidecar: parsed.sidecar };
    // The open document's entities are cached per version; a claim's source is a short text of its own.
    const findEntities = (scanned: string): readonly Entity[] => (scanned !== text ? this.entities.scanText(scanned) : open ? this.entities.get(open) : this.entities.scanText(scanned, uri));
    const entry = { sidecarText, text, document, claims: exportedClaimsOf(document, findEntities) };
    this.cache.set(key, entry);
    return entry;
  }
}

/** Workspace-relative, with the folder's name first in a multi-root workspace, so two folders' files stay apart. */
export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}
