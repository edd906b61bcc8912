import type { TrackedClaim } from './claimTracking';

/** A document's claims at a glance, as the status bar and the view both show it: "3 claims · 1 needs review · 1 orphaned". */
export function claimSummary(claims: readonly TrackedClaim[]): string {
  const needsReview = claims.filter((tracked) => tracked.status === 'needsReview').length;
  const orphaned = claims.filter((tracked) => tracked.status === 'orphaned').length;
  return [
    `${claims.length} claim${claims.length === 1 ? '' : 's'}`,
    ...(needsReview > 0 ? [`${needsReview} need${needsReview === 1 ? 's' : ''} review`] : []),
    ...(orphaned > 0 ? [`${orphaned} orphaned`] : []),
  ].join(' · ');
}
