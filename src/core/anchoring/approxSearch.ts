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
