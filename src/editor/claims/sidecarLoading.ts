import type * as vscode from 'vscode';
import { readSidecarSteps } from '../../core/sidecar/parse';
import { runSlice } from '../../core/util/steps';
import { queueSlice, SLICE_MS } from '../util/slices';
import { timed } from '../util/timing';
import { readTextFile } from '../util/textFiles';
import { readingOf, sidecarTextOf, writeSidecarHere, type SidecarCodec, type SidecarReading } from './sidecarReading';

/** A sidecar file's text through `workspace.fs` (any scheme), undefined when there is none; UTF-8 only (sidecarTextOf). */
export function readSidecarFile(uri: vscode.Uri): Promise<string | undefined> {
  return readTextFile(uri, sidecarTextOf);
}

/**
 * The codec of a host with no worker threads (the web worker host): everything on its one thread,
 * files through `workspace.fs`; a sidecar read in slices, so 1,000 claims do not hold the thread
 * for the whole read.
 */
export const sidecarsHere: SidecarCodec = {
  readFile: readSidecarFile,
  read: readInSlices,
  write: async (sidecar, previous) => writeSidecarHere(sidecar, previous),
};

/** Reads `text` one slice per turn of the event loop (util/slices.ts), taking turns with the host's other long work. */
function readInSlices(text: string): Promise<SidecarReading> {
  const job = readSidecarSteps(text);
  return new Promise((resolve, reject) => {
    const slice = (): void => {
      try {
        const step = timed('claims:parse', () => runSlice(job, SLICE_MS));
        if (step.done) resolve(readingOf(step.value));
        else queueSlice(slice);
      } catch (error) {
        reject(error);
      }
    };
    queueSlice(slice);
  });
}
