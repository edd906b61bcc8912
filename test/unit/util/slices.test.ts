import * as assert from 'node:assert/strict';
import { nextSlice, queueSlice, runInSlices, SLICE_MS } from '../../../src/editor/util/slices';
import type { Steps } from '../../../src/core/util/steps';

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

  describe('runInSlices', () => {
    /** A job of `steps` steps of `stepMs` each (busy waits), ending with how many it took. */
    function* busy(steps: number, stepMs: number): Steps<number> {
      for (let step = 1; step < steps; step++) {
        for (const until = performance.now() + stepMs; performance.now() < until;);
        yield;
      }
      return steps;
    }

    it('answers now when the first slice ends the job', () => {
      assert.deepEqual(runInSlices('test', busy(3, 0), () => true), { now: 3 });
    });

    it('runs the rest one slice per turn, to its result', async () => {
      const run = runInSlices('test', busy(3, SLICE_MS), () => true);
      assert.ok('later' in run);
      assert.equal(await run.later, 3);
    });

    it('gives up, answering undefined, once the job is no longer wanted', async () => {
      let wanted = true;
      const run = runInSlices('test', busy(10, SLICE_MS), () => wanted);
      wanted = false;
      assert.ok('later' in run);
      assert.equal(await run.later, undefined);
    });

    it('rejects with what a later slice throws, and the queue goes on to the next job', async () => {
      function* failing(): Steps<number> {
        yield* busy(2, SLICE_MS);
        throw new Error('the sidecar is broken');
      }
      const run = runInSlices('test', failing(), () => true);
      assert.ok('later' in run);
      await assert.rejects(run.later, /the sidecar is broken/);
      await nextSlice();
    });
  });
});
