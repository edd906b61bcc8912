import * as vscode from 'vscode';
import { logHandled } from '../util/log';

// The parts of the built-in git extension's API (extensions/git/src/api/git.d.ts, version 1)
// that the review commands use; the full typings are not published as a package.

export const enum RefType {
  Head = 0,
  RemoteHead = 1,
  Tag = 2,
}

export interface Ref {
  readonly type: RefType;
  readonly name?: string;
  readonly commit?: string;
}

export const enum Status {
  Untracked = 7,
}

export interface Change {
  readonly uri: vscode.Uri;
  readonly status: number;
}

export interface RepositoryState {
  readonly HEAD: Ref | undefined;
  readonly refs: Ref[];
  readonly workingTreeChanges: Change[];
  readonly untrackedChanges?: Change[];
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: RepositoryState;
  /** The file's content at `ref`; `path` is absolute. Rejects when the file is not there. */
  show(ref: string, path: string): Promise<string>;
  /** What differs between `ref` and the working tree (tracked files). */
  diffWith(ref: string): Promise<Change[]>;
  setConfig(key: string, value: string): Promise<string>;
  /** The commit `ref` names (any revision git understands: HEAD~1, a hash, a tag); rejects when there is none. */
  getCommit(ref: string): Promise<{ readonly hash: string }>;
  /** Newer git extensions load refs on demand; older ones fill `state.refs`. */
  getRefs?(query: { sort?: 'alphabetically' | 'committerdate' }): Promise<Ref[]>;
}

export interface GitApi {
  readonly repositories: Repository[];
  getRepository(uri: vscode.Uri): Repository | null;
  openRepository?(root: vscode.Uri): Promise<Repository | null>;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** The built-in git extension's API, or undefined when it is missing or disabled (`git.enabled`). */
export async function loadGitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) {
    return undefined;
  }
  const exports = extension.isActive ? extension.exports : await extension.activate();
  return exports.enabled ? exports.getAPI(1) : undefined;
}

/** The repository holding `uri` (a file or folder), opening it if git has not discovered it (a folder outside the workspace). */
export async function repositoryFor(api: GitApi, uri: vscode.Uri): Promise<Repository | undefined> {
  const known = api.getRepository(uri);
  if (known) {
    return known;
  }
  const type = await vscode.workspace.fs.stat(uri).then((stat) => stat.type, (error: unknown) => {
    logHandled(`${uri.fsPath} cannot be read, so it is taken as a file`, error);
    return vscode.FileType.Unknown;
  });
  const folder = type & vscode.FileType.Directory ? uri : vscode.Uri.joinPath(uri, '..');
  return (await api.openRepository?.(folder)) ?? undefined;
}
