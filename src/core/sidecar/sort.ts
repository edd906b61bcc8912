import { SidecarClaim } from './types';

/** Document order: by where the quote starts, then by id, so the order never depends on history. */
export function compareClaims(a: SidecarClaim, b: SidecarClaim): number {
  return a.anchor.start - b.anchor.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortClaims(claims: readonly SidecarClaim[]): SidecarClaim[] {
  return [...claims].sort(compareClaims);
}
