import * as vscode from 'vscode';
import { readTextFile } from '../util/textFiles';
import { parseBodyList } from '../../core/entities/bodyList';
import type { NamedBodyEntry } from '../../core/entities/types';
import { onDidChangeConfig, readConfig } from '../config';
import { Disposable } from '../util/dispose';

/**
 * The organisations listed in the workspace's own file (`policyAnnotator.organisations.file`, in
 * every workspace folder), watched for changes. Problems in the file become diagnostics at their
 * line; the file is not read until the workspace is trusted.
 */
export class WorkspaceBodyList extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after the entries were read again and differ from before. */
  public readonly onDidChange = this.changeEmitter.event;

  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('policyAnnotator.organisations'));
  private watchers: vscode.Disposable[] = [];
  private currentEntries: readonly NamedBodyEntry[] = [];
  /** Counts reloads so a slow read that a newer one overtook is dropped. */
  private reloads = 0;

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
    if (JSON.stringify(entries) !== JSON.stringify(this.currentEntries)) {
      this.currentEntries = entries;
      this.changeEmitter.fire();
    }
  }
}

interface ReadList {
  readonly uri: vscode.Uri;
  readonly entries: readonly NamedBodyEntry[];
  readonly diagnostics: vscode.Diagnostic[];
}

/** A missing file is an empty list: the setting has a default that most workspaces never create. */
async function readList(uri: vscode.Uri): Promise<ReadList> {
  let text: string | undefined;
  try {
    text = await readTextFile(uri);
  } catch (error) {
    const message = `Cannot read the organisation list: ${error instanceof Error ? error.message : String(error)}`;
    return { uri, entries: [], diagnostics: [problemAt(1, 1, message)] };
  }
  if (text === undefined) return { uri, entries: [], diagnostics: [] };
  const { entries, problems } = parseBodyList(text, vscode.workspace.asRelativePath(uri));
  return { uri, entries, diagnostics: problems.map((problem) => problemAt(problem.line, problem.column, problem.message)) };
}

/** `line` and `column` count from 1, as in the messages people read. */
function problemAt(line: number, column: number, message: string): vscode.Diagnostic {
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Policy Annotator';
  return diagnostic;
}
