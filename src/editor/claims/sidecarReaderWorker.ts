import { parentPort } from 'node:worker_threads';
import { parseSidecar } from '../../core/sidecar/parse';
import type { SidecarReading } from './sidecarReading';

/** The worker thread's entry (dist/sidecarReaderWorker.js): reads each sidecar text posted to it, answering with its id. */
parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  const parsed = parseSidecar(text);
  const reading: SidecarReading = parsed.ok ? { ok: true, sidecar: parsed.sidecar } : { ok: false, problems: parsed.problems };
  parentPort?.postMessage({ id, reading });
});
