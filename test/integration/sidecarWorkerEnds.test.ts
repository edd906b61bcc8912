import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SidecarReaderThread } from '../../src/editor/claims/sidecarReaderThread';

// The sidecar worker can end without an error (killed for memory, an exit in its code): what was
// asked of it, and what is asked after, must still be answered, on the extension host's thread.

const SIDECAR = 'schema: 1\ndocument: report.txt\noffsets: utf-16\nclaims: []\n';

describe('claims: a sidecar worker that ends', () => {
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
});
