import type { TrackedClaim } from '../../core/anchoring/claimTracking';
import type { DetectEntities } from '../../core/anchoring/figuresAndNames';
import { claimPlacements } from '../../core/anchoring/placeClaims';
import type { Steps } from '../../core/util/steps';
import type { SidecarClaim } from '../../core/sidecar/types';

/**
 * claimPlacements, with the claims `inView` (by their stored position) placed first and handed to
 * `onInView` as soon as they are, so a large document shows the claims on screen before the
 * rest are placed. The result is in the sidecar's order, as claimPlacements gives it.
 */
export function* viewFirstPlacements(
  text: string,
  claims: readonly SidecarClaim[],
  inView: (claim: SidecarClaim) => boolean,
  known: (claim: SidecarClaim) => TrackedClaim | undefined,
  onInView: (placed: readonly TrackedClaim[]) => void,
  detect?: DetectEntities,
): Steps<TrackedClaim[]> {
  const first = yield* claimPlacements(text, claims.filter(inView), known, detect);
  onInView(first);
  const rest = yield* claimPlacements(text, claims.filter((claim) => !inView(claim)), known, detect);
  const placed = new Map([...first, ...rest].map((tracked) => [tracked.claim.id, tracked]));
  return claims.map((claim) => placed.get(claim.id)!);
}
