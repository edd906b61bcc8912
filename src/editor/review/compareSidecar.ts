import * as vscode from 'vscode';
import { logHandled } from '../util/log';
import { ClaimChange, diffSidecars } from '../../core/review/diffSidecars';
import { parseSidecar } from '../../core/sidecar/parse';
import { documentPathFor, isSidecarPath, sidecarPathFor } from '../../core/sidecar/paths';
import { Sidecar } from '../../core/sidecar/types';
import { Change, Repository, Status } from './gitApi';

/** How one sidecar's annotations changed between a git revision and the working tree. */
export interface SidecarComparison {
  readonly sidecarUri: vscode.Uri;
  readonly documentUri: vscode.Uri;
  /** The sidecar's path from the repository's root, as git names it. */
  readonly path: string;
  readonly ref: string;
  readonly changes: readonly ClaimChange[];
}

/** A sidecar that cannot be read as annotations, with the first problem's place in a message. */
export class UnreadableSidecarError extends Error {}

/** The sidecar of `uri`: the file itself when it is one, else the one beside the document. */
export function sidecarUriFor(uri: vscode.Uri): vscode.Uri {
  return isSidecarPath(uri.path) ? uri : uri.with({ path: sidecarPathFor(uri.path) });
}

export async function compareSidecar(repository: Repository, ref: string, sidecarUri: vscode.Uri): Promise<SidecarComparison> {
  const root = repository.rootUri.path.replace(/\/$/, '');
  const relative = sidecarUri.path.startsWith(`${root}/`) ? sidecarUri.path.slice(root.length + 1) : vscode.workspace.asRelativePath(sidecarUri, false);
  // `show` rejects when the file is not in that revision: a sidecar added since has nothing before.
  const before = await repository.show(ref, sidecarUri.fsPath).then((text) => read(text, `${relative} (at ${ref})`), (error: unknown) => {
    logHandled(`${relative} is taken as absent at ${ref}`, error);
    return undefined;
  });
  const after = await readWorkingFile(sidecarUri, relative);
  return {
    sidecarUri,
    documentUri: sidecarUri.with({ path: documentPathFor(sidecarUri.path) ?? sidecarUri.path }),
    path: relative,
    ref,
    changes: diffSidecars(before, after),
  };
}

/** The sidecars that differ between `ref` and the working tree, untracked ones included. */
export async function changedSidecarUris(repository: Repository, ref: string): Promise<vscode.Uri[]> {
  const untracked = repository.state.untrackedChanges ?? repository.state.workingTreeChanges.filter((change) => change.status === Status.Untracked);
  const changes: Change[] = [...(await repository.diffWith(ref)), ...untracked];
  const unique = new Map(changes.filter((change) => isSidecarPath(change.uri.path)).map((change) => [change.uri.toString(), change.uri]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}

async function readWorkingFile(uri: vscode.Uri, shownPath: string): Promise<Sidecar | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
  return read(new TextDecoder().decode(bytes), shownPath);
}

function read(text: string, shownPath: string): Sidecar {
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problems)` : '';
    throw new UnreadableSidecarError(`${shownPath}:${first.line}:${first.column}: ${first.message}${more}`);
  }
  return parsed.sidecar;
}
