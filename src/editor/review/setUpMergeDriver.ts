import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findOnPath, mergeDriverCli, MergeDriverCli } from '../../core/review/mergeDriverCli';
import { readTextFileToRewrite } from '../util/textFiles';
import { MERGE_ATTRIBUTE_LINE, MERGE_DRIVER_ID, MERGE_DRIVER_NAME, mergeDriverCommand, withMergeAttribute } from '../../core/review/mergeDriverSetup';
import { Repository } from './gitApi';

/**
 * How git should start the command line: `policy-annotator` when it is on PATH, else Node and
 * this extension's own copy, both by absolute path (git runs the driver outside the editor).
 */
export function bundledOrInstalledCli(extensionUri: vscode.Uri): MergeDriverCli {
  const isWindows = process.platform === 'win32';
  const extensions = isWindows ? (process.env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  return mergeDriverCli({
    findOnPath: (program) => findOnPath(program, process.env.PATH ?? '', path.delimiter, isExecutableFile, extensions),
    bundledCli: vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath,
    hostExecutable: process.execPath,
  });
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The same set-up as `policy-annotator setup-merge-driver`: the driver in the repository's
 * config (through the git extension) and the attribute line in its .gitattributes.
 */
export async function setUpMergeDriver(repository: Repository, cli: string): Promise<string> {
  await repository.setConfig(`merge.${MERGE_DRIVER_ID}.name`, MERGE_DRIVER_NAME);
  await repository.setConfig(`merge.${MERGE_DRIVER_ID}.driver`, mergeDriverCommand(cli));
  const attributesUri = vscode.Uri.joinPath(repository.rootUri, '.gitattributes');
  const attributes = (await readTextFileToRewrite(attributesUri)) ?? '';
  const updated = withMergeAttribute(attributes);
  if (updated === undefined) {
    return `The annotations merge driver is set up in ${repository.rootUri.fsPath}.`;
  }
  await vscode.workspace.fs.writeFile(attributesUri, new TextEncoder().encode(updated));
  return `The annotations merge driver is set up in ${repository.rootUri.fsPath}; commit .gitattributes (it now has "${MERGE_ATTRIBUTE_LINE}") so every clone uses it.`;
}
