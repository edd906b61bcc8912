import type { QuoteAnchor } from '../sidecar/types';
import type { Span } from '../textDocument';
import { closestSubstringDistance, type ApproxMatch } from './approxSearch';
import { boundedDistance, exactMatchSteps, exactPiece, fuzzyMatchSteps, quotePieces } from './boundedSearch';
import { PieceIndex, type PieceFinder } from './pieceIndex';
import { drain, type Steps } from '../util/steps';
import { splitsSurrogatePair } from './surrogates';

/**
 * Where a stored quote stands in the current text, or why it cannot be placed. `ambiguous`: look-alike
 * places score about equally (start and end give the best of them); `unverified`: a place was found
 * but the search gave up before it could tell how far the text there differs (a very long quote).
 */
export type AnchorResult =
  | { readonly status: 'exact' | 'fuzzy'; readonly start: number; readonly end: number; readonly score: number }
  | { readonly status: 'ambiguous'; readonly start: number; readonly end: number; readonly candidates: number }
  | { readonly status: 'unverified'; readonly start: number; readonly end: number }
  | { readonly status: 'orphaned'; readonly candidates: number };

/** UTF-16 units of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The anchor for `text[start, end)`: the quote, up to 32 units either side (never half an emoji), and the position. */
export function createQuoteAnchor(text: string, start: number, end: number): QuoteAnchor {
  const quoteStart = clamp(start, 0, text.length);
  const quoteEnd = clamp(end, quoteStart, text.length);
  let prefixStart = Math.max(0, quoteStart - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, quoteEnd + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return {
    quote: text.slice(quoteStart, quoteEnd),
    prefix: text.slice(prefixStart, quoteStart),
    suffix: text.slice(quoteEnd, suffixEnd),
    start: quoteStart,
    end: quoteEnd,
  };
}

// Weights as in the Hypothesis client's match-quote: the quote counts most, its context next, nearness a little.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/**
 * A fuzzy match must keep three quarters of the quote and score above a half overall. The quote
 * floor is what tells an edited quote from the sentence next to a deleted one, whose context
 * agrees perfectly; the overall floor lets a lightly edited quote be found far from its old context.
 */
const QUOTE_FLOOR = 0.75;
const FUZZY_FLOOR = 0.5;
/** Two places closer than this are look-alikes; the gap is wider than nearness alone can make. */
const AMBIGUITY_MARGIN = 0.03;
const MAX_ERRORS = 256;

/**
 * Finds `anchor`'s quote in `text`. The quote still at its stored position with its context is
 * taken at once; otherwise an exact occurrence whose context agrees wholly wins;
 * otherwise exact occurrences and fuzzy places (up to a quarter of the quote edited, the most the
 * floor accepts) are weighed together, so a sentence edited in place outscores an untouched copy
 * elsewhere with other context. Look-alikes that score about the same are `ambiguous` rather than
 * a guess, unless one of them is an exact copy right at the stored position. Every search is
 * bounded (see boundedSearch.ts), so the time does not grow with the quote or repetitive text.
 */
export function anchorQuote(text: string, anchor: QuoteAnchor): AnchorResult {
  return drain(anchorQuoteSteps(text, anchor));
}

/** anchorQuote as steps, stopping between its searches (see util/steps.ts). */
export function* anchorQuoteSteps(text: string, anchor: QuoteAnchor): Steps<AnchorResult> {
  return atStoredPlace(text, anchor) ?? (yield* searchQuoteSteps(text, anchor));
}

/**
 * anchorQuoteSteps for a quote already known not to stand at its stored position (see
 * atStoredPlace): the search alone. `pieces` finds the quote's pieces in `text` (see quotePieces),
 * when they were looked for together with other quotes' pieces; without it the text is read for
 * this quote's pieces alone.
 */
export function* searchQuoteSteps(text: string, anchor: QuoteAnchor, pieces?: PieceFinder): Steps<AnchorResult> {
  if (typeof anchor.quote !== 'string' || anchor.quote.length === 0) return { status: 'orphaned', candidates: 0 };
  const scorer = new MatchScorer(text, anchor);
  // Alone, the text is read for the quote first, and for the pieces a fuzzy search needs only if it comes to one.
  const own = new PieceIndex(text);
  const finder = pieces ?? own;
  if (!pieces) yield* own.find([exactPiece(anchor.quote)]);
  const exact = (yield* exactMatchSteps(text, anchor.quote, scorer.hint, finder)).map((match) => scorer.score(match));
  const wholeContext = exact.filter((match) => match.contextScore === 1);
  if (wholeContext.length === 1) return found('exact', wholeContext[0]);
  const maxErrors = maxErrorsFor(anchor.quote);
  yield;
  if (!pieces) yield* own.find(quotePieces(anchor.quote));
  const fuzzy = maxErrors === 0 ? [] : (yield* fuzzyMatchSteps(text, anchor.quote, maxErrors, scorer.hint, finder))
    .map((match) => scorer.score(widenToCharacters(text, match)));
  const places = distinctPlaces([...exact, ...fuzzy]);
  const acceptable = places.filter((place) => place.score >= FUZZY_FLOOR && place.quoteScore >= QUOTE_FLOOR);
  if (acceptable.length === 0) {
    const gaveUp = places.find((place) => place.unverified);
    return gaveUp ? { status: 'unverified', start: gaveUp.start, end: gaveUp.end } : { status: 'orphaned', candidates: places.length };
  }
  const top = acceptable[0];
  const lookAlikes = acceptable.filter((place) => top.score - place.score < AMBIGUITY_MARGIN);
  if (lookAlikes.length > 1) {
    const exactAtHint = lookAlikes.find((place) => place.errors === 0 && place.start === scorer.hint);
    return exactAtHint ? found('exact', exactAtHint) : { status: 'ambiguous', start: top.start, end: top.end, candidates: lookAlikes.length };
  }
  return found(top.errors === 0 ? 'exact' : 'fuzzy', top);
}

/**
 * The quote found at its stored position with its whole context, or undefined: then it has to be
 * looked for. Cheap, so many claims are tried this way before the text is read for the others.
 */
export function atStoredPlace(text: string, anchor: QuoteAnchor): AnchorResult | undefined {
  const hint = hintOf(text, anchor);
  // The quote whole, its whole context, at the very position: every part of the score is 1.
  return standsWithContextAt(text, anchor, hint) ? { status: 'exact', start: hint, end: hint + anchor.quote.length, score: 1 } : undefined;
}

/** Whether `anchor`'s quote (not empty) stands at `start` in `text` exactly, with its stored prefix before it and suffix after it. */
export function standsWithContextAt(text: string, anchor: QuoteAnchor, start: number): boolean {
  const { quote } = anchor;
  if (typeof quote !== 'string' || quote.length === 0 || !text.startsWith(quote, start)) return false;
  const prefix = contextOf(anchor.prefix);
  // startsWith is false past the text's end, but reads from its start given a place before it.
  return start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(contextOf(anchor.suffix), start + quote.length);
}

/**
 * Whether the text at `span` still holds `anchor`'s quote, and exactly; undefined when it keeps
 * less than the floor of it (or its difference cannot be told in bounded time). Used to confirm a
 * place edits have carried a claim to before any search elsewhere.
 */
export function verifyPlace(text: string, anchor: QuoteAnchor, span: Span): { readonly exact: boolean } | undefined {
  const errors = boundedDistance(anchor.quote, text.slice(span.start, span.end), maxErrorsFor(anchor.quote));
  if (errors === undefined) return undefined;
  const quoteScore = 1 - errors / Math.max(1, anchor.quote.length);
  return quoteScore >= QUOTE_FLOOR ? { exact: errors === 0 } : undefined;
}

/** The most edits a quote may have taken and still be found: a quarter of its length, up to MAX_ERRORS. */
function maxErrorsFor(quote: string): number {
  return Math.min(MAX_ERRORS, Math.floor(quote.length / 4));
}

function found(status: 'exact' | 'fuzzy', match: ScoredMatch): AnchorResult {
  return { status, start: match.start, end: match.end, score: match.score };
}

interface ScoredMatch extends Span {
  readonly score: number;
  readonly quoteScore: number;
  readonly contextScore: number;
  readonly errors: number;
  readonly unverified: boolean;
}

class MatchScorer {
  readonly hint: number;
  /** Context scores by the text beside a match: copies of a quote often share their context, scored once. */
  private readonly contextScores = { prefix: new Map<string, number>(), suffix: new Map<string, number>() };
  private readonly contextDistance: { readonly prefix: (actual: string) => number; readonly suffix: (actual: string) => number };

  constructor(private readonly text: string, private readonly anchor: QuoteAnchor) {
    this.hint = hintOf(text, anchor);
    this.contextDistance = { prefix: closestSubstringDistance(contextOf(anchor.prefix)), suffix: closestSubstringDistance(contextOf(anchor.suffix)) };
  }

  score(match: ApproxMatch & { readonly unverified?: boolean }): ScoredMatch {
    const { text, anchor } = this;
    const quoteScore = 1 - match.errors / anchor.quote.length;
    const prefix = contextOf(anchor.prefix);
    const suffix = contextOf(anchor.suffix);
    const prefixScore = this.contextScore('prefix', text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
    const suffixScore = this.contextScore('suffix', text.slice(match.end, match.end + suffix.length), suffix);
    const positionScore = 1 - Math.abs(match.start - this.hint) / Math.max(1, text.length);
    const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
    return {
      start: match.start, end: match.end, score, quoteScore, errors: match.errors,
      contextScore: (prefixScore + suffixScore) / 2, unverified: match.unverified === true,
    };
  }

  private contextScore(side: 'prefix' | 'suffix', actual: string, stored: string): number {
    const scores = this.contextScores[side];
    let score = scores.get(actual);
    if (score === undefined) {
      score = contextScore(actual, stored, this.contextDistance[side]);
      scores.set(actual, score);
    }
    return score;
  }
}

/** Where the quote was when it was stored, within the text. */
function hintOf(text: string, anchor: QuoteAnchor): number {
  return Number.isFinite(anchor.start) ? clamp(anchor.start, 0, text.length) : 0;
}

/** The stored context, or none where a hand-written sidecar gives something else. */
function contextOf(stored: unknown): string {
  return typeof stored === 'string' ? stored : '';
}

/** How well the text beside a match agrees with the stored context (1 when none was stored, as at the start of a document). */
function contextScore(actual: string, stored: string, distanceTo: (actual: string) => number): number {
  if (stored.length === 0) return 1;
  if (actual === stored) return 1;
  if (actual.length === 0) return 0;
  return 1 - distanceTo(actual) / stored.length;
}

/** Best first, keeping only the best of matches that overlap (the search reports neighbouring ends of one place). */
function distinctPlaces(matches: readonly ScoredMatch[]): ScoredMatch[] {
  const places: ScoredMatch[] = [];
  for (const match of [...matches].sort((a, b) => b.score - a.score)) {
    if (!places.some((place) => match.start < place.end && place.start < match.end)) places.push(match);
  }
  return places;
}

function widenToCharacters<T extends ApproxMatch>(text: string, match: T): T {
  const start = splitsSurrogatePair(text, match.start) ? match.start - 1 : match.start;
  const end = splitsSurrogatePair(text, match.end) ? match.end + 1 : match.end;
  return { ...match, start, end };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? Math.trunc(value) : min));
}
