import { QuoteAnchor, SidecarClaim } from '../sidecar/types';

export function sameAnchor(a: QuoteAnchor, b: QuoteAnchor): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

/** Same tags in the same order: order is what the user chose, so a reorder is a change to merge. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

export function sameClaim(a: SidecarClaim | undefined, b: SidecarClaim | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b;
  }
  return a.id === b.id && sameAnchor(a.anchor, b.anchor) && sameTags(a.tags, b.tags) && a.note === b.note && a.source === b.source && a.organisation === b.organisation;
}
