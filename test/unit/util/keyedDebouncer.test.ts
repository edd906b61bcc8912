import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeyedDebouncer } from '../../../src/core/util/keyedDebouncer';

describe('KeyedDebouncer', () => {
  it('runs only the last work scheduled for a key, once it has been quiet, and keys apart', async () => {
    const debouncer = new KeyedDebouncer<string>(20);
    const ran: string[] = [];
    debouncer.schedule('a', () => ran.push('a1'));
    debouncer.schedule('b', () => ran.push('b1'));
    debouncer.schedule('a', () => ran.push('a2'));
    await Promise.all([debouncer.whenIdle('a'), debouncer.whenIdle('b')]);
    assert.deepEqual(ran.sort(), ['a2', 'b1']);
  });

  it('lets a waiter started before a reschedule wait for the rescheduled work', async () => {
    const debouncer = new KeyedDebouncer<string>(20);
    let ran = 0;
    debouncer.schedule('a', () => ran++);
    const idle = debouncer.whenIdle('a');
    await sleep(5);
    debouncer.schedule('a', () => (ran += 10));
    await idle;
    assert.equal(ran, 10);
  });

  it('drops cancelled work and releases its waiters; idle at once with nothing pending', async () => {
    const debouncer = new KeyedDebouncer<string>(1_000);
    let ran = false;
    debouncer.schedule('a', () => (ran = true));
    const idle = debouncer.whenIdle('a');
    debouncer.dispose();
    await idle;
    await debouncer.whenIdle('never');
    assert.equal(ran, false);
  });
});
