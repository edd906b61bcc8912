import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';

/** Opens a document's sidecar with the cursor on its first problem (or at the top when it has none). */
export async function openSidecarProblem(store: AnnotationStore, documentUri: vscode.Uri): Promise<void> {
  const annotations = store.peek(documentUri);
  const problem = annotations?.kind === 'broken' ? annotations.problems[0] : undefined;
  const position = new vscode.Position(Math.max(0, (problem?.line ?? 1) - 1), Math.max(0, (problem?.column ?? 1) - 1));
  await vscode.window.showTextDocument(store.sidecarUriOf(documentUri), { selection: new vscode.Range(position, position) });
}
