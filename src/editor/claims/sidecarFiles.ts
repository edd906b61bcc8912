import * as vscode from 'vscode';
import { documentPathFor, isSidecarPath, sidecarPathFor } from '../../core/sidecar/paths';

/** The sidecar of `uri`: the file itself when it is one, else the one beside the document. */
export function sidecarUriFor(uri: vscode.Uri): vscode.Uri {
  return isSidecarPath(uri.path) ? uri : uri.with({ path: sidecarPathFor(uri.path) });
}

export function documentUriFor(sidecarUri: vscode.Uri): vscode.Uri | undefined {
  const path = documentPathFor(sidecarUri.path);
  return path === undefined ? undefined : sidecarUri.with({ path });
}

/** The file name a message shows: workspace-relative where possible. */
export function displayName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
