import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Sidecar } from '../../core/sidecar/types';
import { logError } from '../util/log';
import { answerHere, type SidecarAnswer, type SidecarCodec, type SidecarReading, type SidecarRequest } from './sidecarReading';

/**
 * Reads and writes sidecars on a worker thread of the Node extension host: parsing and checking
 * 1,000 claims takes 0.2–1 s, which on the host's own thread would block every extension (a save
 * parses the file on disk for its comments). The worker starts on the first request and ends with
 * the extension; if it cannot start or fails, requests are answered here.
 */
export class SidecarReaderThread implements SidecarCodec {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly waiting = new Map<number, { readonly request: SidecarRequest; readonly resolve: (answer: SidecarAnswer) => void }>();

  /** `script`: the bundled worker, beside the extension's own bundle. */
  constructor(private readonly script = path.join(__dirname, 'sidecarReaderWorker.js')) {}

  public async read(text: string): Promise<SidecarReading> {
    const answer = await this.ask({ kind: 'read', text });
    if (answer.kind !== 'read') throw new Error(`The sidecar worker answered a read with a ${answer.kind}`);
    return answer.reading;
  }

  public async write(sidecar: Sidecar, previous: string | undefined): Promise<string> {
    const answer = await this.ask({ kind: 'write', sidecar, previous });
    if (answer.kind !== 'write') throw new Error(`The sidecar worker answered a write with a ${answer.kind}`);
    return answer.text;
  }

  public dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ask(request: SidecarRequest): Promise<SidecarAnswer> {
    const worker = this.started();
    if (!worker) return Promise.resolve(answerHere(request));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, { request, resolve });
      worker.postMessage({ id, request });
    });
  }

  private started(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = this.worker = new Worker(this.script);
      worker.unref();
      worker.on('message', ({ id, answer }: { id: number; answer: SidecarAnswer }) => {
        this.waiting.get(id)?.resolve(answer);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.fail(error));
    } catch (error) {
      this.fail(error);
    }
    return this.worker;
  }

  /** Answers here what was waiting, and every later request too. */
  private fail(error: unknown): void {
    logError('Reading and writing sidecars on a worker thread (they are read and written on the extension host thread instead)', error);
    this.failed = true;
    void this.worker?.terminate();
    this.worker = undefined;
    for (const { request, resolve } of this.waiting.values()) resolve(answerHere(request));
    this.waiting.clear();
  }
}
