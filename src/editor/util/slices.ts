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
