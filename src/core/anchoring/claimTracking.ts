import type { SidecarClaim } from '../sidecar/types';
import type { Span } from '../textDocument';
import { compareFiguresAndNames, type DetectEntities, type FiguresAndNamesDifference } from './figuresAndNames';
import type { PieceFinder } from './pieceIndex';
import { anchorQuote, anchorQuoteSteps, type AnchorResult, atStoredPlace, searchQuoteSteps, standsWithContextAt, verifyPlace } from './quoteAnchor';
import { drain, type Steps } from '../util/steps';
import { shiftSpan, type TextChange } from './shiftSpan';

/** Why a claim needs a person to look: it is never drawn as a normal claim meanwhile. */
export type ReviewReason =
  /** The best place reads like the quote but states other figures or names. */
  | ({ readonly kind: 'otherFiguresOrNames' } & FiguresAndNamesDifference)
  /** Several places (copies or look-alikes) fit about equally well. */
  | { readonly kind: 'lookAlikes'; readonly places: number }
  /** Its text was cut or deleted here; a place like it is elsewhere, but a claim never follows a look-alike by itself. */
  | { readonly kind: 'textRemoved' }
  /** Its text was edited so much that it no longer reads as the quote (the place is where that text is). */
  | { readonly kind: 'rewritten' }
  /** A place lines up with a very long quote, but what differs in between was not worked out in bounded time. */
  | { readonly kind: 'unverified' };

/**
 * A stored claim and where it stands in the document's current text:
 * - `exact`: found, the quote as it was tagged;
 * - `fuzzy`: found after an edit, with the same figures and names;
 * - `needsReview`: a candidate place exists but is not trusted (see the reason);
 * - `orphaned`: no candidate place.
 * `span` is set only for a found claim, so code that draws claims cannot draw one that needs review.
 * `held`: its text was removed while the document was open; it follows that text if it comes back.
 */
export type TrackedClaim =
  | { readonly claim: SidecarClaim; readonly status: 'exact' | 'fuzzy'; readonly span: Span; readonly held?: undefined }
  | { readonly claim: SidecarClaim; readonly status: 'needsReview'; readonly span?: undefined; readonly candidate: Span; readonly reason: ReviewReason; readonly held?: true }
  | { readonly claim: SidecarClaim; readonly status: 'orphaned'; readonly span?: undefined; readonly held?: true };

export type ClaimStatus = TrackedClaim['status'];

/** Places a claim in `text` by its quote (its stored start and end are only a hint), figures and names deciding. */
export function anchorClaim(text: string, claim: SidecarClaim, detect?: DetectEntities): TrackedClaim {
  return drain(anchorClaimSteps(text, claim, detect));
}

/** anchorClaim as steps, stopping between its searches (see util/steps.ts). */
function* anchorClaimSteps(text: string, claim: SidecarClaim, detect?: DetectEntities): Steps<TrackedClaim> {
  return placement(text, claim, yield* anchorQuoteSteps(text, claim.anchor), detect);
}

/** anchorClaimSteps for a claim claimAtStoredPlace did not find: the search alone; `pieces` as searchQuoteSteps takes it. */
export function* searchClaimSteps(text: string, claim: SidecarClaim, detect: DetectEntities | undefined, pieces: PieceFinder): Steps<TrackedClaim> {
  return placement(text, claim, yield* searchQuoteSteps(text, claim.anchor, pieces), detect);
}

/** The claim found exactly at its stored position with its context, or undefined when it has to be looked for. */
export function claimAtStoredPlace(text: string, claim: SidecarClaim): TrackedClaim | undefined {
  const stored = atStoredPlace(text, claim.anchor);
  return stored && placement(text, claim, stored, undefined);
}

function placement(text: string, claim: SidecarClaim, found: AnchorResult, detect: DetectEntities | undefined): TrackedClaim {
  switch (found.status) {
    case 'exact':
      return { claim, status: 'exact', span: { start: found.start, end: found.end } };
    case 'fuzzy':
      return placeEdited(claim, { start: found.start, end: found.end }, text.slice(found.start, found.end), detect);
    case 'ambiguous':
      return { claim, status: 'needsReview', candidate: { start: found.start, end: found.end }, reason: { kind: 'lookAlikes', places: found.candidates } };
    case 'unverified':
      return { claim, status: 'needsReview', candidate: { start: found.start, end: found.end }, reason: { kind: 'unverified' } };
    case 'orphaned':
      return { claim, status: 'orphaned' };
  }
}

/**
 * Places a claim whose text was removed while the document was open. It comes back by itself
 * only where its quote stands again with its own context (undo, or the paragraph pasted back);
 * any other place, however alike, is only a candidate for review.
 */
function holdClaim(text: string, claim: SidecarClaim, detect?: DetectEntities): TrackedClaim {
  return drain(holdClaimSteps(text, claim, detect));
}

