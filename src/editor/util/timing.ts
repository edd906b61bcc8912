/** The prefix of the names the extension gives its timed work, which the editor benches read with a PerformanceObserver. */
export const WORK_PREFIX = 'policyAnnotator.';

/**
 * Records the work named `name` that began at `start` (a `performance.now()`) as a performance
 * measure, for whoever observes them (the editor benches, telling the extension's own blocks from
 * the editor's), and drops it from the timeline again, so a long session keeps none.
 */
export function recordWork(name: string, start: number): void {
  const entry = `${WORK_PREFIX}${name}`;
  performance.measure(entry, { start });
  performance.clearMeasures(entry);
}

/** Runs `work` and records how long it held the thread under `name`. */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    recordWork(name, start);
  }
}

/**
 * Marks the moment a piece of long work named `name` ends (a performance mark, with `detail` saying
 * what it was), for whoever observes them (the editor benches time windows of work that runs in
 * slices by it), and drops it from the timeline again.
 */
export function markDone(name: string, detail: unknown): void {
  const entry = `${WORK_PREFIX}${name}`;
  performance.mark(entry, { detail });
  performance.clearMarks(entry);
}
