import * as vscode from 'vscode';
import { decideScope, ScopeDecision, ScopeSettings } from '../../core/scope/documentScope';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';
import { onDidChangeConfig, readConfig } from '../config';
import { SERVED_LANGUAGES } from '../languages';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { sidecarUriFor } from '../claims/sidecarFiles';

/** A workspace folder holding this folder (or any sidecar) has opted in to text and Markdown. */
export const OPT_IN_FOLDER = '.policy-annotator';

/**
 * Which documents the extension serves (`decideScope` over `policyAnnotator.include` / `.exclude`
 * and whether the workspace opted in). Whether a workspace folder opted in is looked up once and
 * again when sidecars or the opt-in folder come or go; until then text and Markdown are left
 * alone, and `onDidChange` fires when the answer arrives.
 */
export class DocumentScope extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires when any document may have come into or gone out of scope. */
  public readonly onDidChange = this.changeEmitter.event;
  /** Per workspace folder, and per document outside one: opted in or not, once known. */
  private readonly optedInByKey = new Map<string, boolean>();
  /** Look-ups under way, by the same keys. */
  private readonly lookups = new Map<string, Promise<void>>();
  /** include / exclude per workspace folder ('' outside one): every provider asks on every call, settings change rarely. */
  private readonly settingsByFolder = new Map<string, ScopeSettings>();

  constructor() {
    super();
    const settingsChanged = (): void => {
      this.settingsByFolder.clear();
      this.changeEmitter.fire();
    };
    this._register(onDidChangeConfig(settingsChanged, 'include'));
    this._register(onDidChangeConfig(settingsChanged, 'exclude'));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`{**/*${SIDECAR_SUFFIX},**/${OPT_IN_FOLDER}}`, false, true, false));
    this._register(watcher.onDidCreate(() => this.lookAgain()));
    this._register(watcher.onDidDelete(() => this.lookAgain()));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      this.settingsByFolder.clear();
      this.lookAgain();
    }));
    // Asked now, so the first documents shown need not wait for the answer.
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      void this.lookUp(folder.uri.toString(), folder, folder.uri);
    }
  }

  public includes(document: vscode.TextDocument): boolean {
    return this.decide(document).inScope;
  }

  /** The decision for a document, and why. */
  public decide(document: vscode.TextDocument): ScopeDecision {
    const place = placeOf(document.uri);
    const key = place.folder?.uri.toString() ?? document.uri.toString();
    if ((SERVED_LANGUAGES as readonly string[]).includes(document.languageId) && !this.optedInByKey.has(key)) {
      void this.lookUp(key, place.folder, document.uri);
    }
    return decideScope({ languageId: document.languageId, path: place.path, optedIn: this.optedInByKey.get(key) ?? false }, this.settingsFor(place.folder, document.uri));
  }

  private settingsFor(folder: vscode.WorkspaceFolder | undefined, uri: vscode.Uri): ScopeSettings {
    const key = folder?.uri.toString() ?? '';
    let settings = this.settingsByFolder.get(key);
    if (!settings) {
      settings = readConfig(folder?.uri ?? uri).scope;
      this.settingsByFolder.set(key, settings);
    }
    return settings;
  }

  /** Whether the workspace folder holding `uri` opted in (for a file outside one: whether it has a sidecar). */
  public async optedIn(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? uri.toString();
    const known = this.optedInByKey.get(key);
    if (known !== undefined && this.lookups.get(key) === undefined) return known;
    await (this.lookups.get(key) ?? this.lookUp(key, folder, uri));
    return this.optedInByKey.get(key) ?? false;
  }

  private lookAgain(): void {
    // Each known answer is looked up again; the change event fires for those that changed.
    for (const key of [...this.optedInByKey.keys()]) {
      const uri = vscode.Uri.parse(key);
      void this.lookUp(key, vscode.workspace.getWorkspaceFolder(uri), uri);
    }
  }

  /** Until it settles the key counts as not opted in; the change event tells when it turns out otherwise. */
  private lookUp(key: string, folder: vscode.WorkspaceFolder | undefined, documentUri: vscode.Uri): Promise<void> {
    this.optedInByKey.set(key, this.optedInByKey.get(key) ?? false);
    const answer = (folder ? folderOptedIn(folder) : exists(sidecarUriFor(documentUri))).catch((error: unknown) => {
      logError(`Looking for annotations in ${(folder?.uri ?? documentUri).fsPath}`, error);
      return false;
    });
    const lookup = answer.then((optedIn) => {
      this.lookups.delete(key);
      if (this.isDisposed || this.optedInByKey.get(key) === optedIn) return;
      this.optedInByKey.set(key, optedIn);
      this.changeEmitter.fire();
    });
    this.lookups.set(key, lookup);
    return lookup;
  }
}

/** Where a document sits: its workspace folder and its path there, or its absolute path outside one. Forward slashes. */
export function placeOf(uri: vscode.Uri): { folder: vscode.WorkspaceFolder | undefined; path: string } {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return { folder, path: uri.path };
  const root = folder.uri.path.replace(/\/$/, '');
  return { folder, path: uri.path.startsWith(`${root}/`) ? uri.path.slice(root.length + 1) : uri.path };
}

async function folderOptedIn(folder: vscode.WorkspaceFolder): Promise<boolean> {
  if (await exists(vscode.Uri.joinPath(folder.uri, OPT_IN_FOLDER))) return true;
  const sidecars = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/*${SIDECAR_SUFFIX}`), '**/node_modules/**', 1);
  return sidecars.length > 0;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, (error: unknown) => {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) logError(`Looking for ${uri.fsPath}`, error);
    return false;
  });
}
