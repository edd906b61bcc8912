import * as vscode from 'vscode';
import { compareWithBranch } from '../corpus/compareWithBranch';
import { CORPUS_COMMANDS } from '../corpus/commandIds';
import type { WorkspaceCorpus } from '../corpus/workspaceCorpus';
import { Disposable } from '../util/dispose';
import { logError } from '../util/log';
import { withProgressIfSlow } from '../util/progress';
import { registerCommand } from '../util/registerCommand';
import { explainRestrictedMode } from '../util/restrictedMode';
import { sidecarUriFor } from '../claims/sidecarFiles';
import { changedSidecarUris, compareSidecar, EMPTY_SIDE_SCHEME, SidecarComparison, UnreadableSidecarError } from './compareSidecar';
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
    // A revision may be given (as tests and keybindings do), else it is picked or typed.
    this._register(registerCommand('policyAnnotator.compareWithRef', (uri?: vscode.Uri, ref?: string) => this.compare(uri, ref === undefined ? pickRef : async () => ref)));
    this._register(vscode.workspace.registerTextDocumentContentProvider(EMPTY_SIDE_SCHEME, { provideTextDocumentContent: () => '' }));
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
    if (!(await repository.getCommit(ref).then(() => true, () => false))) {
      void vscode.window.showErrorMessage(`Policy Annotator: git knows no revision "${ref}" in ${vscode.workspace.asRelativePath(repository.rootUri)}.`);
      return undefined;
    }
    const comparisons: SidecarComparison[] = [];
    const unreadable: string[] = [];
    const compareEach = async (sidecars: readonly vscode.Uri[]) => {
      for (const sidecar of sidecars) {
        try {
          comparisons.push(await compareSidecar(repository, ref, sidecar));
        } catch (error) {
          if (!(error instanceof UnreadableSidecarError)) throw error;
          logError(`Comparing ${sidecar.fsPath} with ${ref}`, error);
          unreadable.push(error.message);
        }
      }
    };
    const nowhere = await withProgressIfSlow(vscode.ProgressLocation.Notification, `Comparing annotations with ${ref}…`, async () => {
      await compareEach(target ? [sidecarUriFor(target)] : await changedSidecarUris(repository, ref));
      // A file with no annotations on either side says nothing: compare the repository's sidecars instead.
      const noAnnotations = target !== undefined && unreadable.length === 0 && comparisons.every((comparison) => !comparison.existedBefore && !comparison.existsNow);
      if (noAnnotations) {
        comparisons.length = 0;
        await compareEach(await changedSidecarUris(repository, ref));
      }
      return noAnnotations;
    });
    const scope = target && !nowhere ? ` in ${vscode.workspace.asRelativePath(sidecarUriFor(target))}` : '';
    const changed = comparisons.filter((comparison) => comparison.changes.length > 0);
    if (unreadable.length > 0) {
      // The unreadable side is named, and nothing is claimed about it.
      const others = comparisons.length > 0 && changed.length === 0 ? ` No annotation changes in the other ${comparisons.length === 1 ? 'sidecar' : `${comparisons.length} sidecars`}.` : '';
      void vscode.window.showErrorMessage(`Policy Annotator: cannot compare ${unreadable.join('; ')}.${others}`);
    } else if (changed.length === 0) {
      void vscode.window.showInformationMessage(`No annotation changes between ${ref} and the working tree${scope}.`);
    }
    if (changed.length > 0) {
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
  return pickOrType(items);
}

/** A quick pick of revisions that also takes any revision typed into it (HEAD~1, a commit hash). */
function pickOrType(known: readonly vscode.QuickPickItem[]): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = 'Compare annotations with';
  pick.placeholder = 'A branch, tag or HEAD, or type any revision (HEAD~1, a commit hash)';
  pick.items = known;
  pick.onDidChangeValue((value) => {
    const typed = value.trim();
    pick.items = typed && !known.some((item) => item.label === typed) ? [{ label: typed, description: 'the revision typed' }, ...known] : known;
  });
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined));
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

export function registerReviewFeatures(context: vscode.ExtensionContext, corpus: WorkspaceCorpus): vscode.Disposable {
  return new ReviewFeatures(context.extensionUri, corpus);
}
