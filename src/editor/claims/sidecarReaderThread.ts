import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { logError } from '../util/log';
import { readSidecarHere, type SidecarReading } from './sidecarReading';

/**
 * Reads sidecars on a worker thread of the Node extension host: parsing and checking 1,000 claims
 * takes 0.2–1 s, which on the host's own thread would block every extension. The worker starts on
 * the first read and ends with the extension; if it cannot start or fails, sidecars are read here.
 */
export class SidecarReaderThread {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly waiting = new Map<number, { readonly text: string; readonly resolve: (reading: SidecarReading) => void }>();

  /** `script`: the bundled worker, beside the extension's own bundle. */
  constructor(private readonly script = path.join(__dirname, 'sidecarReaderWorker.js')) {}

  public read(text: string): Promise<SidecarReading> {
    const worker = this.started();
    if (!worker) return Promise.resolve(readSidecarHere(text));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, { text, resolve });
      worker.postMessage({ id, text });
    });
  }

  public dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private started(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = this.worker = new Worker(this.script);
      worker.unref();
      worker.on('message', ({ id, reading }: { id: number; reading: SidecarReading }) => {
        this.waiting.get(id)?.resolve(reading);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.fail(error));
    } catch (error) {
      this.fail(error);
    }
    return this.worker;
  }

  /** Reads what was waiting here, and every later sidecar too. */
  private fail(error: unknown): void {
    logError('Reading sidecars on a worker thread (they are read on the extension host thread instead)', error);
    this.failed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    for (const { text, resolve } of this.waiting.values()) resolve(readSidecarHere(text));
    this.waiting.clear();
  }
}
