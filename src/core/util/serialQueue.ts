/**
 * Runs jobs one after another, each starting when the previous one has settled, whether it
 * succeeded or failed: reads and writes of one file never interleave, and one failed write does
 * not stop the ones after it.
 */
export class SerialQueue {
  private last: Promise<unknown> = Promise.resolve();

  /** Runs `job` after every job added before it; resolves or rejects as `job` does. */
  public run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.last.then(job, job);
    this.last = result.catch(() => undefined);
    return result;
  }
}
