import * as vscode from 'vscode';
import { activateEditor, PolicyAnnotatorApi } from './extension';
import { registerReviewInBrowser } from './review/reviewInBrowser';
import { sidecarsHere } from './claims/sidecarLoading';

/**
 * The web worker extension host's entry (package.json `browser`): vscode.dev and github.dev. It
 * bundles without Node (esbuild `platform: 'browser'`), so nothing here may reach the command
 * line, child processes or the git extension.
 */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  return activateEditor(context, { registerReviewFeatures: registerReviewInBrowser, sidecars: sidecarsHere });
}
