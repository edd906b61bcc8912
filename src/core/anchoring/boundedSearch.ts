import type { Span } from '../textDocument';
import { approxSearch, firstApproxMatch, type ApproxMatch } from './approxSearch';
import { countBelow } from '../util/countBelow';
import { occurrences, type PieceFinder } from './pieceIndex';
import type { Steps } from '../util/steps';

/**
 * Searches whose cost has a ceiling whatever the quote's length or the text's repetitiveness, so
 * a hostile sidecar (a 100 KB quote in megabytes of repeated text) cannot stall the editor.
 * Costs are counted in characters compared: Myers' search costs window × ⌈quote / 32⌉, and a
 * verified place costs the quote's length.
 */

/** Quotes up to this long are searched whole (Myers); longer ones by their first and last pieces. */
const LONG_QUOTE = 160;
/** Characters a piece-wise search compares when confirming places: 4 MB, a few milliseconds. */
const VERIFY_BUDGET = 4_000_000;
/** Window × pattern blocks for Myers' search, about 20 ms on the CI machine. */
const MYERS_BUDGET = 600_000;
/** Window × pattern blocks one step of Myers' search covers, a few milliseconds: a window is searched in stretches this long. */
const MYERS_PER_STEP = 100_000;
/** The end pieces of a long quote, found exactly. */
const PIECE = 32;
/** A quote that recurs more often than this says little; only the occurrences nearest its old place are weighed. */
const MAX_EXACT_SCORED = 1_000;
const SEED_LENGTH = 16;
const MAX_SEEDS = 8;
/** A seed found more often than this is too common to say where the quote went. */
const MAX_SEED_HITS = 16;
const NEAR_HINT_REACH = 10_000;

export interface BoundedMatch extends ApproxMatch {
  /** The place lines up with the quote's ends, but how much differs in between was not worked out. */
  readonly unverified?: boolean;
}

/**
 * The pieces of `quote` that exactMatches and fuzzyMatchSteps look for in the text: the quote
 * itself or, for a long one, its end pieces; and the seeds of a short one. Finding them all in
 * one pass (pieceIndex.ts) for many quotes spares reading the text once per quote.
 */
export function quotePieces(quote: string): string[] {
  return quote.length > LONG_QUOTE ? [exactPiece(quote), quote.slice(-PIECE)] : [exactPiece(quote), ...seedPieces(quote).keys()];
}

/** The piece exactMatches looks for: the quote, or the head of a long one. */
export function exactPiece(quote: string): string {
  return quote.length > LONG_QUOTE ? quote.slice(0, PIECE) : quote;
}

/** Exact occurrences of `quote`, at most the nearest 1,000 to `hint` (fewer for a long quote, each costing its length to confirm), in steps. */
export function* exactMatchSteps(text: string, quote: string, hint: number, pieces: PieceFinder): Steps<ApproxMatch[]> {
  const limit = Math.max(1, Math.min(MAX_EXACT_SCORED, Math.floor(VERIFY_BUDGET / quote.length)));
  if (quote.length <= LONG_QUOTE) {
    return nearest(yield* pieces.occurrences(quote), hint, limit).map((start) => ({ start, end: start + quote.length, errors: 0 }));
  }
  // indexOf of a long quote that is nearly everywhere (repetitive text) compares it at every offset: look for its head instead.
  return nearest(yield* pieces.occurrences(exactPiece(quote)), hint, limit)
    .filter((start) => text.startsWith(quote, start))
    .map((start) => ({ start, end: start + quote.length, errors: 0 }));
}

/**
 * Places where `quote` occurs with at most `maxErrors` edits, each the best of its part of the
 * text, so a look-alike elsewhere is seen even though the search reports only the lowest-error
 * matches. A short quote is searched through the whole of a short text, or through windows near
 * the stored position and near exact hits of its pieces, nearest first, until the budget is spent.
 * A long quote is placed by its end pieces and the text between compared directly.
 */
export function* fuzzyMatchSteps(text: string, quote: string, maxErrors: number, hint: number, pieces: PieceFinder): Steps<BoundedMatch[]> {
  if (quote.length > LONG_QUOTE) return yield* piecewiseMatchSteps(text, quote, maxErrors, hint, pieces);
  const blocks = Math.ceil(quote.length / 32);
  if (3 * text.length * blocks <= MYERS_BUDGET) {
    const overall = yield* searchWithinSteps(text, { start: 0, end: text.length }, quote, maxErrors);
    if (overall.length === 0) return [];
    const before = { start: 0, end: Math.min(...overall.map((match) => match.start)) };
    const after = { start: Math.max(...overall.map((match) => match.end)), end: text.length };
    return [...overall, ...(yield* searchWithinSteps(text, before, quote, maxErrors)), ...(yield* searchWithinSteps(text, after, quote, maxErrors))];
  }
  let budget = MYERS_BUDGET;
  const matches: ApproxMatch[] = [];
  const exactStarts = yield* pieces.occurrences(quote);
  for (const window of yield* likelyWindows(text, quote, maxErrors, hint, pieces)) {
    const cost = (window.end - window.start) * blocks;
    if (cost > budget) break;
    budget -= cost;
    matches.push(...(exactWithin(exactStarts, window, quote.length) ?? (yield* searchWithinSteps(text, window, quote, maxErrors))));
    yield;
  }
  return matches;
}

