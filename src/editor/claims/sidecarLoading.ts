import type * as vscode from 'vscode';
import { readTextFile } from '../util/textFiles';
import { readSidecarHere, sidecarTextOf, writeSidecarHere, type SidecarCodec } from './sidecarReading';

/** A sidecar file's text through `workspace.fs` (any scheme), undefined when there is none; UTF-8 only (sidecarTextOf). */
export function readSidecarFile(uri: vscode.Uri): Promise<string | undefined> {
  return readTextFile(uri, sidecarTextOf);
}

/** The codec of a host with no worker threads (the web worker host): everything on its one thread, files through `workspace.fs`. */
export const sidecarsHere: SidecarCodec = {
  readFile: readSidecarFile,
  read: async (text) => readSidecarHere(text),
  write: async (sidecar, previous) => writeSidecarHere(sidecar, previous),
};
