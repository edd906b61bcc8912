import { anchorQuote } from '../../core/anchoring/quoteAnchor';
import { shiftSpan, TextChange } from '../../core/anchoring/shiftSpan';
import { SidecarClaim } from '../../core/sidecar/types';
import { Span } from '../../core/textDocument';

/** How a claim was last placed in its document: found (exactly or fuzzily) or not. */
export type ClaimStatus = 'exact' | 'fuzzy' | 'orphaned' | 'ambiguous';

/** A stored claim and where it stands in the document's current text; no span when orphaned or ambiguous. */
export interface TrackedClaim {
  readonly claim: SidecarClaim;
  readonly span: Span | undefined;
  readonly status: ClaimStatus;
}

/** Places a claim in `text` by its quote; its stored start and end are only a hint. */
export function anchorClaim(text: string, claim: SidecarClaim): TrackedClaim {
  const found = anchorQuote(text, claim.anchor);
  return found.status === 'exact' || found.status === 'fuzzy'
    ? { claim, span: { start: found.start, end: found.end }, status: found.status }
    : { claim, span: undefined, status: found.status };
}

/**
 * Carries claims through one editor change event (its changes apply one after another, as VS Code
 * applies them): spans move with edits around them and resize with edits inside them; a claim
 * whose whole text was replaced is looked for again by its quote in `textAfter`.
 * `placesChanged` says whether a claim was lost or found, which views care about, not mere moves;
 * `touched` lists the claims an edit reached into, whose place should be checked by quote again.
 */
export function shiftClaims(
  claims: readonly TrackedClaim[],
  changes: readonly TextChange[],
  textAfter: string,
): { claims: TrackedClaim[]; placesChanged: boolean; touched: string[] } {
  let placesChanged = false;
  const touched: string[] = [];
  const shifted = claims.map((tracked) => {
    if (tracked.span === undefined) return tracked;
    let span: Span | undefined = tracked.span;
    for (const change of changes) {
      if (change.end > span.start && change.start < span.end) touched.push(tracked.claim.id);
      span = shiftSpan(span, change);
      if (span === undefined) break;
    }
    if (span !== undefined && span.end > span.start) return { ...tracked, span };
    const anchored = anchorClaim(textAfter, tracked.claim);
    placesChanged ||= anchored.span === undefined;
    return anchored;
  });
  return { claims: shifted, placesChanged, touched };
}

/**
 * Places orphaned claims (say, after the user undid the deletion of their text) and the claims in
 * `ids` again by their quotes. An edit inside a claim only resizes it; once the typing stops, the
 * quote decides whether the text there is still the claim (a sentence rewritten beyond recognition
 * is orphaned, not silently kept).
 */
export function recheckClaims(claims: readonly TrackedClaim[], ids: ReadonlySet<string>, text: string): { claims: TrackedClaim[]; placesChanged: boolean } {
  let placesChanged = false;
  const rechecked = claims.map((tracked) => {
    if (tracked.span !== undefined && !ids.has(tracked.claim.id)) return tracked;
    const anchored = anchorClaim(text, tracked.claim);
    placesChanged ||= (anchored.span === undefined) !== (tracked.span === undefined);
    return anchored;
  });
  return { claims: rechecked, placesChanged };
}

/** The found claim whose span holds `offset` (ends included, so a cursor just after a claim finds it). */
export function claimAt(claims: readonly TrackedClaim[], offset: number): TrackedClaim | undefined {
  return claims.find((tracked) => tracked.span !== undefined && tracked.span.start <= offset && offset <= tracked.span.end);
}
