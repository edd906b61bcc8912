import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../../core/util/messageOf';
import { answerHere, sidecarTextOf, UnreadableSidecarError, type SidecarAnswer, type SidecarRequest } from './sidecarReading';

/** What the worker is asked: a sidecar to read or write, or a sidecar file to read from disk itself (a file: URI's path). */
export type WorkerRequest = SidecarRequest | { readonly kind: 'readFile'; readonly path: string };

/**
 * The worker's answer: the request's own, or `threw` with what a request threw (an Error crosses
 * threads with its message and stack), which fails that request alone.
 */
export type WorkerAnswer =
  | SidecarAnswer
  | { readonly kind: 'readFile'; readonly text: string | undefined }
  | { readonly kind: 'readFileFailed'; readonly message: string; readonly line: number }
  | { readonly kind: 'threw'; readonly error: unknown };

/** The file at `path`, read without waiting for the extension host's turns; undefined when there is none. */
function readFile(path: string): WorkerAnswer {
  try {
    return { kind: 'readFile', text: sidecarTextOf(fs.readFileSync(path)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'readFile', text: undefined };
    return { kind: 'readFileFailed', message: messageOf(error), line: error instanceof UnreadableSidecarError ? error.line : 1 };
  }
}

/** Answers a request; what it throws is answered too, where uncaught it would end the worker for the session. */
function answer(request: WorkerRequest): WorkerAnswer {
  try {
    return request.kind === 'readFile' ? readFile(request.path) : answerHere(request);
  } catch (error) {
    return { kind: 'threw', error };
  }
}

/** The worker thread's entry (dist/sidecarReaderWorker.js): answers each request posted to it, with its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: WorkerRequest }) => {
  parentPort?.postMessage({ id, answer: answer(request) });
});
