import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SidecarReaderThread } from '../../src/editor/claims/sidecarReaderThread';
import type { Sidecar } from '../../src/core/sidecar/types';
import { WORK_PREFIX } from '../../src/editor/util/timing';
import { repoRoot } from '../runner/paths';

// The sidecar worker can end without an error (killed for memory, an exit in its code): what was
// asked of it, and what is asked after, must still be answered, on the extension host's thread.
// A request that throws on the worker fails alone: the worker answers the next.

const SIDECAR = 'schema: 1\ndocument: report.txt\noffsets: utf-16\nclaims: []\n';

describe('claims: a sidecar worker that ends or fails', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-worker-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('answers what was waiting, and what comes later, on this thread', async () => {
    const script = path.join(folder, 'exits.js');
    fs.writeFileSync(script, "require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n");
    const thread = new SidecarReaderThread(script);
    try {
      const first = await Promise.race([thread.read(SIDECAR), new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 10_000))]);
      assert.notStrictEqual(first, 'waiting', 'a read sent to a worker that exited is still waiting');
      assert.deepStrictEqual(first, { ok: true, sidecar: { schema: 1, document: 'report.txt', offsets: 'utf-16', claims: [] } });
      assert.deepStrictEqual(await thread.read(SIDECAR), first);
    } finally {
      thread.dispose();
    }
  });

  it('fails a request that throws on the worker with its error, and answers the next one on the worker', async () => {
    // The extension's own bundled worker; a claim without an anchor makes the serialiser throw.
    const thread = new SidecarReaderThread(path.join(repoRoot, 'dist', 'sidecarReaderWorker.js'));
    const parsedHere: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => entry.name === `${WORK_PREFIX}claims:parse` && parsedHere.push(entry.name)));
    observer.observe({ entryTypes: ['measure'] });
    try {
      const broken = { schema: 1, document: 'report.txt', offsets: 'utf-16', claims: [{ id: 'c1', tags: ['finding'] }] } as unknown as Sidecar;
      await assert.rejects(thread.write(broken, undefined), /^Error: the sidecar worker failed: /);
      assert.deepStrictEqual(await thread.read(SIDECAR), { ok: true, sidecar: { schema: 1, document: 'report.txt', offsets: 'utf-16', claims: [] } });
      // Observers are told a little later.
      await sleep(50);
      assert.deepStrictEqual(parsedHere, [], 'the read after the failed request was parsed on the extension host thread: the worker was given up');
    } finally {
      observer.disconnect();
      thread.dispose();
    }
  });
});
