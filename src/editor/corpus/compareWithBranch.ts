import * as vscode from 'vscode';
import { compareAnnotations, type AgreementReport } from '../../core/agreement/agreement';
import { formatAgreement } from '../../core/agreement/formatAgreement';
import type { CorpusDocument } from '../../core/export/corpus';
import { parseSidecar } from '../../core/sidecar/parse';
import { documentUriFor, sidecarUriFor } from '../claims/sidecarFiles';
import { changedSidecarUris } from '../review/compareSidecar';
import { loadGitApi, Repository, repositoryFor } from '../review/gitApi';
import { relativePath, WorkspaceCorpus } from './workspaceCorpus';

/**
 * Compares the annotations in the working tree (A) with a branch's (B), as `policy-annotator agree`
 * does, and shows the report beside the editor: those of the workspace, or of the documents under
 * `givenFolder`. Resolves to the report, for tests.
 */
export async function compareWithBranch(corpus: WorkspaceCorpus, chooseRef: (repository: Repository) => Promise<string | undefined>, givenRef?: string, givenFolder?: vscode.Uri): Promise<AgreementReport | undefined> {
  const folder = givenFolder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const git = await loadGitApi();
  const repository = git && folder ? await repositoryFor(git, folder) : undefined;
  if (!repository || !folder) {
    void vscode.window.showErrorMessage('Policy Annotator: comparing annotations with a branch needs the workspace in a git repository and the built-in Git extension.');
    return undefined;
  }
  const ref = givenRef ?? (await chooseRef(repository));
  if (ref === undefined) return undefined;
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Comparing annotations with ${ref}`, cancellable: true }, async (progress, token) => {
    const workspace = await corpus.claims(progress, token, givenFolder);
    const theirs = await documentsAt(repository, ref, folder, workspace.documents.map((document) => document.uri));
    if (theirs.unreadable.length > 0) {
      void vscode.window.showWarningMessage(`Policy Annotator: left out annotations that cannot be read at ${ref}: ${theirs.unreadable.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ')}`);
    }
    return compareAnnotations(workspace.documents, theirs.documents);
  });
  const text = formatAgreement(report, 'working tree', ref);
  const document = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return report;
}

/** The annotated documents under `folder` at `ref`: those of the working tree and those whose sidecar differs there (added on that branch). */
async function documentsAt(repository: Repository, ref: string, folder: vscode.Uri, workspaceDocuments: readonly vscode.Uri[]): Promise<{ documents: CorpusDocument[]; unreadable: vscode.Uri[] }> {
  const under = `${folder.path.replace(/\/$/, '')}/`;
  const changed = (await changedSidecarUris(repository, ref)).filter((uri) => uri.path.startsWith(under));
  const documentUris = new Map([...workspaceDocuments, ...changed.flatMap((uri) => documentUriFor(uri) ?? [])].map((uri) => [uri.toString(), uri]));
  const documents: CorpusDocument[] = [];
  const unreadable: vscode.Uri[] = [];
  for (const uri of documentUris.values()) {
    const sidecarText = await repository.show(ref, sidecarUriFor(uri).fsPath).catch(() => undefined);
    const parsed = sidecarText === undefined ? undefined : parseSidecar(sidecarText);
    if (parsed?.ok === false) unreadable.push(uri);
    if (!parsed?.ok) continue;
    const text = await repository.show(ref, uri.fsPath).catch(() => undefined);
    documents.push({ path: relativePath(uri), text: text?.replace(/^\ufeff/, ''), sidecar: parsed.sidecar });
  }
  return { documents, unreadable };
}
