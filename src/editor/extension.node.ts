import * as vscode from 'vscode';
import { activateEditor, PolicyAnnotatorApi } from './extension';
import { registerReviewFeatures } from './review/registerReviewFeatures';

/** The Node extension host's entry (package.json `main`): desktop VS Code, remote and code-server. */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  return activateEditor(context, { registerReviewFeatures });
}
