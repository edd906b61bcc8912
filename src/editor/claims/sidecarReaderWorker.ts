import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { answerHere, type SidecarAnswer, type SidecarRequest } from './sidecarReading';

/** What the worker is asked: a sidecar to read or write, or a sidecar file to read from disk itself (a file: URI's path). */
export type WorkerRequest = SidecarRequest | { readonly kind: 'readFile'; readonly path: string };

export type WorkerAnswer = SidecarAnswer | { readonly kind: 'readFile'; readonly text: string | undefined } | { readonly kind: 'readFileFailed'; readonly message: string; readonly line: number };

// Fatal: bytes that are not UTF-8 would come back as U+FFFD, which the next save would write in their place.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The file at `path`, read without waiting for the extension host's turns; undefined when there is none. */
function readFile(path: string): WorkerAnswer {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'readFile', text: undefined };
    return { kind: 'readFileFailed', message: error instanceof Error ? error.message : String(error), line: 1 };
  }
  try {
    // Without a byte-order mark, as workspace.fs and the editor read it.
    return { kind: 'readFile', text: decoder.decode(bytes) };
  } catch {
    return { kind: 'readFileFailed', message: 'this line is not UTF-8 text', line: firstLineNotUtf8(bytes) };
  }
}

/** The first line (from 1) holding bytes that are not UTF-8; a line break is never part of a longer character. */
function firstLineNotUtf8(bytes: Uint8Array): number {
  for (let line = 1, start = 0; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}

/** The worker thread's entry (dist/sidecarReaderWorker.js): answers each request posted to it, with its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: WorkerRequest }) => {
  parentPort?.postMessage({ id, answer: request.kind === 'readFile' ? readFile(request.path) : answerHere(request) });
});