/** holdClaim as steps, stopping inside its search. */
function* holdClaimSteps(text: string, claim: SidecarClaim, detect?: DetectEntities): Steps<TrackedClaim> {
  const placed = yield* anchorClaimSteps(text, claim, detect);
  if (placed.status === 'orphaned') return { ...placed, held: true };
  const place = placed.span ?? placed.candidate;
  const restored = place.end - place.start === claim.anchor.quote.length && standsWithContextAt(text, claim.anchor, place.start);
  if (restored) return { claim, status: 'exact', span: place };
  return placed.status === 'needsReview' ? { ...placed, held: true } : { claim, status: 'needsReview', candidate: place, reason: { kind: 'textRemoved' }, held: true };
}

/** A claim found after an edit at `span`, whose text is `placed`: found if its figures and names are the quote's. */
function placeEdited(claim: SidecarClaim, span: Span, placed: string, detect: DetectEntities | undefined): TrackedClaim {
  const difference = compareFiguresAndNames(claim.anchor.quote, placed, detect);
  return difference
    ? { claim, status: 'needsReview', candidate: span, reason: { kind: 'otherFiguresOrNames', ...difference } }
    : { claim, status: 'fuzzy', span };
}

/**
 * Carries claims through one editor change event (its changes apply one after another, as VS Code
 * applies them): spans move with edits around them and resize with edits inside them. A claim
 * whose whole text was removed is held (needs review or orphaned), never moved to a look-alike;
 * a held claim whose quote is inserted again (pasted back, or undone) follows it there.
 * `placesChanged` says whether a claim was lost or found, which views care about, not mere moves;
 * `touched` lists the claims an edit reached into, whose place should be checked by quote again.
 * `textAfter` may be a function, called only when a claim's text was removed: an editor then does
 * not take the whole text at each keystroke.
 */
export function shiftClaims(
  claims: readonly TrackedClaim[],
  changes: readonly TextChange[],
  textAfter: string | (() => string),
  detect?: DetectEntities,
): { claims: TrackedClaim[]; placesChanged: boolean; touched: string[] } {
  let text: string | undefined;
  const after = (): string => (text ??= typeof textAfter === 'string' ? textAfter : textAfter());
  let placesChanged = false;
  const touched: string[] = [];
  const shifted = claims.map((tracked): TrackedClaim => {
    const { claim } = tracked;
    if (tracked.held) {
      const back = textComingBack(claim, changes, detect);
      if (back) {
        placesChanged = true;
        // Back by pasting or undo: the recheck confirms the place and says whether it is exact or edited.
        touched.push(claim.id);
        return { claim, status: 'exact', span: back };
      }
    }
    if (tracked.status === 'orphaned') return tracked;
    const carried = carry(tracked.span ?? tracked.candidate, changes);
    if (carried.touched) touched.push(claim.id);
    if (carried.span === undefined) {
      placesChanged = true;
      return holdClaim(after(), claim, detect);
    }
    return tracked.span !== undefined ? { ...tracked, span: carried.span } : { ...tracked, candidate: carried.span };
  });
  return { claims: shifted, placesChanged, touched };
}

/** A place carried through the changes of one event; undefined when its text was removed. */
function carry(place: Span, changes: readonly TextChange[]): { span: Span | undefined; touched: boolean } {
  let span: Span | undefined = place;
  let touched = false;
  for (const change of changes) {
    if (span === undefined) break;
    touched ||= change.end > span.start && change.start < span.end;
    // Text typed or pasted over the whole place is where it went; the recheck decides whether it still holds the quote.
    const replacedWhole: boolean = change.start <= span.start && change.end >= span.end && change.text.length > 0;
    span = replacedWhole ? { start: change.start, end: change.start + change.text.length } : shiftSpan(span, change);
    if (span !== undefined && span.end <= span.start) span = undefined;
  }
  return { span, touched };
}

/** Where a held claim's text lands if the changes insert it, carried through the changes after that one. */
function textComingBack(claim: SidecarClaim, changes: readonly TextChange[], detect: DetectEntities | undefined): Span | undefined {
  let back: Span | undefined;
  for (const change of changes) {
    back = back ? shiftSpan(back, change) : pastedBack(claim, change, detect);
  }
  return back;
}

/**
 * Where a held claim lands if `change` inserts its text (in the text right after that change): its
 * quote, or the quote as edited before it was removed (an undo brings back the edited text), with
 * the same figures and names.
 */
function pastedBack(claim: SidecarClaim, change: TextChange, detect: DetectEntities | undefined): Span | undefined {
  const { quote } = claim.anchor;
  if (quote.length === 0 || change.text.length < quote.length * 0.75) return undefined;
  const at = change.text.indexOf(quote);
  if (at !== -1) return { start: change.start + at, end: change.start + at + quote.length };
  const found = anchorQuote(change.text, { quote, prefix: '', suffix: '', start: 0, end: quote.length });
  if (found.status !== 'fuzzy' || compareFiguresAndNames(quote, change.text.slice(found.start, found.end), detect)) return undefined;
  return { start: change.start + found.start, end: change.start + found.end };
}

