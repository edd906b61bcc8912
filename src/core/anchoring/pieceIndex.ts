import { drain, type Steps } from '../util/steps';

/**
 * Where pieces of quotes occur in one text, as repeated `indexOf` finds them: every start,
 * overlapping ones included, in ascending order. In steps, as a piece it was not given is
 * looked for through the whole text then.
 */
export interface PieceFinder {
  /** Every start of `piece`. */
  occurrences(piece: string): Steps<readonly number[]>;
  /** Every start of `piece`, or undefined when it occurs more than `max` times (too common to say anything). */
  rareOccurrences(piece: string, max: number): Steps<readonly number[] | undefined>;
}

/**
 * Pieces are told apart by their first 16 code units, the shortest piece a search asks for by
 * itself (see boundedSearch.ts); shorter pieces (quotes of a few words) by as many as the
 * shortest of them has, in a pass of their own.
 */
const GRAM = 16;
/** Up to this many pieces (one quote's), regular expressions read the text faster than one hashing pass, which is quicker for more. */
const FEW_PIECES = 16;
/** Up to this many pieces of one length (a long quote's two ends), one indexOf each is quicker than a regular expression for all. */
const ONE_BY_ONE = 2;
/** A regular expression reads the text this much at a time, stopping between chunks. */
const CHUNK = 1_000_000;
/** A piece found more often than this is not kept: asked for all its places, the text is read again for it. */
const MAX_KEPT = 2_048;
/** Code units a search of the whole text for one piece reads between stops: about a millisecond's work. */
const SEARCHED_PER_STEP = 256 * 1024;
/** Positions read, and pieces compared, between stops: a millisecond's work, several the first time, the code not yet compiled. */
const POSITIONS_PER_STEP = 64 * 1024;
const COMPARISONS_PER_STEP = 20_000;
const BASE = 0x01000193;
const FILTER_BITS = 20;

/** Finds all `pieces` in `text`, stopping every so often (see util/steps.ts): see PieceIndex. */
export function* indexPieces(text: string, pieces: Iterable<string>): Steps<PieceFinder> {
  const index = new PieceIndex(text);
  yield* index.find(pieces);
  return index;
}

/**
 * The places of the pieces it has been given to find in one text. A few pieces (one quote's) are
 * looked for by length: a piece alone with `indexOf`, pieces of one length together with one
 * regular expression that looks ahead at every position (so overlapping places are all found:
 * two pieces of one length cannot both start at one place). Many pieces (the quotes of a whole
 * sidecar) are found in ONE pass, where looking for each in turn would read the text once per
 * piece: a rolling hash of each position's next 16 code units is looked up among the pieces'
 * heads, and a piece whose head hashes alike is compared there (the short pieces in a second pass,
 * by their shortest one's length). Asked for a piece it was not
 * given (or one too common to keep), it reads the text for it then, in steps, and keeps what it
 * found as if it had been given it, so its answers never depend on what it was given.
 */
export class PieceIndex implements PieceFinder {
  private readonly found = new Map<string, number[] | 'tooMany'>();

  constructor(private readonly text: string) {}

  /** Finds the `pieces` not found before, stopping every so often. */
  *find(pieces: Iterable<string>): Steps<void> {
    const added = [...new Set(pieces)].filter((piece) => piece.length > 0 && !this.found.has(piece));
    for (const piece of added) this.found.set(piece, []);
    if (added.length > FEW_PIECES) {
      // Thousands of pieces (a sidecar's) take milliseconds to gather and again to hash, the code not yet compiled the first time.
      yield;
      for (const sameHeads of [added.filter((piece) => piece.length >= GRAM), added.filter((piece) => piece.length < GRAM)]) {
        if (sameHeads.length === 0) continue;
        const heads = headsOf(sameHeads);
        yield;
        for (let at = this.readFrom(heads, 0); at < this.text.length; at = this.readFrom(heads, at)) yield;
      }
      return;
    }
    for (const sameLength of byLength(added)) {
      if (sameLength.length <= ONE_BY_ONE) {
        for (const piece of sameLength) this.found.set(piece, (yield* occurrenceSteps(this.text, piece, MAX_KEPT)) ?? 'tooMany');
        continue;
      }
      const anyOf = new RegExp(`(?=(${sameLength.map(escapeRegExp).join('|')}))`, 'g');
      for (let chunk = 0; chunk < this.text.length && !this.allTooCommon(sameLength); chunk += CHUNK) {
        this.findInChunk(anyOf, chunk, sameLength);
        yield;
      }
    }
  }

  *occurrences(piece: string): Steps<readonly number[]> {
    const starts = this.found.get(piece);
    if (Array.isArray(starts)) return starts;
    const all = yield* occurrenceSteps(this.text, piece);
    // Kept as if it had been given, so a search asking again (a short quote's exact, then its fuzzy search) does not read the text again.
    this.found.set(piece, all.length <= MAX_KEPT ? all : 'tooMany');
    return all;
  }

  *rareOccurrences(piece: string, max: number): Steps<readonly number[] | undefined> {
    const starts = this.found.get(piece);
    if (starts === undefined) return yield* occurrenceSteps(this.text, piece, max);
    return starts === 'tooMany' || starts.length > max ? undefined : starts;
  }

  private allTooCommon(pieces: readonly string[]): boolean {
    return pieces.every((piece) => this.found.get(piece) === 'tooMany');
  }

