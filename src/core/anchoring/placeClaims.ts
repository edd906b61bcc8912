import type { SidecarClaim } from '../sidecar/types';
import { anchorClaim, type TrackedClaim } from './claimTracking';
import type { DetectEntities } from './figuresAndNames';

/**
 * Placing claims as a job that stops after every claim, so the caller can spread the work over
 * slices of a few milliseconds and never block its thread for long (each claim's own search is
 * bounded). `known` gives a claim's place when it is already known (tracked through edits of this
 * very text), sparing the search.
 */
export function* claimPlacements(
  text: string,
  claims: readonly SidecarClaim[],
  known: (claim: SidecarClaim) => TrackedClaim | undefined,
  detect?: DetectEntities,
): Generator<void, TrackedClaim[]> {
  const placed: TrackedClaim[] = [];
  for (const claim of claims) {
    const kept = known(claim);
    placed.push(kept ?? anchorClaim(text, claim, detect));
    if (!kept) yield;
  }
  return placed;
}

/** Runs `job` until it ends or `budgetMs` has passed; the result when it ended. */
export function runSlice<T>(job: Generator<void, T>, budgetMs: number, now: () => number = () => performance.now()): { readonly done: true; readonly value: T } | { readonly done: false } {
  const until = now() + budgetMs;
  for (;;) {
    const step = job.next();
    if (step.done) return { done: true, value: step.value };
    if (now() >= until) return { done: false };
  }
}