/**
 * The text a recheck reads: a string, or pieces of it (`slice`, for the places edits carried the
 * touched claims to) and the whole (`whole`, taken only to look for held claims again), so an
 * editor does not take a long document's whole text when a keystroke touched one claim.
 */
export type RecheckText = string | { readonly slice: (start: number, end: number) => string; readonly whole: () => string };

/**
 * Once the typing stops: a claim an edit reached into (`ids`) is confirmed at the place the edits
 * carried it to, before anything else is considered, so a sentence edited in place stays there
 * even if an untouched copy of it is elsewhere; if that place no longer holds the quote (rewritten
 * beyond recognition) or states other figures, it needs review or is orphaned. A held claim is
 * looked for again (its text may have come back with its context); other claims stay as they are.
 */
export function recheckClaims(claims: readonly TrackedClaim[], ids: ReadonlySet<string>, text: RecheckText, detect?: DetectEntities): { claims: TrackedClaim[]; placesChanged: boolean } {
  return drain(recheckClaimSteps(claims, ids, text, detect));
}

/**
 * recheckClaims as steps (see util/steps.ts), stopping after each touched claim and inside each
 * held claim's search of the whole text: confirming the touched claims reads only their places.
 */
export function* recheckClaimSteps(
  claims: readonly TrackedClaim[],
  ids: ReadonlySet<string>,
  text: RecheckText,
  detect?: DetectEntities,
): Steps<{ claims: TrackedClaim[]; placesChanged: boolean }> {
  const read = typeof text === 'string' ? { slice: (start: number, end: number) => text.slice(start, end), whole: () => text } : text;
  let whole: string | undefined;
  let placesChanged = false;
  const rechecked: TrackedClaim[] = [];
  for (const tracked of claims) {
    const touched = ids.has(tracked.claim.id);
    const placed = tracked.held ? yield* holdClaimSteps(whole ??= read.whole(), tracked.claim, detect) : recheckPlace(tracked, touched, read.slice, detect);
    placesChanged ||= placed.status !== tracked.status;
    rechecked.push(placed);
    // A touched claim is compared with its quote: an edit that reached into many (a replace-all) stops between them.
    if (touched) yield;
  }
  return { claims: rechecked, placesChanged };
}

/** Whether a recheck would change anything: a claim was touched, or one is held (see recheckClaims). */
export function needsRecheck(claims: readonly TrackedClaim[], touched: ReadonlySet<string>): boolean {
  return touched.size > 0 || claims.some((tracked) => tracked.held);
}

/** recheckClaims for a claim that is not held. */
function recheckPlace(tracked: TrackedClaim, touched: boolean, slice: (start: number, end: number) => string, detect: DetectEntities | undefined): TrackedClaim {
  if (tracked.span !== undefined) return touched ? confirmPlace(tracked.claim, tracked.span, slice(tracked.span.start, tracked.span.end), detect) : tracked;
  // Edits at the place where a claim stands with other figures, or rewritten, may have put it back.
  if (touched && tracked.status === 'needsReview' && (tracked.reason.kind === 'otherFiguresOrNames' || tracked.reason.kind === 'rewritten')) {
    return confirmPlace(tracked.claim, tracked.candidate, slice(tracked.candidate.start, tracked.candidate.end), detect);
  }
  return tracked;
}

/** A touched claim at the place edits carried it to, whose text is now `placed`. */
function confirmPlace(claim: SidecarClaim, span: Span, placed: string, detect: DetectEntities | undefined): TrackedClaim {
  const verified = verifyPlace(placed, claim.anchor, { start: 0, end: placed.length });
  // Its own place still exists: a copy of the quote elsewhere, however exact, is not where it went.
  if (verified === undefined) return { claim, status: 'needsReview', candidate: span, reason: { kind: 'rewritten' } };
  return verified.exact ? { claim, status: 'exact', span } : placeEdited(claim, span, placed, detect);
}

/** The found claim whose span holds `offset` (ends included, so a cursor just after a claim finds it). */
function claimAt(claims: readonly TrackedClaim[], offset: number): TrackedClaim | undefined {
  return claims.find((tracked) => tracked.span !== undefined && tracked.span.start <= offset && offset <= tracked.span.end);
}

/** The claim found at or waiting for review at `offset`, found claims first. */
export function claimOrCandidateAt(claims: readonly TrackedClaim[], offset: number): TrackedClaim | undefined {
  return claimAt(claims, offset)
    ?? claims.find((tracked) => tracked.status === 'needsReview' && tracked.candidate.start <= offset && offset <= tracked.candidate.end);
}
