/** One step of a job run a step at a time: its number, and the CPU and clock milliseconds it took. */
export interface Step {
  readonly index: number;
  readonly cpu: number;
  readonly wall: number;
}

/** Milliseconds of CPU this process has used (all its threads: the compiler's and the collector's too). */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
