import * as vscode from 'vscode';
import { CONFIG_SECTION, readConfig } from '../config';

/**
 * Flips `policyAnnotator.highlight.enabled` where it is set: in the workspace when the workspace
 * sets it, otherwise in the user settings. Returns the new value.
 */
export async function toggleHighlights(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const setInWorkspace = config.inspect<boolean>('highlight.enabled')?.workspaceValue !== undefined;
  const enabled = !readConfig().highlight.enabled;
  await config.update('highlight.enabled', enabled, setInWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  vscode.window.setStatusBarMessage(`Policy Annotator: highlights ${enabled ? 'on' : 'off'}`, 3000);
  return enabled;
}
