import type { Steps } from '../../src/core/util/steps';

/**
 * Runs `job` a step at a time: how often it stopped, what it gave, and the most of `work` (a
 * count that only grows, of what the job has done) done between two stops. Tests bound a step
 * by the work done in it, not by the clock.
 */
export function stepsOf<T>(job: Steps<T>, work: () => number = () => 0): { stops: number; most: number; value: T } {
  let stops = 0;
  let most = 0;
  for (;;) {
    const before = work();
    const step = job.next();
    most = Math.max(most, work() - before);
    if (step.done) return { stops, most, value: step.value };
    stops++;
  }
}

/** `items` behind a proxy that counts the items read from it by index (a loop's `for … of` included). */
export function countingReads<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: counted, reads: () => reads };
}
