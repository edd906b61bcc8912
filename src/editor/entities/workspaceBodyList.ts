import * as vscode from 'vscode';
import { readTextFileToRewrite } from '../util/textFiles';
import { parseBodyList } from '../../core/entities/bodyList';
import type { Exclusion } from '../../core/entities/bodyListSchema';
import { excludedTextsFor } from '../../core/entities/exclusions';
import type { NamedBodyEntry } from '../../core/entities/types';
import { onDidChangeConfig, readConfig } from '../config';
import { Disposable } from '../util/dispose';
import { messageOf } from '../../core/util/messageOf';
import { logError, logHandled } from '../util/log';
import { placeOf } from '../scope/documentScope';
import { explainRestrictedMode } from '../util/restrictedMode';

/**
 * The organisations listed in the workspace's own file (`policyAnnotator.organisations.file`, in
 * every workspace folder), and the texts it says are not entities, watched for changes. Problems
 * in the file become diagnostics at their line; the file is not read until the workspace is trusted.
 */
export class WorkspaceBodyList extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after the entries were read again and differ from before. */
  public readonly onDidChange = this.changeEmitter.event;

  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('policyAnnotator.organisations'));
  private watchers: vscode.Disposable[] = [];
  private currentEntries: readonly NamedBodyEntry[] = [];
  /** Each folder's exclusions, whose document paths are relative to that folder. */
  private currentExclusions = new Map<string, readonly Exclusion[]>();
  /** Counts reloads so a slow read that a newer one overtook is dropped. */
  private reloads = 0;
  private saidIgnored = false;

  constructor() {
    super();
    this._register(onDidChangeConfig(() => this.watchAndReload(), 'organisations.file'));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchAndReload()));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.watchAndReload()));
    this._register({ dispose: () => this.watchers.forEach((watcher) => watcher.dispose()) });
    this.watchAndReload();
  }

  public get entries(): readonly NamedBodyEntry[] {
    return this.currentEntries;
  }

  /** The texts that are not entities in the document at `uri`: its folder's exclusions for everywhere and for it. */
  public excludedIn(uri: vscode.Uri): ReadonlySet<string> {
    const { folder, path } = placeOf(uri);
    const exclusions = folder && this.currentExclusions.get(folder.uri.toString());
    return exclusions ? excludedTextsFor(exclusions, path) : NO_EXCLUSIONS;
  }

  /** Reads the files again now, rather than when the file watcher reports a change. */
  public reloadNow(): Promise<void> {
    return this.reload();
  }

  private watchAndReload(): void {
    this.watchers.forEach((watcher) => watcher.dispose());
    this.watchers = [];
    const file = readConfig().organisations.file;
    if (vscode.workspace.isTrusted && file) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, file));
        this.watchers.push(
          watcher,
          watcher.onDidCreate(() => void this.reload()),
          watcher.onDidChange(() => void this.reload()),
          watcher.onDidDelete(() => void this.reload()),
        );
      }
    }
    void this.reload();
    void this.explainIfIgnored(file);
  }

  /** In Restricted Mode the file is not read: said once, when there is such a file to ignore. */
  private async explainIfIgnored(file: string): Promise<void> {
    if (vscode.workspace.isTrusted || !file || this.saidIgnored) return;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, file);
      const present = await vscode.workspace.fs.stat(uri).then(() => true, (error: unknown) => {
        logHandled(`No organisation list at ${uri.fsPath}`, error);
        return false;
      });
      if (present && !this.saidIgnored) {
        this.saidIgnored = true;
        explainRestrictedMode(`Policy Annotator ignores ${vscode.workspace.asRelativePath(uri)} in Restricted Mode: a workspace's own organisation list is read only once you trust the folder.`);
        return;
      }
    }
  }

  private async reload(): Promise<void> {
    const reload = ++this.reloads;
    const file = readConfig().organisations.file;
    const folders = vscode.workspace.isTrusted && file ? vscode.workspace.workspaceFolders ?? [] : [];
    const lists = await Promise.all(folders.map((folder) => readList(vscode.Uri.joinPath(folder.uri, file))));
    if (reload !== this.reloads || this.isDisposed) {
      return;
    }
    this.diagnostics.clear();
    for (const list of lists) {
      if (list.diagnostics.length > 0) {
        this.diagnostics.set(list.uri, list.diagnostics);
      }
    }
    const entries = lists.flatMap((list) => list.entries);
    const exclusions = new Map(folders.map((folder, index) => [folder.uri.toString(), lists[index].exclusions]));
    if (JSON.stringify(entries) !== JSON.stringify(this.currentEntries) || JSON.stringify([...exclusions]) !== JSON.stringify([...this.currentExclusions])) {
      this.currentEntries = entries;
      this.currentExclusions = exclusions;
      this.changeEmitter.fire();
    }
  }
}

const NO_EXCLUSIONS: ReadonlySet<string> = new Set();

interface ReadList {
  readonly uri: vscode.Uri;
  readonly entries: readonly NamedBodyEntry[];
  readonly exclusions: readonly Exclusion[];
  readonly diagnostics: vscode.Diagnostic[];
}

/** A missing file is an empty list: the setting has a default that most workspaces never create. */
async function readList(uri: vscode.Uri): Promise<ReadList> {
  let text: string | undefined;
  try {
    text = await readTextFileToRewrite(uri);
  } catch (error) {
    logError(`Reading the organisation list ${uri.fsPath}`, error);
    const message = `Cannot read the organisation list: ${messageOf(error)}`;
    return { uri, entries: [], exclusions: [], diagnostics: [problemAt(1, 1, message)] };
  }
  if (text === undefined) return { uri, entries: [], exclusions: [], diagnostics: [] };
  const { entries, exclusions, problems } = parseBodyList(text, vscode.workspace.asRelativePath(uri));
  return { uri, entries, exclusions, diagnostics: problems.map((problem) => problemAt(problem.line, problem.column, problem.message)) };
}

/** `line` and `column` count from 1, as in the messages people read. */
function problemAt(line: number, column: number, message: string): vscode.Diagnostic {
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Policy Annotator';
  return diagnostic;
}
