import type { SidecarClaim } from '../sidecar/types';
import { anchorClaimSteps, type TrackedClaim } from './claimTracking';
import type { DetectEntities } from './figuresAndNames';
import type { Steps } from './steps';

/**
 * Placing claims as a job that stops after every claim and between a claim's searches, so the caller can spread the work over
 * slices of a few milliseconds and never block its thread for long (each claim's own search is
 * bounded). `known` gives a claim's place when it is already known (tracked through edits of this
 * very text), sparing the search.
 */
export function* claimPlacements(
  text: string,
  claims: readonly SidecarClaim[],
  known: (claim: SidecarClaim) => TrackedClaim | undefined,
  detect?: DetectEntities,
): Steps<TrackedClaim[]> {
  const placed: TrackedClaim[] = [];
  for (const claim of claims) {
    const kept = known(claim);
    placed.push(kept ?? (yield* anchorClaimSteps(text, claim, detect)));
    if (!kept) yield;
  }
  return placed;
}
