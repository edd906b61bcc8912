import * as vscode from 'vscode';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, renderExport, type ExportFormat } from '../../core/export/renderExport';
import { readConfig } from '../config';
import { WorkspaceCorpus } from './workspaceCorpus';

/**
 * Exports every claim of the workspace: asks for the format and the file (unless given, as tests
 * do), works under a cancellable progress notification, and says what it wrote and what it left out.
 */
export async function exportClaims(corpus: WorkspaceCorpus, givenFormat?: ExportFormat, givenTarget?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const format = givenFormat ?? (await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((id) => ({ label: id, description: EXPORT_FORMAT_INFO[id].label, id })),
    { title: 'Export annotations as', placeHolder: 'The format of the file to write' },
  ))?.id;
  if (format === undefined) return undefined;
  const { extension, label } = EXPORT_FORMAT_INFO[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = givenTarget ?? await vscode.window.showSaveDialog({
    title: 'Export annotations',
    defaultUri: folder && vscode.Uri.joinPath(folder, `annotations.${extension}`),
    filters: { [label]: [extension] },
    saveLabel: 'Export',
  });
  if (target === undefined) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting annotations as ${format}`, cancellable: true },
    async (progress, token) => {
      const workspace = await corpus.claims(progress, token);
      const rendered = await renderExport(format, workspace.documents, workspace.claims, {
        vocabulary: readConfig().tags.vocabulary,
        name: vscode.workspace.name ?? 'Policy annotations',
      });
      const bytes = typeof rendered.content === 'string' ? new TextEncoder().encode(rendered.content) : rendered.content;
      await vscode.workspace.fs.writeFile(target, bytes);
      return { claims: workspace.claims.length - rendered.skipped.length, skipped: rendered.skipped.length, unreadable: workspace.unreadable.length };
    },
  ).then(undefined, (error: unknown) => {
    if (error instanceof vscode.CancellationError) return undefined;
    throw error;
  });
  if (result === undefined) return undefined;
  const notes = [
    ...(result.skipped > 0 ? [`${result.skipped} claim${result.skipped === 1 ? '' : 's'} not found in their text left out (a QDA selection needs a position)`] : []),
    ...(result.unreadable > 0 ? [`${result.unreadable} annotations file${result.unreadable === 1 ? '' : 's'} could not be read (see Problems)`] : []),
  ];
  const message = `Exported ${result.claims} claim${result.claims === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(target)}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`;
  const show = result.unreadable > 0 || result.skipped > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  // The Explorer, not the system's file manager: the browser (vscode.dev, github.dev) has only the first.
  void show(message, 'Show in Explorer').then((choice) => choice && vscode.commands.executeCommand('revealInExplorer', target));
  return target;
}
