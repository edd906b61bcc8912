/**
 * Runs work for a key (a document) once things have been quiet for `delayMs`: each `schedule`
 * for the key restarts its wait and replaces the work. `whenIdle` lets a caller (a test, through
 * the extension's API) wait for the key's pending work instead of sleeping.
 */
export class KeyedDebouncer<K> {
  private readonly pending = new Map<K, { timer: ReturnType<typeof setTimeout>; done: Promise<void>; finish: () => void }>();

  constructor(private readonly delayMs: number) {}

  public schedule(key: K, work: () => void): void {
    const previous = this.pending.get(key);
    if (previous) clearTimeout(previous.timer);
    let finish = previous?.finish ?? ((): void => undefined);
    const done = previous?.done ?? new Promise<void>((resolve) => (finish = resolve));
    const timer = setTimeout(() => {
      this.pending.delete(key);
      try {
        work();
      } finally {
        finish();
      }
    }, this.delayMs);
    this.pending.set(key, { timer, done, finish });
  }

  /** Drops the key's pending work (its document closed); whoever waits on it is released. */
  public cancel(key: K): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending.delete(key);
    pending.finish();
  }

  /** Resolves once the key has no pending work (at once when it has none). */
  public whenIdle(key: K): Promise<void> {
    return this.pending.get(key)?.done ?? Promise.resolve();
  }

  public dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}
