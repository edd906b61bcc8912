import * as vscode from 'vscode';
import { screenshotDirVariable, screenshotRequest } from '../runner/hostLogProtocol';
import { hostEnv } from '../runner/browserMochaSuite';
import { eventually, exists, workspaceFolder } from './workspace';

/**
 * Asks the runner to photograph the workbench as it is now (in SCREENSHOT_DIR, else the run
 * folder's screenshots/) and waits for the PNG, which it sees through the server's file system.
 */
export async function takeScreenshot(name: string): Promise<void> {
  const dir = hostEnv()[screenshotDirVariable];
  if (!dir) {
    throw new Error(`The runner gave no ${screenshotDirVariable}.`);
  }
  const file = `${dir}/${name.replace(/[^\w.-]+/g, '-')}.png`;
  const uri = workspaceFolder().with({ path: file });
  // One left by an earlier run in SCREENSHOT_DIR must not pass for this one.
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  console.log(screenshotRequest(file));
  await eventually(async () => ((await exists(uri)) ? true : undefined), `the screenshot ${file}`, 15_000);
}
