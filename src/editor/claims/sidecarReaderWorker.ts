import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { answerHere, sidecarTextOf, UnreadableSidecarError, type SidecarAnswer, type SidecarRequest } from './sidecarReading';

/** What the worker is asked: a sidecar to read or write, or a sidecar file to read from disk itself (a file: URI's path). */
export type WorkerRequest = SidecarRequest | { readonly kind: 'readFile'; readonly path: string };

export type WorkerAnswer = SidecarAnswer | { readonly kind: 'readFile'; readonly text: string | undefined } | { readonly kind: 'readFileFailed'; readonly message: string; readonly line: number };

/** The file at `path`, read without waiting for the extension host's turns; undefined when there is none. */
function readFile(path: string): WorkerAnswer {
  try {
    return { kind: 'readFile', text: sidecarTextOf(fs.readFileSync(path)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'readFile', text: undefined };
    return { kind: 'readFileFailed', message: error instanceof Error ? error.message : String(error), line: error instanceof UnreadableSidecarError ? error.line : 1 };
  }
}

/** The worker thread's entry (dist/sidecarReaderWorker.js): answers each request posted to it, with its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: WorkerRequest }) => {
  parentPort?.postMessage({ id, answer: request.kind === 'readFile' ? readFile(request.path) : answerHere(request) });
});
