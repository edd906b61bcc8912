import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withLock } from '../../runner/installLock';

describe('runner: install lock', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-lock-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lets one holder in at a time and releases the lock afterwards', async () => {
    const lock = path.join(dir, 'lock');
    const events: string[] = [];
    const hold = (name: string) => withLock(lock, 5000, async () => {
      events.push(`${name} in`);
      await sleep(50);
      events.push(`${name} out`);
    });
    await Promise.all([hold('a'), hold('b')]);
    assert.deepStrictEqual(events.map((event) => event.split(' ')[1]), ['in', 'out', 'in', 'out']);
    assert.strictEqual(fs.existsSync(lock), false);
  });

  it('takes over a lock whose owner has died', async () => {
    const lock = path.join(dir, 'lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), dead);
    assert.strictEqual(await withLock(lock, 2000, () => Promise.resolve('ran')), 'ran');
  });

  it('gives up with a message naming the lock when a live owner keeps it', async () => {
    const lock = path.join(dir, 'lock');
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    await assert.rejects(withLock(lock, 600, () => Promise.resolve()), (error: Error) => error.message.includes(lock));
  });
});
