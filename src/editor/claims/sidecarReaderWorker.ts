import { parentPort } from 'node:worker_threads';
import { answerHere, type SidecarRequest } from './sidecarReading';

/** The worker thread's entry (dist/sidecarReaderWorker.js): answers each request posted to it (a sidecar to read or write), with its id. */
parentPort?.on('message', ({ id, request }: { id: number; request: SidecarRequest }) => {
  parentPort?.postMessage({ id, answer: answerHere(request) });
});
