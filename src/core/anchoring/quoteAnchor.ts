import type { QuoteAnchor } from '../sidecar/types';
import type { Span } from '../textDocument';
import { approxSearch, type ApproxMatch } from './approxSearch';
import { splitsSurrogatePair } from './surrogates';

/** Where a stored quote stands in the current text, or why it cannot be placed. */
export type AnchorResult =
  | { readonly status: 'exact' | 'fuzzy'; readonly start: number; readonly end: number; readonly score: number }
  | { readonly status: 'orphaned' | 'ambiguous'; readonly candidates: number };

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
/** Two fuzzy candidates closer than this are look-alikes; the gap is wider than nearness alone can make. */
const AMBIGUITY_MARGIN = 0.03;
const MAX_ERRORS = 256;
/** Myers' search costs about text length × 32-unit blocks of allowed errors; above this budget only likely windows are searched. */
const FULL_SEARCH_BUDGET = 2_000_000;
const SEED_LENGTH = 16;
const MAX_SEEDS = 8;
/** A seed found more often than this is too common to say where the quote went. */
const MAX_SEED_HITS = 16;
const NEAR_HINT_REACH = 10_000;
/** A quote that recurs more often than this says little; only the occurrences nearest its old place are weighed. */
const MAX_EXACT_SCORED = 1_000;

/**
 * Finds `anchor`'s quote in `text`: exactly if it is still there (the occurrence whose context
 * agrees best, the nearest of equals), else fuzzily with up to min(256, quote length / 2) errors,
 * accepting a match only above a floor and only if no other place scores nearly as well.
 */
export function anchorQuote(text: string, anchor: QuoteAnchor): AnchorResult {
  if (typeof anchor.quote !== 'string' || anchor.quote.length === 0) return { status: 'orphaned', candidates: 0 };
  const scorer = new MatchScorer(text, anchor);
  const exact = nearest(exactMatches(text, anchor.quote), scorer.hint, MAX_EXACT_SCORED).map((match) => scorer.score(match));
  if (exact.length > 0) {
    const { start, end, score } = best(exact);
    return { status: 'exact', start, end, score };
  }
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(anchor.quote.length / 2));
  if (maxErrors === 0) return { status: 'orphaned', candidates: 0 };
  const candidates = distinctPlaces(fuzzyMatches(text, anchor.quote, maxErrors, scorer.hint).map((match) => scorer.score(widenToCharacters(text, match))));
  if (candidates.length === 0 || candidates[0].score < FUZZY_FLOOR || candidates[0].quoteScore < QUOTE_FLOOR) {
    return { status: 'orphaned', candidates: candidates.length };
  }
  const lookAlikes = candidates.filter((candidate) => candidates[0].score - candidate.score < AMBIGUITY_MARGIN);
  if (lookAlikes.length > 1) return { status: 'ambiguous', candidates: lookAlikes.length };
  const { start, end, score } = candidates[0];
  return { status: 'fuzzy', start, end, score };
}

interface ScoredMatch extends Span {
  readonly score: number;
  readonly quoteScore: number;
}

class MatchScorer {
  readonly hint: number;

  constructor(private readonly text: string, private readonly anchor: QuoteAnchor) {
    this.hint = Number.isFinite(anchor.start) ? clamp(anchor.start, 0, text.length) : 0;
  }

  score(match: ApproxMatch): ScoredMatch {
    const { text, anchor } = this;
    const quoteScore = 1 - match.errors / anchor.quote.length;
    const prefix = typeof anchor.prefix === 'string' ? anchor.prefix : '';
    const suffix = typeof anchor.suffix === 'string' ? anchor.suffix : '';
    const prefixScore = contextScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
    const suffixScore = contextScore(text.slice(match.end, match.end + suffix.length), suffix);
    const positionScore = 1 - Math.abs(match.start - this.hint) / Math.max(1, text.length);
    const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / TOTAL_WEIGHT;
    return { start: match.start, end: match.end, score, quoteScore };
  }
}

/** How well the text beside a match agrees with the stored context (1 when none was stored, as at the start of a document). */
function contextScore(actual: string, stored: string): number {
  if (stored.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [match] = approxSearch(actual, stored, stored.length);
  return match ? 1 - match.errors / stored.length : 0;
}

function exactMatches(text: string, quote: string): ApproxMatch[] {
  const matches: ApproxMatch[] = [];
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) {
    matches.push({ start: index, end: index + quote.length, errors: 0 });
  }
  return matches;
}

