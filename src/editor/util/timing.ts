/** The prefix of the names the extension gives its timed work, which the editor bench reads with a PerformanceObserver. */
const PREFIX = 'policyAnnotator.';

/**
 * Records the work named `name` that began at `start` (a `performance.now()`) as a performance
 * measure, for whoever observes them (the editor bench), and drops it from the timeline again, so
 * a long session keeps none.
 */
export function recordWork(name: string, start: number): void {
  const entry = `${PREFIX}${name}`;
  performance.measure(entry, { start });
  performance.clearMeasures(entry);
}
