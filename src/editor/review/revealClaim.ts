import * as vscode from 'vscode';
import { anchorQuote } from '../../core/anchoring/quoteAnchor';
import { SidecarClaim } from '../../core/sidecar/types';

/**
 * Opens the document and selects the claim where its quote stands now. A claim whose quote is no
 * longer found (say, one removed along with its text) is shown where it was stored, and the user is told.
 */
export async function revealClaim(documentUri: vscode.Uri, claim: SidecarClaim): Promise<void> {
  const document = await vscode.workspace.openTextDocument(documentUri);
  const found = anchorQuote(document.getText(), claim.anchor);
  const span = found.status === 'exact' || found.status === 'fuzzy' ? found : claim.anchor;
  const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const editor = await vscode.window.showTextDocument(document, { selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (span === claim.anchor) {
    void vscode.window.showInformationMessage(`The quote of claim ${claim.id} is no longer in ${vscode.workspace.asRelativePath(documentUri)}; showing where it was.`);
  }
}
