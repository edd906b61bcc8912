import { anchorClaim, recheckClaims, shiftClaims, type TrackedClaim } from '../../src/core/anchoring/claimTracking';
import { compareFiguresAndNames } from '../../src/core/anchoring/figuresAndNames';
import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { shiftSpan, type TextChange } from '../../src/core/anchoring/shiftSpan';
import type { SidecarClaim } from '../../src/core/sidecar/types';
import type { Span } from '../../src/core/textDocument';

/**
 * A run of random edits over a document of repeated and near-duplicate sentences, tracking where
 * each claim's text really is (the truth, carried through every edit) beside where the claim
 * tracking puts it, as the editor does (shift on each edit, recheck when typing stops) and as
 * `check` or a reopened file does (placed afresh). Shared by the property test and the bench.
 */

/** A deterministic source of choices, so a failing run can be replayed from its seed. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const PLACES = ['Leeds', 'Hull', 'York', 'Bristol', 'Derby'];
const ITEMS = ['roads', 'schools', 'libraries', 'care homes', 'bus services'];

function sentence(random: Random): string {
  const amount = 10 + Math.floor(random() * 900);
  const share = 1 + Math.floor(random() * 60);
  const year = 2010 + Math.floor(random() * 12);
  return pick(random, [
    `Planned savings in ${pick(random, PLACES)} for ${pick(random, ITEMS)} were £${amount} million in ${year}.`,
    `The council in ${pick(random, PLACES)} spent ${share} per cent of its budget on ${pick(random, ITEMS)}.`,
    `Spending on ${pick(random, ITEMS)} rose by £${amount} million between ${year} and ${year + 1}.`,
  ]);
}

/** With the same words and other figures: the look-alike that must never receive a claim. */
function nearDuplicate(text: string): string {
  return text.replace(/\d+/, (digits) => String(Number(digits) + 1));
}

export interface Outcome {
  claims: number;
  /** A claim missing from the results. */
  lost: number;
  /** Drawn as found on text whose figures or names differ from its quote's. */
  otherFigures: number;
  /** Found on an identical copy elsewhere while its own (edited) text is still there. */
  onCopyInsteadOfEdited: number;
  /** Orphaned although its text is intact in the document. */
  orphanedIntact: number;
  /** Held for review although its text is intact (copies that context cannot tell apart). */
  needsReviewIntact: number;
}

export function emptyOutcome(): Outcome {
  return { claims: 0, lost: 0, otherFigures: 0, onCopyInsteadOfEdited: 0, orphanedIntact: 0, needsReviewIntact: 0 };
}

export function addOutcomes(a: Outcome, b: Outcome): Outcome {
  return {
    claims: a.claims + b.claims,
    lost: a.lost + b.lost,
    otherFigures: a.otherFigures + b.otherFigures,
    onCopyInsteadOfEdited: a.onCopyInsteadOfEdited + b.onCopyInsteadOfEdited,
    orphanedIntact: a.orphanedIntact + b.orphanedIntact,
    needsReviewIntact: a.needsReviewIntact + b.needsReviewIntact,
  };
}

