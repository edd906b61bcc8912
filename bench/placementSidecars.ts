import { createQuoteAnchor } from '../src/core/anchoring/quoteAnchor';
import { splitSentences } from '../src/core/claims/sentences';
import type { SidecarClaim } from '../src/core/sidecar/types';

// The claims bench's sidecars (bench/claimPlacement.ts), shared with the placing driver
// (bench/placingSteps.ts), which writes them out for `check -v` to compare decisions.

export const CLAIMS = 1_000;
const CHANGED = CLAIMS / 10;
export const VARIANTS = ['unchanged', 'edited or moved', 'deleted'] as const;

/** 1,000 claims on sentences spread evenly through `text`, each of a whole sentence of 40 units or more. */
export function claimsOn(text: string): SidecarClaim[] {
  const sentences = splitSentences(text).filter((span) => span.end - span.start >= 40);
  return Array.from({ length: CLAIMS }, (_, index) => {
    const span = sentences[Math.floor(((index + 0.5) * sentences.length) / CLAIMS)];
    return { id: `c-${String(index).padStart(6, '0')}`, anchor: createQuoteAnchor(text, span.start, span.end), tags: ['finding'] };
  });
}

export type Variant = (typeof VARIANTS)[number];

/**
 * The text as the variant leaves it. Edited or moved: of every tenth claim, a third have a word
 * changed, a third a figure (a digit, or an added one where the quote has none), a third are cut
 * and put at the end of the document. Deleted: every tenth claim's sentence is removed.
 */
export function variantText(text: string, claims: readonly SidecarClaim[], variant: Variant): string {
  if (variant === 'unchanged') return text;
  const changed = claims.filter((_, index) => index % (CLAIMS / CHANGED) === 5);
  const moved: string[] = [];
  let result = text;
  for (const [index, claim] of [...changed.entries()].reverse()) {
    const { start, end, quote } = claim.anchor;
    let replacement = '';
    if (variant === 'edited or moved') {
      if (index % 3 === 0) replacement = quote.replace(/ (\p{L}+) /u, ' also $1 ');
      else if (index % 3 === 1) replacement = /\d/.test(quote) ? quote.replace(/\d/, (digit) => String((Number(digit) + 1) % 10)) : quote.replace(/ /, ' 7 ');
      else moved.push(quote);
    }
    result = `${result.slice(0, start)}${replacement}${result.slice(end)}`;
  }
  // Flattened, as a file read from disk or the editor's getText() gives it.
  return Buffer.from(`${result}${moved.map((quote) => `\n\n${quote}`).join('')}`, 'utf16le').toString('utf16le');
}
