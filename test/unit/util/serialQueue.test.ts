import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { SerialQueue } from '../../../src/core/util/serialQueue';

describe('SerialQueue', () => {
  it('runs jobs one after another, in the order given, past a failure', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const first = queue.run(async () => {
      await sleep(20);
      log.push('first');
    });
    const failing = queue.run(async () => {
      log.push('second');
      throw new Error('disk full');
    });
    const third = queue.run(async () => {
      log.push('third');
      return 3;
    });
    await first;
    await assert.rejects(failing, /disk full/);
    assert.equal(await third, 3);
    assert.deepEqual(log, ['first', 'second', 'third']);
  });
});