/**
 * The quote's exact occurrences inside `window`, or undefined when it has none. Where the quote
 * occurs exactly, the lowest-error matches Myers' search reports there are those occurrences and
 * nothing else, so they are what searching the window would give, without the search (this is
 * most windows when a document's claims have only moved: the one near the stored position holds
 * the quote, moved a little).
 */
function exactWithin(starts: readonly number[], window: Span, length: number): ApproxMatch[] | undefined {
  const within: ApproxMatch[] = [];
  for (let index = countBelow(starts, window.start); index < starts.length && starts[index] + length <= window.end; index++) {
    within.push({ start: starts[index], end: starts[index] + length, errors: 0 });
  }
  return within.length > 0 ? within : undefined;
}

/**
 * The edit distance between `a` and `b` when it is at most `maxErrors`, else undefined. What the
 * two share at their starts and ends costs one pass; only the differing middle is searched, and
 * only when it is short enough to search in bounded time (else undefined: not confirmed).
 */
export function boundedDistance(a: string, b: string, maxErrors: number): number | undefined {
  const { middleA, middleB } = differingMiddles(a, b);
  if (Math.abs(middleA.length - middleB.length) > maxErrors) return undefined;
  const upperBound = Math.max(middleA.length, middleB.length);
  if (upperBound <= 1 || middleA.length === 0 || middleB.length === 0) return upperBound <= maxErrors ? upperBound : undefined;
  if (middleB.length * Math.ceil(middleA.length / 32) > MYERS_BUDGET) return undefined;
  const best = firstApproxMatch(middleB, middleA, maxErrors);
  if (!best) return undefined;
  // A substring match leaves the rest of the middle unmatched; replacing it all is never worse.
  const errors = Math.min(upperBound, best.errors + middleB.length - (best.end - best.start));
  return errors <= maxErrors ? errors : undefined;
}

