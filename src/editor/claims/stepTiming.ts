/** Prefix of the names under which the claim features put their stretches of work on the performance timeline. */
export const CLAIM_STEP_PREFIX = 'policyAnnotator.claims:';

/**
 * Runs `work` and records how long it held the thread as a `measure` entry named
 * `policyAnnotator.claims:<step>`, so a benchmark (a PerformanceObserver in the same host) can tell
 * the extension's own blocks from the editor's. The entry is cleared at once: nothing accumulates.
 */
export function timed<T>(step: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    const name = CLAIM_STEP_PREFIX + step;
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  }
}
