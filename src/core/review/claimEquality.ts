import { QuoteAnchor, SidecarClaim } from '../sidecar/types';

export function sameAnchor(a: QuoteAnchor, b: QuoteAnchor): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

/** Same tags in the same order: order is what the user chose, so a reorder is a change to merge. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/** Whether two claims name one speaker the same way: the source and its organisation both alike (two that read alike on one line may not). */
export function sameAttribution(x: Pick<SidecarClaim, 'source' | 'organisation'>, y: Pick<SidecarClaim, 'source' | 'organisation'>): boolean {
  return x.source === y.source && x.organisation === y.organisation;
}

export function sameClaim(a: SidecarClaim | undefined, b: SidecarClaim | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b;
  }
  return a.id === b.id && sameAnchor(a.anchor, b.anchor) && sameTags(a.tags, b.tags) && a.note === b.note && sameAttribution(a, b);
}
