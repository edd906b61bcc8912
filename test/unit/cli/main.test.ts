import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MAIN = path.resolve(__dirname, '..', '..', '..', 'src', 'cli', 'main.js');

describe('policy-annotator as a process', () => {
  let folder: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-pipe-'));
    const page = 'The NAO found £5.3bn of savings in 2015-16, and the Care Quality Commission agreed.\n\n'.repeat(400);
    for (let index = 0; index < 40; index++) fs.writeFileSync(path.join(folder, `report-${index}.txt`), page);
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('leaves quietly when its reader closes the pipe early, as "| head" does', async () => {
    const child = spawn(process.execPath, [MAIN, 'scan', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close our end, as head does after its lines.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
