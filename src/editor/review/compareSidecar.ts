import * as vscode from 'vscode';
import { logHandled } from '../util/log';
import { ClaimChange, diffSidecars } from '../../core/review/diffSidecars';
import { parseSidecar } from '../../core/sidecar/parse';
import { documentPathFor, isSidecarPath } from '../../core/sidecar/paths';
import { Sidecar } from '../../core/sidecar/types';
import { readTextFile } from '../util/textFiles';
import { Change, Repository, Status } from './gitApi';

/** How one sidecar's annotations changed between a git revision and the working tree. */
export interface SidecarComparison {
  readonly sidecarUri: vscode.Uri;
  readonly documentUri: vscode.Uri;
  /** The sidecar's path from the repository's root, as git names it. */
  readonly path: string;
  readonly ref: string;
  /** The sidecar was in the revision (else the diff editor shows an empty file on that side). */
  readonly existedBefore: boolean;
  /** The sidecar is in the working tree. */
  readonly existsNow: boolean;
  readonly changes: readonly ClaimChange[];
}

/** A sidecar that cannot be read as annotations, with the first problem's place in a message. */
export class UnreadableSidecarError extends Error {}

/** A read-only empty file standing for a side where the sidecar does not exist, for the diff editor. */
export const EMPTY_SIDE_SCHEME = 'policy-annotator-empty';

export function emptySideUri(sidecarUri: vscode.Uri, side: string): vscode.Uri {
  return vscode.Uri.from({ scheme: EMPTY_SIDE_SCHEME, path: sidecarUri.path, query: side });
}

export async function compareSidecar(repository: Repository, ref: string, sidecarUri: vscode.Uri): Promise<SidecarComparison> {
  const root = repository.rootUri.path.replace(/\/$/, '');
  const relative = sidecarUri.path.startsWith(`${root}/`) ? sidecarUri.path.slice(root.length + 1) : vscode.workspace.asRelativePath(sidecarUri, false);
  // The revision is known to exist (see resolveRevision), so `show` rejects only when the file is not in it.
  const beforeText = await repository.show(ref, sidecarUri.fsPath).then((text) => text, (error: unknown) => {
    logHandled(`${relative} is taken as absent at ${ref}`, error);
    return undefined;
  });
  const afterText = await readTextFile(sidecarUri);
  const before = beforeText === undefined ? undefined : read(beforeText, `${relative} (at ${ref})`);
  const after = afterText === undefined ? undefined : read(afterText, relative);
  return {
    sidecarUri,
    documentUri: sidecarUri.with({ path: documentPathFor(sidecarUri.path) ?? sidecarUri.path }),
    path: relative,
    ref,
    existedBefore: beforeText !== undefined,
    existsNow: afterText !== undefined,
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

function read(text: string, shownPath: string): Sidecar {
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problems)` : '';
    throw new UnreadableSidecarError(`${shownPath}:${first.line}:${first.column}: ${first.message}${more}`);
  }
  return parsed.sidecar;
}