/** One document, a few claims, `edits` random edits; the outcome for the editor's tracking and for placing afresh. */
export function trackingRun(random: Random, edits: number): { editor: Outcome; afresh: Outcome } {
  const sentences: string[] = [];
  for (let index = 0; index < 16; index++) {
    const roll = random();
    const earlier = sentences.length > 0 ? pick(random, sentences) : undefined;
    sentences.push(earlier && roll < 0.2 ? earlier : earlier && roll < 0.45 ? nearDuplicate(earlier) : sentence(random));
  }
  let text = sentences.join(' ');
  const claims: SidecarClaim[] = [];
  const truth: (Span | undefined)[] = [];
  let offset = 0;
  sentences.forEach((each, index) => {
    if (random() < 0.3 || (index === sentences.length - 1 && claims.length === 0)) {
      claims.push({ id: `c-${String(claims.length).padStart(6, '0')}`, anchor: createQuoteAnchor(text, offset, offset + each.length), tags: [] });
      truth.push({ start: offset, end: offset + each.length });
    }
    offset += each.length + 1;
  });
  let tracked: TrackedClaim[] = claims.map((claim) => anchorClaim(text, claim));
  for (let step = 0; step < edits; step++) {
    const change = randomEdit(random, text, truth);
    text = text.slice(0, change.start) + change.text + text.slice(change.end);
    for (let index = 0; index < truth.length; index++) {
      const span = truth[index];
      const shifted = span && shiftSpan(span, change);
      truth[index] = shifted && shifted.end > shifted.start ? shifted : undefined;
    }
    const shifted = shiftClaims(tracked, [change], text);
    tracked = recheckClaims(shifted.claims, new Set(shifted.touched), text).claims;
  }
  return {
    editor: judge(text, claims, truth, tracked),
    afresh: judge(text, claims, truth, claims.map((claim) => anchorClaim(text, claim))),
  };
}

/** Insertions, deletions (whole sentences too), word edits inside claims, figure edits inside claims, and cut and paste. */
function randomEdit(random: Random, text: string, truth: readonly (Span | undefined)[]): TextChange {
  const at = Math.floor(random() * (text.length + 1));
  const inClaim = truth.filter((span): span is Span => span !== undefined);
  const roll = random();
  if (roll < 0.25) return { start: at, end: at, text: pick(random, [' Indeed.', ' The report said so.', ` ${sentence(random)}`, ' ']) };
  if (roll < 0.4) return { start: at, end: Math.min(text.length, at + Math.floor(random() * 40)), text: '' };
  if (roll < 0.55 && inClaim.length > 0) {
    const span = pick(random, inClaim);
    const word = text.slice(span.start, span.end).search(/ (in|on|for|of) /);
    if (word > 0) return { start: span.start + word + 1, end: span.start + word + 3, text: pick(random, ['at', 'to', 'by']) };
  }
  if (roll < 0.7 && inClaim.length > 0) {
    const span = pick(random, inClaim);
    const digits = /\d+/.exec(text.slice(span.start, span.end));
    if (digits) return { start: span.start + digits.index, end: span.start + digits.index + digits[0].length, text: String(Number(digits[0]) + 7) };
  }
  if (roll < 0.85) {
    // Deleting a whole sentence (the first half of a cut; a paste may come later as an insertion).
    const start = text.lastIndexOf('. ', at) + 2;
    const end = text.indexOf('. ', at);
    if (start > 1 && end > start) return { start, end: end + 2, text: '' };
  }
  return { start: at, end: at, text: ` ${pick(random, claimsText(text, inClaim))}` };
}

function claimsText(text: string, spans: readonly Span[]): string[] {
  return spans.length > 0 ? spans.map((span) => text.slice(span.start, span.end)) : [sentence(seededRandom(text.length))];
}

function judge(text: string, claims: readonly SidecarClaim[], truth: readonly (Span | undefined)[], placed: readonly TrackedClaim[]): Outcome {
  const outcome = emptyOutcome();
  claims.forEach((claim, index) => {
    outcome.claims++;
    const result = placed.find((each) => each.claim.id === claim.id);
    if (!result) {
      outcome.lost++;
      return;
    }
    const real = truth[index];
    const intact = real !== undefined && text.slice(real.start, real.end) === claim.anchor.quote;
    if (result.span && compareFiguresAndNames(claim.anchor.quote, text.slice(result.span.start, result.span.end))) outcome.otherFigures++;
    if (result.span && real && !intact && text.slice(result.span.start, result.span.end) === claim.anchor.quote
      && !(result.span.start < real.end && real.start < result.span.end) && !compareFiguresAndNames(claim.anchor.quote, text.slice(real.start, real.end))) {
      outcome.onCopyInsteadOfEdited++;
    }
    if (intact && result.status === 'orphaned') outcome.orphanedIntact++;
    if (intact && result.status === 'needsReview') outcome.needsReviewIntact++;
  });
  return outcome;
}
