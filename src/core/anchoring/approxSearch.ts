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

/** Patterns up to this long are compared by closestSubstringDistance's table, which costs their length times the text's. */
const TABLE_PATTERN = 64;

/**
 * The fewest edits that turn `pattern` into some substring of `text` (at most the pattern's
 * length): what `approxSearch(text, pattern, pattern.length)` reports as the errors of its best
 * match. A short pattern (a claim's 32 units of context) is compared with Sellers' table, one
 * column per unit of text; setting Myers' search up would cost more than the whole table.
 */
export function closestSubstringDistance(text: string, pattern: string): number {
  if (pattern.length > TABLE_PATTERN || text.length === 0) return approxSearch(text, pattern, pattern.length)[0]?.errors ?? pattern.length;
  // column[row]: the fewest edits turning the pattern's first `row` units into a substring ending here.
  const column = Array.from({ length: pattern.length + 1 }, (_, row) => row);
  let best = pattern.length;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    let diagonal = column[0];
    column[0] = 0;
    for (let row = 1; row <= pattern.length; row++) {
      const above = column[row];
      column[row] = Math.min(diagonal + (pattern.charCodeAt(row - 1) === unit ? 0 : 1), above + 1, column[row - 1] + 1);
      diagonal = above;
    }
    best = Math.min(best, column[pattern.length]);
  }
  return best;
}