function differingMiddles(a: string, b: string): { middleA: string; middleB: string } {
  let head = 0;
  const shorter = Math.min(a.length, b.length);
  while (head < shorter && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shorter - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { middleA: a.slice(head, a.length - tail), middleB: b.slice(head, b.length - tail) };
}

/**
 * Places of a long quote: starts where its head occurs (or ends where its tail does) nearest the
 * stored position, the other end looked for within the errors allowed, and the text between
 * compared with the quote. Only as many places as the budget allows are compared.
 */
function* piecewiseMatchSteps(text: string, quote: string, maxErrors: number, hint: number, pieces: PieceFinder): Steps<BoundedMatch[]> {
  const head = quote.slice(0, PIECE);
  const tail = quote.slice(-PIECE);
  const starts = new Set<number>([hint]);
  const limit = Math.max(2, Math.floor(VERIFY_BUDGET / quote.length));
  for (const at of nearest(yield* pieces.occurrences(head), hint, limit)) starts.add(at);
  yield;
  for (const at of nearest(yield* pieces.occurrences(tail), hint + quote.length - PIECE, limit)) starts.add(at + PIECE - quote.length);
  yield;
  const matches: BoundedMatch[] = [];
  const placeAt = placesOfLongQuote(pieces, quote, maxErrors);
  for (const guess of nearest([...starts], hint, limit)) {
    let place = placeAt.get(guess);
    if (place === undefined) {
      place = placeNear(text, quote, maxErrors, guess);
      placeAt.set(guess, place);
    }
    if (place === 'none') continue;
    matches.push(place);
    yield;
  }
  return matches;
}

/**
 * Where each guess (a start) puts a long quote, kept per text (the finder of its pieces stands for
 * one text) and quote: the claims on copies of one sentence guess at the same places, and each
 * place is worked out once for them all.
 */
const longQuotePlaces = new WeakMap<PieceFinder, Map<string, Map<number, BoundedMatch | 'none'>>>();

function placesOfLongQuote(pieces: PieceFinder, quote: string, maxErrors: number): Map<number, BoundedMatch | 'none'> {
  let byQuote = longQuotePlaces.get(pieces);
  if (byQuote === undefined) {
    byQuote = new Map();
    longQuotePlaces.set(pieces, byQuote);
  }
  const key = `${maxErrors} ${quote}`;
  let places = byQuote.get(key);
  if (places === undefined) {
    places = new Map();
    byQuote.set(key, places);
  }
  return places;
}

/** The place a long quote has when it starts near `guess`: its ends looked for within the errors allowed, the text between compared. */
function placeNear(text: string, quote: string, maxErrors: number, guess: number): BoundedMatch | 'none' {
  const start = endNear(text, quote.slice(0, PIECE), guess, maxErrors, 'start') ?? guess;
  const end = endNear(text, quote.slice(-PIECE), start + quote.length, maxErrors, 'end') ?? start + quote.length;
  if (start < 0 || end > text.length || end <= start) return 'none';
  const errors = boundedDistance(quote, text.slice(start, end), maxErrors);
  return errors === undefined ? { start, end, errors: quote.length, unverified: true } : { start, end, errors };
}

/** Where `piece` starts (as the quote's start) or ends (as its end) within `reach` of `at`, nearest first. */
function endNear(text: string, piece: string, at: number, reach: number, which: 'start' | 'end'): number | undefined {
  const from = Math.max(0, (which === 'start' ? at : at - piece.length) - reach);
  const to = Math.min(text.length, (which === 'start' ? at + piece.length : at) + reach);
  const found = occurrences(text.slice(from, to), piece).map((offset) => from + offset + (which === 'end' ? piece.length : 0));
  return nearest(found, at, 1)[0];
}

/**
 * What searchWithin finds in `window`, searched a stretch of about `cellsPerStep` cells at a time
 * with a stop after each. Each stretch owns the matches ending in it and is searched from as far
 * back as such a match can start (the quote's length and the errors allowed), so it sees every
 * distance it owns as the whole window's search does, and the match's start as that search
 * finds it; a stretch whose lowest errors fall only in that reach owns nothing better than the
 * stretch before. The lowest-error matches of all the stretches, in order, are then the window's.
 */
export function* searchWithinSteps(text: string, window: Span, quote: string, maxErrors: number, cellsPerStep = MYERS_PER_STEP): Steps<ApproxMatch[]> {
  const stretch = Math.max(1, Math.floor(cellsPerStep / Math.ceil(quote.length / 32)));
  if (window.end - window.start <= stretch) return searchWithin(text, window, quote, maxErrors);
  const reach = quote.length + maxErrors;
  let lowest: ApproxMatch[] = [];
  for (let from = window.start; from < window.end; from += stretch) {
    const to = Math.min(window.end, from + stretch);
    const owned = searchWithin(text, { start: Math.max(window.start, from - reach), end: to }, quote, maxErrors).filter((match) => match.end > from);
    if (owned.length > 0 && (lowest.length === 0 || owned[0].errors < lowest[0].errors)) lowest = owned;
    else if (owned.length > 0 && owned[0].errors === lowest[0].errors) lowest.push(...owned);
    if (to < window.end) yield;
  }
  return lowest;
}

function searchWithin(text: string, window: Span, quote: string, maxErrors: number): ApproxMatch[] {
  if (window.end - window.start < quote.length - maxErrors) return [];
  return approxSearch(text.slice(window.start, window.end), quote, maxErrors)
    .map((match) => ({ start: match.start + window.start, end: match.end + window.start, errors: match.errors }));
}

/** Windows around the stored position and around exact hits of up to 8 evenly spaced 16-unit pieces of the quote, nearest the position first. */
function* likelyWindows(text: string, quote: string, maxErrors: number, hint: number, pieces: PieceFinder): Steps<Span[]> {
  const reach = Math.max(NEAR_HINT_REACH, quote.length);
  const windows: Span[] = [{ start: hint - reach, end: hint + quote.length + reach }];
  for (const [piece, offset] of seedPieces(quote)) {
    // A piece that occurs too often says little about where the quote went.
    for (const at of (yield* pieces.rareOccurrences(piece, MAX_SEED_HITS)) ?? []) {
      const quoteStart = at - offset;
      windows.push({ start: quoteStart - maxErrors, end: quoteStart + quote.length + maxErrors });
    }
  }
  const clamped = windows.map((window) => ({ start: clamp(window.start, text.length), end: clamp(window.end, text.length) }));
  return mergeWindows(clamped).sort((a, b) => distance(a, hint) - distance(b, hint));
}

/** Up to 8 evenly spaced 16-unit pieces of the quote (not blank), each with its offset in the quote. */
function seedPieces(quote: string): Map<string, number> {
  const seeds = Math.min(MAX_SEEDS, Math.floor(quote.length / SEED_LENGTH));
  const offsets = new Map<string, number>();
  for (let seed = 0; seed < seeds; seed++) {
    const offset = seeds === 1 ? 0 : Math.floor((seed * (quote.length - SEED_LENGTH)) / (seeds - 1));
    const piece = quote.slice(offset, offset + SEED_LENGTH);
    if (/\S/.test(piece) && !offsets.has(piece)) offsets.set(piece, offset);
  }
  return offsets;
}

function nearest(offsets: readonly number[], hint: number, count: number): number[] {
  if (offsets.length <= count) return [...offsets];
  return [...offsets].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, count);
}

function mergeWindows(windows: Span[]): Span[] {
  const merged: Span[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, window.end) };
    } else {
      merged.push(window);
    }
  }
  return merged;
}

function distance(window: Span, offset: number): number {
  return offset < window.start ? window.start - offset : offset > window.end ? offset - window.end : 0;
}

function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(0, value));
}
