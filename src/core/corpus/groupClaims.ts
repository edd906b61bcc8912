import { organisationsOf, type ExportedClaim } from '../export/corpus';

export const CLAIM_GROUPINGS = ['document', 'tag', 'source', 'organisation'] as const;
export type ClaimGrouping = (typeof CLAIM_GROUPINGS)[number];

export interface ClaimGroup {
  /** The document's path, the tag, the source or the organisation; undefined for the claims that have none. */
  readonly key: string | undefined;
  readonly claims: readonly ExportedClaim[];
}

/** What a claim is filed under: a claim with two tags is under both. */
function keysOf(exported: ExportedClaim, by: ClaimGrouping): readonly string[] {
  switch (by) {
    case 'document':
      return [exported.document];
    case 'tag':
      return exported.claim.tags;
    case 'source':
      return exported.claim.source ? [exported.claim.source] : [];
    case 'organisation':
      return organisationsOf(exported);
  }
}

/**
 * The claims grouped by document, tag, source or organisation (named in the claim or its source),
 * groups in alphabetical order with the claims that have none last, claims in their given order.
 */
export function groupClaims(claims: readonly ExportedClaim[], by: ClaimGrouping): ClaimGroup[] {
  const groups = new Map<string, ExportedClaim[]>();
  const none: ExportedClaim[] = [];
  for (const exported of claims) {
    const keys = keysOf(exported, by);
    if (keys.length === 0) none.push(exported);
    for (const key of keys) {
      const group = groups.get(key);
      if (group) group.push(exported);
      else groups.set(key, [exported]);
    }
  }
  const sorted: ClaimGroup[] = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, grouped]) => ({ key, claims: grouped }));
  return none.length > 0 ? [...sorted, { key: undefined, claims: none }] : sorted;
}

/** The label of a group, the group of claims without a key named for what they lack. */
export function groupLabel(group: ClaimGroup, by: ClaimGrouping): string {
  return group.key ?? { document: '(no document)', tag: '(no tags)', source: '(no source)', organisation: '(no organisation)' }[by];
}
