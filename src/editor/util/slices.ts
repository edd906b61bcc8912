import { runSlice, type Steps } from '../../core/util/steps';
import { timed } from './timing';

/**
 * The longest a slice of the extension's long work (a large document's scan, placing a sidecar's
 * claims) runs before it yields: well under 50 ms even when a busy machine stretches it.
 */
export const SLICE_MS = 12;

const waiting: (() => void)[] = [];
let turnScheduled = false;

/**
 * Runs `slice` in a later turn of the event loop, after the slices queued before it: one slice per
 * turn, whichever job it belongs to. Jobs that each yielded with their own `setTimeout(…, 0)` would
 * have their slices run back to back in the same timers phase (a scan slice, then a placing slice,
 * then another document's), blocking the extension host for all of them at once.
 */
export function queueSlice(slice: () => void): void {
  waiting.push(slice);
  scheduleTurn();
}

function scheduleTurn(): void {
  if (turnScheduled || waiting.length === 0) return;
  turnScheduled = true;
  setTimeout(runTurn, 0);
}

/** One turn's slice (named, so a CPU profile tells it; bench/editor/profileBlocks.ts looks inside it). */
function runTurn(): void {
  turnScheduled = false;
  try {
    waiting.shift()!();
  } finally {
    scheduleTurn();
  }
}

/** Resolves in a turn of its own, after the slices queued before (see queueSlice). */
export function nextSlice(): Promise<void> {
  return new Promise((resolve) => queueSlice(resolve));
}

/**
 * Runs `job` for one slice now and, if it is not done, one slice per turn after (queueSlice), each
 * timed as `name`, for as long as `wanted()` holds: `now` when the first slice ended it, else
 * `later`, resolving to its result, or to undefined once it is no longer wanted, and rejecting
 * with what a later slice throws (the first slice's throws to the caller).
 */
export function runInSlices<T>(name: string, job: Steps<T>, wanted: () => boolean): { readonly now: T } | { readonly later: Promise<T | undefined> } {
  const first = timed(name, () => runSlice(job, SLICE_MS));
  if (first.done) return { now: first.value };
  return {
    later: new Promise((resolve, reject) => {
      const next = (): void => {
        if (!wanted()) return resolve(undefined);
        try {
          const slice = timed(name, () => runSlice(job, SLICE_MS));
          if (slice.done) resolve(slice.value);
          else queueSlice(next);
        } catch (error) {
          reject(error);
        }
      };
      queueSlice(next);
    }),
  };
}
