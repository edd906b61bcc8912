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
