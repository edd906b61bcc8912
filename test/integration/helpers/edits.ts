import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** Replaces `[start, end)` of the document with `text`, as typing or pasting there would. */
export async function replace(document: vscode.TextDocument, start: number, end: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}