  /** Finds the `pieces` (all of one length) that `anyOf` looks ahead for and that start in the chunk from `chunk`. */
  private findInChunk(anyOf: RegExp, chunk: number, pieces: readonly string[]): void {
    // The chunk is read with a piece's length less one beyond it, so a piece across the boundary is found once.
    for (const match of this.text.slice(chunk, chunk + CHUNK + pieces[0].length - 1).matchAll(anyOf)) {
      if (match.index >= CHUNK) break;
      this.note(match[1], chunk + match.index);
      // Once every piece is too common to keep, the rest of the text cannot change what is known of them.
      if (this.found.get(match[1]) === 'tooMany' && this.allTooCommon(pieces)) break;
    }
  }

  /** Reads the text from `from` for a step's worth of positions or comparisons; where to go on from (the text's length at the end). */
  private readFrom(heads: Heads, from: number): number {
    const { text } = this;
    const { gram, dropFactor, filter } = heads;
    const last = text.length - gram;
    if (from > last) return text.length;
    const until = Math.min(last, from + POSITIONS_PER_STEP);
    let comparisons = 0;
    let hash = hashOf(text, from, gram);
    for (let at = from; ; at++) {
      const bucket = hash >>> (32 - FILTER_BITS);
      if ((filter[bucket >>> 3] & (1 << (bucket & 7))) !== 0) comparisons += this.record(heads, hash, at);
      if (at >= until) return until === last ? text.length : at + 1;
      if (comparisons >= COMPARISONS_PER_STEP) return at + 1;
      hash = (Math.imul(hash - Math.imul(text.charCodeAt(at), dropFactor), BASE) + text.charCodeAt(at + gram)) | 0;
    }
  }

  /** Notes the pieces whose head hashes to `hash` that start at `at`; how many were compared. */
  private record(heads: Heads, hash: number, at: number): number {
    const candidates = heads.byHead.get(hash);
    if (candidates === undefined) return 0;
    for (const piece of candidates) {
      if (this.text.startsWith(piece, at)) this.note(piece, at);
    }
    return candidates.length;
  }

  /** Notes that `piece` starts at `at`, up to the most kept. */
  private note(piece: string, at: number): void {
    const starts = this.found.get(piece);
    if (!Array.isArray(starts)) return;
    if (starts.length < MAX_KEPT) starts.push(at);
    else this.found.set(piece, 'tooMany');
  }
}

/** Pieces by the hash of their first `gram` code units, for one pass over the text. */
interface Heads {
  readonly gram: number;
  /** What the first of `gram` code units weighs in their hash, BASE^(gram - 1) (mod 2^32): taken off as the window moves on. */
  readonly dropFactor: number;
  readonly byHead: Map<number, string[]>;
  /** One bit per bucket of hashes: most positions are passed over after one look at it. */
  readonly filter: Uint8Array;
}

/** The heads of `pieces` (none empty) over 16 code units, or as many as the shortest has. */
function headsOf(pieces: readonly string[]): Heads {
  const gram = Math.min(GRAM, ...pieces.map((piece) => piece.length));
  const byHead = new Map<number, string[]>();
  const filter = new Uint8Array(1 << (FILTER_BITS - 3));
  for (const piece of pieces) {
    const head = hashOf(piece, 0, gram);
    byHead.set(head, [...(byHead.get(head) ?? []), piece]);
    const bucket = head >>> (32 - FILTER_BITS);
    filter[bucket >>> 3] |= 1 << (bucket & 7);
  }
  const dropFactor = Array.from({ length: gram - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1);
  return { gram, dropFactor, byHead, filter };
}

/** The polynomial hash (mod 2^32) of the `gram` code units of `text` from `from`. */
function hashOf(text: string, from: number, gram: number): number {
  let hash = 0;
  for (let at = from; at < from + gram; at++) hash = (Math.imul(hash, BASE) + text.charCodeAt(at)) | 0;
  return hash;
}

/** Every start of `piece` (not empty) in `text`, overlapping ones included, at once: for a short text. */
export function occurrences(text: string, piece: string): number[] {
  return drain(occurrenceSteps(text, piece));
}

/**
 * Every start of `piece` (not empty) in `text`, overlapping ones included, in ascending order;
 * given `most`, undefined as soon as more than that many are found. Stops after each 256 K code
 * units searched, so a search through megabytes never holds its thread for long.
 */
export function occurrenceSteps(text: string, piece: string): Steps<number[]>;
export function occurrenceSteps(text: string, piece: string, most: number): Steps<number[] | undefined>;
export function* occurrenceSteps(text: string, piece: string, most = Infinity): Steps<number[] | undefined> {
  const starts: number[] = [];
  for (let from = 0; from < text.length; from += SEARCHED_PER_STEP) {
    // Read with a piece's length less one beyond the stretch, so a piece across its end is found once, in it.
    const stretch = text.slice(from, from + SEARCHED_PER_STEP + piece.length - 1);
    for (let at = stretch.indexOf(piece); at !== -1 && at < SEARCHED_PER_STEP; at = stretch.indexOf(piece, at + 1)) {
      if (starts.push(from + at) > most) return undefined;
    }
    if (from + SEARCHED_PER_STEP < text.length) yield;
  }
  return starts;
}

/** The pieces, grouped by length. */
function byLength(pieces: readonly string[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const piece of pieces) groups.set(piece.length, [...(groups.get(piece.length) ?? []), piece]);
  return [...groups.values()];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
