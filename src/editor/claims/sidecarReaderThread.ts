import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { Sidecar } from '../../core/sidecar/types';
import { messageOf } from '../../core/util/messageOf';
import { logError } from '../util/log';
import { readSidecarFile } from './sidecarLoading';
import { answerHere, UnreadableSidecarError, type SidecarCodec, type SidecarReading } from './sidecarReading';
import type { WorkerAnswer, WorkerRequest } from './sidecarReaderWorker';

interface Waiting {
  /** The answer worked out on this thread instead, should the worker fail. */
  readonly here: () => Promise<WorkerAnswer>;
  readonly resolve: (answer: WorkerAnswer) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Reads and writes sidecars on a worker thread of the Node extension host: parsing and checking
 * 1,000 claims takes 0.2–1 s, which on the host's own thread would block every extension (a save
 * parses the file on disk for its comments). The worker also reads sidecar files from disk, so
 * opening a document does not wait on the host's busy turns to read its sidecar. The worker
 * starts on the first request and ends with the extension; if it cannot start or ends, requests
 * are answered here. A request that throws on the worker fails alone, with the worker's error.
 */
export class SidecarReaderThread implements SidecarCodec {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  /** `script`: the bundled worker, beside the extension's own bundle. */
  constructor(private readonly script = path.join(__dirname, 'sidecarReaderWorker.js')) {}

  public async readFile(uri: vscode.Uri): Promise<string | undefined> {
    // Files elsewhere (a virtual workspace) only workspace.fs can read.
    if (uri.scheme !== 'file') return readSidecarFile(uri);
    const answer = await this.ask({ kind: 'readFile', path: uri.fsPath }, async () => ({ kind: 'readFile', text: await readSidecarFile(uri) }));
    if (answer.kind === 'readFileFailed') throw new UnreadableSidecarError(answer.message, answer.line);
    if (answer.kind !== 'readFile') throw new Error(`The sidecar worker answered a file read with a ${answer.kind}`);
    return answer.text;
  }

  public async read(text: string): Promise<SidecarReading> {
    const request = { kind: 'read', text } as const;
    const answer = await this.ask(request, async () => answerHere(request));
    if (answer.kind !== 'read') throw new Error(`The sidecar worker answered a read with a ${answer.kind}`);
    return answer.reading;
  }

  public async write(sidecar: Sidecar, previous: string | undefined): Promise<string> {
    const request = { kind: 'write', sidecar, previous } as const;
    const answer = await this.ask(request, async () => answerHere(request));
    if (answer.kind !== 'write') throw new Error(`The sidecar worker answered a write with a ${answer.kind}`);
    return answer.text;
  }

  public dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ask(request: WorkerRequest, here: () => Promise<WorkerAnswer>): Promise<WorkerAnswer> {
    const worker = this.started();
    if (!worker) return here();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { here, resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  private started(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = this.worker = new Worker(this.script);
      worker.unref();
      worker.on('message', ({ id, answer }: { id: number; answer: WorkerAnswer }) => {
        const waiting = this.waiting.get(id);
        this.waiting.delete(id);
        // What threw on the worker would throw here too: that request fails, and the worker stays.
        if (answer.kind === 'threw') waiting?.reject(new Error(`the sidecar worker failed: ${messageOf(answer.error)}`, { cause: answer.error }));
        else waiting?.resolve(answer);
      });
      worker.on('error', (error) => this.fail(error));
      // A worker that ends without an error (out of memory, an exit) would leave its requests waiting for ever.
      worker.on('exit', (code) => {
        if (this.worker === worker) this.fail(new Error(`the worker thread ended (exit code ${code})`));
      });
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
    for (const { here, resolve, reject } of this.waiting.values()) here().then(resolve, reject);
    this.waiting.clear();
  }
}