function nearest(matches: ApproxMatch[], hint: number, count: number): ApproxMatch[] {
  if (matches.length <= count) return matches;
  return [...matches].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, count);
}

function best(matches: readonly ScoredMatch[]): ScoredMatch {
  return matches.reduce((winner, match) => (match.score > winner.score ? match : winner));
}

/**
 * Candidate matches, each the best of its part of the text, so a look-alike elsewhere is seen
 * even though the search reports only the lowest-error matches. On a short text: the best in the
 * whole text and the best before and after it. On a long one: the best near the stored position
 * and near exact hits of pieces of the quote, which keeps the time bounded.
 */
function fuzzyMatches(text: string, quote: string, maxErrors: number, hint: number): ApproxMatch[] {
  const blocks = Math.ceil(maxErrors / 32) + 1;
  if (3 * text.length * blocks <= FULL_SEARCH_BUDGET) {
    const overall = searchWithin(text, { start: 0, end: text.length }, quote, maxErrors);
    if (overall.length === 0) return [];
    const before = { start: 0, end: Math.min(...overall.map((match) => match.start)) };
    const after = { start: Math.max(...overall.map((match) => match.end)), end: text.length };
    return [...overall, ...searchWithin(text, before, quote, maxErrors), ...searchWithin(text, after, quote, maxErrors)];
  }
  return likelyWindows(text, quote, maxErrors, hint).flatMap((window) => searchWithin(text, window, quote, maxErrors));
}

function searchWithin(text: string, window: Span, quote: string, maxErrors: number): ApproxMatch[] {
  if (window.end - window.start < quote.length - maxErrors) return [];
  return approxSearch(text.slice(window.start, window.end), quote, maxErrors)
    .map((match) => ({ start: match.start + window.start, end: match.end + window.start, errors: match.errors }));
}

/** Windows around the stored position and around exact hits of up to 8 evenly spaced 16-unit pieces of the quote. */
function likelyWindows(text: string, quote: string, maxErrors: number, hint: number): Span[] {
  const reach = Math.max(NEAR_HINT_REACH, quote.length);
  const windows: Span[] = [{ start: hint - reach, end: hint + quote.length + reach }];
  for (const { offset, at } of seedHits(text, quote)) {
    const quoteStart = at - offset;
    windows.push({ start: quoteStart - maxErrors, end: quoteStart + quote.length + maxErrors });
  }
  return mergeWindows(windows.map((window) => ({ start: clamp(window.start, 0, text.length), end: clamp(window.end, 0, text.length) })));
}

/** Where pieces of the quote occur exactly, found in one pass over the text; pieces that occur too often are left out. */
function seedHits(text: string, quote: string): { offset: number; at: number }[] {
  const seeds = Math.min(MAX_SEEDS, Math.floor(quote.length / SEED_LENGTH));
  const offsets = new Map<string, number>();
  for (let seed = 0; seed < seeds; seed++) {
    const offset = seeds === 1 ? 0 : Math.floor((seed * (quote.length - SEED_LENGTH)) / (seeds - 1));
    const piece = quote.slice(offset, offset + SEED_LENGTH);
    if (/\S/.test(piece) && !offsets.has(piece)) offsets.set(piece, offset);
  }
  if (offsets.size === 0) return [];
  const hits = new Map<string, number[]>();
  const pieces = new RegExp([...offsets.keys()].map(escapeRegExp).join('|'), 'g');
  for (const match of text.matchAll(pieces)) {
    const found = hits.get(match[0]) ?? [];
    if (found.length <= MAX_SEED_HITS) found.push(match.index);
    hits.set(match[0], found);
  }
  return [...hits].filter(([, found]) => found.length <= MAX_SEED_HITS)
    .flatMap(([piece, found]) => found.map((at) => ({ offset: offsets.get(piece) ?? 0, at })));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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

/** Best first, keeping only the best of matches that overlap (the search reports neighbouring ends of one place). */
function distinctPlaces(matches: readonly ScoredMatch[]): ScoredMatch[] {
  const places: ScoredMatch[] = [];
  for (const match of [...matches].sort((a, b) => b.score - a.score)) {
    if (!places.some((place) => match.start < place.end && place.start < match.end)) places.push(match);
  }
  return places;
}

function widenToCharacters(text: string, match: ApproxMatch): ApproxMatch {
  const start = splitsSurrogatePair(text, match.start) ? match.start - 1 : match.start;
  const end = splitsSurrogatePair(text, match.end) ? match.end + 1 : match.end;
  return { start, end, errors: match.errors };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? Math.trunc(value) : min));
}
