import type { ReviewReason, TrackedClaim } from './claimTracking';

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

/** Why a claim needs review, in words for the user: "its quote fits 2 places about equally well". */
export function describeReviewReason(reason: ReviewReason): string {
  switch (reason.kind) {
    case 'otherFiguresOrNames': {
      const parts = [
        ...(reason.missing.length > 0 ? [`states ${reason.missing.join(', ')}`] : []),
        ...(reason.added.length > 0 ? [`where the text has ${reason.added.join(', ')}`] : []),
      ];
      return `it is found only at text with other figures or names (the claim ${parts.join(' ')})`;
    }
    case 'lookAlikes':
      return `its quote fits ${reason.places} places about equally well`;
    case 'textRemoved':
      return 'its text was removed; a place like it is elsewhere';
    case 'rewritten':
      return 'its text was edited so much that it no longer reads as the claim';
    case 'unverified':
      return 'its quote is too long to compare in bounded time with the place that lines up with it';
  }
}
