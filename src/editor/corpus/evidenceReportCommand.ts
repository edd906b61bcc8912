import * as vscode from 'vscode';
import { evidenceReport, type ReportGrouping } from '../../core/corpus/evidenceReport';
import { WorkspaceCorpus } from './workspaceCorpus';
import { relativeLink } from './relativeLink';

/** Writes the Markdown evidence report (asking how to group it and where, unless given) and opens it. */
export async function writeEvidenceReport(corpus: WorkspaceCorpus, givenGrouping?: ReportGrouping, givenTarget?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const by = givenGrouping ?? (await vscode.window.showQuickPick(
    [{ label: 'By tag', by: 'tag' as const }, { label: 'By source', description: 'whom each claim is attributed to', by: 'source' as const }],
    { title: 'Evidence report', placeHolder: 'Group the claims' },
  ))?.by;
  if (by === undefined) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = givenTarget ?? await vscode.window.showSaveDialog({
    title: 'Write evidence report',
    defaultUri: folder && vscode.Uri.joinPath(folder, `evidence-by-${by}.md`),
    filters: { Markdown: ['md'] },
  });
  if (target === undefined) return undefined;
  const written = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Writing the evidence report', cancellable: true },
    async (progress, token) => {
      const workspace = await corpus.claims(progress, token);
      const report = evidenceReport(workspace.claims, by, (documentPath, line) => {
        const uri = workspace.uriOf(documentPath);
        return `${uri ? relativeLink(target, uri) : encodeURI(documentPath)}${line === undefined ? '' : `#L${line}`}`;
      }, `Evidence report: ${vscode.workspace.name ?? 'workspace'}`);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report));
      return true;
    },
  ).then(undefined, (error: unknown) => {
    if (error instanceof vscode.CancellationError) return false;
    throw error;
  });
  if (!written) return undefined;
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
