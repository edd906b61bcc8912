import type { SidecarClaim } from '../sidecar/types';
import { quotePieces } from './boundedSearch';
import { claimAtStoredPlace, searchClaimSteps, type TrackedClaim } from './claimTracking';
import type { DetectEntities } from './figuresAndNames';
import { indexPieces } from './pieceIndex';
import type { Steps } from '../util/steps';

/**
 * Placing claims as a job that stops after every claim and between a claim's searches, so the caller can spread the work over
 * slices of a few milliseconds and never block its thread for long (each claim's own search is
 * bounded). `known` gives a claim's place when it is already known (tracked through edits of this
 * very text), sparing the search. A claim still at its stored position is taken there; the pieces
 * of all the others are then found in one pass over the text (pieceIndex.ts), not one pass each.
 */
export function* claimPlacements(
  text: string,
  claims: readonly SidecarClaim[],
  known: (claim: SidecarClaim) => TrackedClaim | undefined,
  detect?: DetectEntities,
): Steps<TrackedClaim[]> {
  const stored: (TrackedClaim | undefined)[] = [];
  for (const claim of claims) {
    const kept = known(claim);
    stored.push(kept ?? claimAtStoredPlace(text, claim));
    if (!kept) yield;
  }
  const toSearch = claims.filter((_, index) => stored[index] === undefined);
  const pieces = yield* indexPieces(text, toSearch.flatMap((claim) => quotePieces(claim.anchor.quote)));
  const placed: TrackedClaim[] = [];
  for (const [index, claim] of claims.entries()) {
    const kept = stored[index];
    placed.push(kept ?? (yield* searchClaimSteps(text, claim, detect, pieces)));
    if (!kept) yield;
  }
  return placed;
}
