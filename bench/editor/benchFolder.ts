import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { seedsDir } from '../../test/runner/paths';

/**
 * A scratch folder for an editor bench's documents, inside the seeds workspace (which opts in to
 * plain text through its .policy-annotator folder); after the suite, the editor is closed unsaved
 * and the folder removed. Called inside the suite's `describe`.
 */
export function benchFolder(name: string): string {
  const folder = path.join(seedsDir, `.bench-${name}-${process.pid}`);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}
