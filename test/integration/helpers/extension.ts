import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/editor/extension';
import { extensionId } from '../../runner/extensionId';

// Node-free, so the web suites (bundled for the web worker host) use it too.

/** The extension under test, as this extension host has it. */
export function policyAnnotator(): vscode.Extension<PolicyAnnotatorApi> {
  const extension = vscode.extensions.getExtension<PolicyAnnotatorApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed in this extension host`);
  return extension;
}

/** Activates the extension under test (at once when it is already active) and gives its API. */
export async function activatePolicyAnnotator(): Promise<PolicyAnnotatorApi> {
  return policyAnnotator().activate();
}
