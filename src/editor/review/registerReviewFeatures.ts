import * as vscode from 'vscode';
import { compareWithBranch } from '../corpus/compareWithBranch';
import { CORPUS_COMMANDS } from '../corpus/commandIds';
import type { WorkspaceCorpus } from '../corpus/workspaceCorpus';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { withProgressIfSlow } from '../util/progress';
import { registerCommand } from '../util/registerCommand';
import { explainRestrictedMode } from '../util/restrictedMode';
import { changedSidecarUris, compareSidecar, SidecarComparison, sidecarUriFor, UnreadableSidecarError } from './compareSidecar';
import { showChangesQuickPick } from './changesQuickPick';
import { GitApi, loadGitApi, Ref, RefType, Repository, repositoryFor } from './gitApi';
import { bundledOrInstalledCli, setUpMergeDriver } from './setUpMergeDriver';

const NO_GIT = 'Policy Annotator: comparing annotations needs the built-in Git extension, which is disabled or not installed.';

/** Review in git: compare annotations with a revision or a branch, and set up the merge driver. */
class ReviewFeatures extends Disposable {
  constructor(private readonly extensionUri: vscode.Uri, corpus: WorkspaceCorpus) {
    super();
    this._register(registerCommand(CORPUS_COMMANDS.compareWithBranch, (ref?: string, folder?: vscode.Uri) => compareWithBranch(corpus, pickRef, ref, folder)));
    this._register(registerCommand('policyAnnotator.compareWithHead', (uri?: vscode.Uri) => this.compare(uri, async () => 'HEAD')));
    this._register(registerCommand('policyAnnotator.compareWithRef', (uri?: vscode.Uri) => this.compare(uri, pickRef)));
    this._register(registerCommand('policyAnnotator.setUpMergeDriver', (uri?: vscode.Uri, cli?: string) => this.setUpMergeDriver(uri, cli)));
  }

  /**
   * Compares the sidecar of `uri` (or of the active editor's document; with neither, every changed
   * sidecar in the repository) with a revision, and shows the changes. Returns them, for tests.
   */
  private async compare(uri: vscode.Uri | undefined, chooseRef: (repository: Repository) => Promise<string | undefined>): Promise<SidecarComparison[] | undefined> {
    const target = uri ?? activeFile();
    const found = await findRepository(target);
    if (!found) {
      return undefined;
    }
    const { git, repository } = found;
    const ref = await chooseRef(repository);
    if (ref === undefined) {
      return undefined;
    }
    const comparisons = await withProgressIfSlow(vscode.ProgressLocation.Notification, `Comparing annotations with ${ref}…`, () => compareAll(repository, ref, target));
    const changed = comparisons.filter((comparison) => comparison.changes.length > 0);
    if (changed.length === 0) {
      void vscode.window.showInformationMessage(`No annotation changes between ${ref} and the working tree${target ? ` in ${vscode.workspace.asRelativePath(sidecarUriFor(target))}` : ''}.`);
    } else {
      showChangesQuickPick(changed, git, `Annotations: ${ref} ↔ working tree`);
    }
    return comparisons;
  }

  /** Sets up the driver in the repository of `uri` (else the active document's, else the workspace's); `cli` skips the question. */
  private async setUpMergeDriver(uri: vscode.Uri | undefined, givenCli: string | undefined): Promise<string | undefined> {
    const found = await findRepository(uri ?? activeFile() ?? vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!found) {
      return undefined;
    }
    const cli = givenCli ?? bundledOrInstalledCli(this.extensionUri).command;
    const message = await setUpMergeDriver(found.repository, cli);
    void vscode.window.showInformationMessage(message);
    return message;
  }
}

async function compareAll(repository: Repository, ref: string, target: vscode.Uri | undefined): Promise<SidecarComparison[]> {
  const sidecars = target ? [sidecarUriFor(target)] : await changedSidecarUris(repository, ref);
  const comparisons: SidecarComparison[] = [];
  for (const sidecar of sidecars) {
    try {
      comparisons.push(await compareSidecar(repository, ref, sidecar));
    } catch (error) {
      if (!(error instanceof UnreadableSidecarError)) {
        throw error;
      }
      logError(`Comparing ${sidecar.fsPath} with ${ref}`, error);
      void vscode.window.showErrorMessage(`Policy Annotator: cannot compare ${error.message}`);
    }
  }
  return comparisons;
}

/** The active editor's file on disk; not an untitled document or a revision shown in a diff editor. */
function activeFile(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === 'file' ? uri : undefined;
}

/** The git API and the repository holding `uri` (without one: the workspace's, asking which if several); tells the user when there is none. */
async function findRepository(uri: vscode.Uri | undefined): Promise<{ git: GitApi; repository: Repository } | undefined> {
  if (!vscode.workspace.isTrusted) {
    // VS Code turns the git extension off in Restricted Mode: that, not a missing extension, is the cause.
    explainRestrictedMode('Policy Annotator compares and merges annotations through the built-in Git extension, which VS Code turns off in Restricted Mode. Trust this folder to use it.');
    return undefined;
  }
  const git = await loadGitApi();
  if (!git) {
    void vscode.window.showErrorMessage(NO_GIT);
    return undefined;
  }
  if (!uri && git.repositories.length > 1) {
    const items = git.repositories.map((repository) => ({ label: vscode.workspace.asRelativePath(repository.rootUri), repository }));
    const choice = await vscode.window.showQuickPick(items, { title: 'Which repository?' });
    return choice && { git, repository: choice.repository };
  }
  const repository = uri ? await repositoryFor(git, uri) : git.repositories[0];
  if (!repository) {
    const where = uri ? vscode.workspace.asRelativePath(uri) : 'this workspace';
    void vscode.window.showErrorMessage(`Policy Annotator: ${where} is not in a git repository (open a file in one first).`);
  }
  return repository ? { git, repository } : undefined;
}

/** Asks which branch, tag or HEAD to compare with. */
export async function pickRef(repository: Repository): Promise<string | undefined> {
  const refs: Ref[] = repository.getRefs ? await repository.getRefs({ sort: 'committerdate' }) : repository.state.refs;
  const kinds: Record<RefType, string> = { [RefType.Head]: 'branch', [RefType.RemoteHead]: 'remote branch', [RefType.Tag]: 'tag' };
  const items = [
    { label: 'HEAD', description: repository.state.HEAD?.name ? `currently ${repository.state.HEAD.name}` : 'the current commit' },
    ...refs.filter((ref) => ref.name).map((ref) => ({ label: ref.name as string, description: `${kinds[ref.type]} ${ref.commit?.slice(0, 8) ?? ''}`.trim() })),
  ];
  const choice = await vscode.window.showQuickPick(items, { title: 'Compare annotations with', placeHolder: 'A branch, tag or HEAD' });
  return choice?.label;
}

export function registerReviewFeatures(context: vscode.ExtensionContext, corpus: WorkspaceCorpus): vscode.Disposable {
  return new ReviewFeatures(context.extensionUri, corpus);
}
