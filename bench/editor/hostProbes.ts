import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import { constants, monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { WORK_PREFIX } from '../../src/editor/util/timing';

/**
 * What the editor bench reads of the extension host it runs in: its event-loop blocks, the
 * extension's own timed work, its heap after a forced collection, and (on request) a CPU profile.
 * Bench only: nothing here belongs in the extension.
 */


/** The longest event-loop block over stretches of time, leaving out the forced collections the bench itself runs. */
export class BlockMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private longestMs = 0;

  constructor() {
    this.histogram.enable();
  }

  /** The longest block since the last `restart` (or since created), then starts counting afresh. */
  public restart(): number {
    const longest = this.peek();
    this.longestMs = 0;
    this.histogram.reset();
    return longest;
  }

  /** Sets the blocks so far aside, runs `work` (which blocks on purpose), and lets its delay pass uncounted. */
  public async without(work: () => void): Promise<void> {
    this.longestMs = this.peek();
    work();
    // The sampling timer, held up by `work`, records its delay when it next fires.
    await sleep(30);
    this.histogram.reset();
  }

  public dispose(): void {
    this.histogram.disable();
  }

  private peek(): number {
    return Math.max(this.longestMs, this.histogram.max / 1e6);
  }
}

/** The extension's own timed work (its `performance.measure` entries): the longest of each name since the last `take`. */
export class OwnWork {
  private longest = new Map<string, number>();
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.startsWith(WORK_PREFIX)) continue;
      const name = entry.name.slice(WORK_PREFIX.length);
      this.longest.set(name, Math.max(this.longest.get(name) ?? 0, entry.duration));
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['measure'] });
  }

  /** The entries delivered so far (observers are told a little later), then starts afresh. */
  public async take(): Promise<ReadonlyMap<string, number>> {
    await sleep(0);
    const longest = this.longest;
    this.longest = new Map();
    return longest;
  }

  public dispose(): void {
    this.observer.disconnect();
  }
}

let collect: (() => void) | undefined;

/** The heap in use after a full collection (the `--expose-gc` trick, for a host started without it), in MB. */
export function heapAfterCollection(): number {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  return process.memoryUsage().heapUsed / 1_048_576;
}

/** The least-squares slope of `values` over their index: growth per step. */
export function slope(values: readonly number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, x) => {
    covariance += (x - meanX) * (value - meanY);
    variance += (x - meanX) ** 2;
  });
  return variance === 0 ? 0 : covariance / variance;
}

/** With BENCH_CPU_PROFILE=<folder>, records a CPU profile of the extension host while `work` runs, saved as <folder>/<name>.cpuprofile. */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const folder = process.env.BENCH_CPU_PROFILE;
  if (!folder) return work();
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> => new Promise((resolve, reject) => {
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result)));
  });
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await post('Profiler.stop') as { profile: unknown };
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(`${folder}/${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}

/** The garbage collector's pauses on the host's thread (`gc` performance entries): the longest since the last `take`, and its kind. */
export class GcPauses {
  private longest: { ms: number; kind: string } = { ms: 0, kind: 'none' };
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration <= this.longest.ms) continue;
      const { kind } = ((entry as { detail?: unknown }).detail ?? {}) as { kind?: number };
      this.longest = { ms: entry.duration, kind: gcKinds.get(kind ?? 0) ?? `kind ${kind}` };
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** The longest pause delivered so far (observers are told a little later), then starts afresh. */
  public async take(): Promise<{ readonly ms: number; readonly kind: string }> {
    await sleep(0);
    const longest = this.longest;
    this.longest = { ms: 0, kind: 'none' };
    return longest;
  }

  public dispose(): void {
    this.observer.disconnect();
  }
}

const gcKinds = new Map([
  [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
  [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
  [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weak callbacks'],
]);
