import * as assert from 'node:assert/strict';
import { nextSlice, queueSlice } from '../../../src/editor/util/slices';

describe('queueSlice: the extension\'s long work, one slice per turn of the event loop', () => {
  it('takes turns between jobs, each slice in a turn of its own', async () => {
    const ran: string[] = [];
    /** How many slices before each one had their turn end (the immediate each queues has run). */
    const turnsEnded: number[] = [];
    let immediates = 0;
    const job = (name: string, slices: number): Promise<void> => new Promise((resolve) => {
      let done = 0;
      const slice = (): void => {
        turnsEnded.push(immediates);
        ran.push(`${name}${++done}`);
        setImmediate(() => immediates++);
        if (done < slices) queueSlice(slice);
        else resolve();
      };
      queueSlice(slice);
    });
    await Promise.all([job('scan', 3), job('place', 2)]);
    assert.deepEqual(ran, ['scan1', 'place1', 'scan2', 'place2', 'scan3']);
    assert.deepEqual(turnsEnded, [0, 1, 2, 3, 4]);
  });

  it('resolves nextSlice after the slices queued before it', async () => {
    const ran: string[] = [];
    queueSlice(() => ran.push('slice'));
    await nextSlice();
    assert.deepEqual(ran, ['slice']);
  });
});
