import { compareClaims } from '../sidecar/sort';
import { Sidecar, SidecarClaim } from '../sidecar/types';
import { sameAnchor, sameAttribution } from './claimEquality';

/** What happened to one claim between two versions of a sidecar. */
export type ClaimChangeKind = 'added' | 'removed' | 'retagged' | 'renoted' | 'resourced' | 'reanchored';

/**
 * Every change to one claim. `added` and `removed` stand alone; the other kinds combine.
 * `before` is absent for an added claim, `after` for a removed one.
 */
export interface ClaimChange {
  readonly id: string;
  /** The claim's quote as it is now (as it was, for a removed claim). */
  readonly quote: string;
  readonly kinds: readonly ClaimChangeKind[];
  readonly before?: SidecarClaim;
  readonly after?: SidecarClaim;
  readonly tagsAdded: readonly string[];
  readonly tagsRemoved: readonly string[];
}

/**
 * The semantic difference between two versions of a sidecar, matched by claim id, one entry per
 * claim that changed, in document order. A missing sidecar counts as one without claims.
 */
export function diffSidecars(before: Sidecar | undefined, after: Sidecar | undefined): ClaimChange[] {
  const beforeById = new Map((before?.claims ?? []).map((claim) => [claim.id, claim]));
  const afterById = new Map((after?.claims ?? []).map((claim) => [claim.id, claim]));
  const changes: { readonly at: SidecarClaim; readonly change: ClaimChange }[] = [];
  for (const [id, old] of beforeById) {
    const current = afterById.get(id);
    const change = current === undefined ? removed(old) : changed(old, current);
    if (change) {
      changes.push({ at: current ?? old, change });
    }
  }
  for (const [id, current] of afterById) {
    if (!beforeById.has(id)) {
      changes.push({ at: current, change: added(current) });
    }
  }
  return changes.sort((a, b) => compareClaims(a.at, b.at)).map(({ change }) => change);
}

function added(claim: SidecarClaim): ClaimChange {
  return { id: claim.id, quote: claim.anchor.quote, kinds: ['added'], after: claim, tagsAdded: [...claim.tags], tagsRemoved: [] };
}

function removed(claim: SidecarClaim): ClaimChange {
  return { id: claim.id, quote: claim.anchor.quote, kinds: ['removed'], before: claim, tagsAdded: [], tagsRemoved: [...claim.tags] };
}

function changed(before: SidecarClaim, after: SidecarClaim): ClaimChange | undefined {
  const tagsAdded = after.tags.filter((tag) => !before.tags.includes(tag));
  const tagsRemoved = before.tags.filter((tag) => !after.tags.includes(tag));
  const kinds: ClaimChangeKind[] = [];
  if (tagsAdded.length > 0 || tagsRemoved.length > 0) {
    kinds.push('retagged');
  }
  if (before.note !== after.note) {
    kinds.push('renoted');
  }
  if (!sameAttribution(before, after)) {
    kinds.push('resourced');
  }
  if (!sameAnchor(before.anchor, after.anchor)) {
    kinds.push('reanchored');
  }
  return kinds.length === 0 ? undefined : { id: after.id, quote: after.anchor.quote, kinds, before, after, tagsAdded, tagsRemoved };
}
