import * as vscode from 'vscode';
import { activateEditor, PolicyAnnotatorApi } from './extension';
import { registerReviewFeatures } from './review/registerReviewFeatures';
import { SidecarReaderThread } from './claims/sidecarReaderThread';

/** The Node extension host's entry (package.json `main`): desktop VS Code, remote and code-server. */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const sidecars = new SidecarReaderThread();
  context.subscriptions.push(sidecars);
  return activateEditor(context, { registerReviewFeatures, sidecars });
}
