/**
 * Long work written as a generator that stops (yields) at points where it may be paused, so the
 * editor can spread it over slices of a few milliseconds; the CLI and tests run it to its end.
 */
export type Steps<T> = Generator<void, T>;

/** Runs `job` to its end at once. */
export function drain<T>(job: Steps<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/** Runs `job` until it ends or `budgetMs` has passed; the result when it ended. */
export function runSlice<T>(job: Steps<T>, budgetMs: number, now: () => number = () => performance.now()): { readonly done: true; readonly value: T } | { readonly done: false } {
  const until = now() + budgetMs;
  for (;;) {
    const step = job.next();
    if (step.done) return { done: true, value: step.value };
    if (now() >= until) return { done: false };
  }
}
