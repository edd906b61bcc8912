import type approxStringMatch from 'approx-string-match' with { 'resolution-mode': 'import' };

/**
 * Myers' bit-parallel approximate search from `approx-string-match`, which ships only as an ES
 * module. This project compiles to CommonJS with Node16 resolution, where tsc refuses a static
 * import of an ES module; a `require` loads it (esbuild bundles it, Node ≥ 20.19 requires ES
 * modules natively) and the type-only import keeps it typed.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the ES-module-only package, as said above
const { default: search } = require('approx-string-match') as { default: typeof approxStringMatch };

export interface ApproxMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** The lowest-error matches of `pattern` in `text` with at most `maxErrors` edits (all of them, if several tie). */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  return search(text, pattern, maxErrors);
}

/** Patterns and texts up to these lengths are searched by firstApproxMatch's table; longer ones by the library. */
const SMALL_PATTERN = 32;
const SMALL_TEXT = 256;
/** One column of that table, reused: a search that allocates nothing but its answer. */
const column = new Int32Array(SMALL_PATTERN + 1);

/**
 * `approxSearch(text, pattern, maxErrors)[0]`: the first of the lowest-error matches, reaching as
 * far back as the library's would. Comparing two short differing middles (boundedDistance) is
 * done thousands of times when placing a sidecar; the library sets up a 256-entry table and
 * typed arrays for every search and again for each match's start, some 9 KB a call, which the
 * collector then pays for. A short pattern in a short text is instead compared by the textbook
 * edit-distance table, which gives the same distances: the best ends first, then, searching the
 * reversed text back from the first of them with the reversed pattern as the library does, its
 * start.
 */
export function firstApproxMatch(text: string, pattern: string, maxErrors: number): ApproxMatch | undefined {
  if (pattern.length > SMALL_PATTERN || text.length > SMALL_TEXT) return approxSearch(text, pattern, maxErrors)[0];
  if (pattern.length === 0) return undefined;
  const forward = bestEnd(text, 0, text.length, pattern, false);
  if (forward === undefined || forward.errors > Math.min(maxErrors, pattern.length)) return undefined;
  const end = forward.end;
  const from = Math.max(0, end - pattern.length - forward.errors);
  // As the library does: the reversed stretch before the end searched with the reversed pattern; its last best end is the match's earliest start.
  const backward = bestEnd(text, from, end, pattern, true);
  const start = backward !== undefined && backward.errors <= forward.errors ? Math.min(end, end - backward.lastEnd) : end;
  return { start, end, errors: forward.errors };
}

/**
 * The fewest edits turning `pattern` into a substring of `text[from, to)` ending at some point
 * (an empty text has none), the first such end and the last (counted from `from`); with
 * `reversed`, of the reversed pattern in the reversed stretch.
 */
function bestEnd(text: string, from: number, to: number, pattern: string, reversed: boolean): { errors: number; end: number; lastEnd: number } | undefined {
  const length = pattern.length;
  for (let row = 0; row <= length; row++) column[row] = row;
  let best: { errors: number; end: number; lastEnd: number } | undefined;
  for (let end = 1; end <= to - from; end++) {
    const unit = reversed ? text.charCodeAt(to - end) : text.charCodeAt(from + end - 1);
    // A match may start anywhere: the top row is 0 in every column.
    let diagonal = column[0];
    column[0] = 0;
    for (let row = 1; row <= length; row++) {
      const patternUnit = reversed ? pattern.charCodeAt(length - row) : pattern.charCodeAt(row - 1);
      const above = column[row];
      column[row] = Math.min(above + 1, column[row - 1] + 1, diagonal + (patternUnit === unit ? 0 : 1));
      diagonal = above;
    }
    const errors = column[length];
    if (best === undefined || errors < best.errors) best = { errors, end, lastEnd: end };
    else if (errors === best.errors) best.lastEnd = end;
  }
  return best;
}

/**
 * For `pattern`, a function giving the fewest edits that turn it into some substring of a text (at
 * most the pattern's length): what `approxSearch(text, pattern, pattern.length)` reports as the
 * errors of its best match. A pattern of up to 32 units (a claim's context) is compared by Myers'
 * bit-vector algorithm in one machine word, its table of character masks built once for all the
 * texts it is compared with; setting the library's search up each time costs more than the search.
 */
export function closestSubstringDistance(pattern: string): (text: string) => number {
  if (pattern.length === 0) return () => 0;
  if (pattern.length > 32) return (text) => approxSearch(text, pattern, pattern.length)[0]?.errors ?? pattern.length;
  const masks = new Map<number, number>();
  for (let at = 0; at < pattern.length; at++) masks.set(pattern.charCodeAt(at), (masks.get(pattern.charCodeAt(at)) ?? 0) | (1 << at));
  const lastRow = 1 << (pattern.length - 1);
  return (text) => {
    // Vertical deltas of the column (all +1 at the start: the distance to an empty text is the row), and the last row's value.
    let plus = ~0;
    let minus = 0;
    let distance = pattern.length;
    let best = pattern.length;
    for (let at = 0; at < text.length; at++) {
      const equal = masks.get(text.charCodeAt(at)) ?? 0;
      const vertical = equal | minus;
      const horizontal = (((equal & plus) + plus) ^ plus) | equal;
      let horizontalPlus = minus | ~(horizontal | plus);
      let horizontalMinus = plus & horizontal;
      if ((horizontalPlus & lastRow) !== 0) distance++;
      else if ((horizontalMinus & lastRow) !== 0) distance--;
      // A match may start anywhere in the text: the top row stays 0, so nothing is carried into the column.
      horizontalPlus <<= 1;
      horizontalMinus <<= 1;
      plus = horizontalMinus | ~(vertical | horizontalPlus);
      minus = horizontalPlus & vertical;
      best = Math.min(best, distance);
    }
    return best;
  };
}
