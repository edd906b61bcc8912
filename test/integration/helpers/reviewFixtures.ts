import * as fs from 'node:fs';
import * as path from 'node:path';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import type { SidecarClaim } from '../../../src/core/sidecar/types';
import { seedsDir } from '../../runner/paths';

/** The seed the review suites annotate in their throwaway repositories. */
export const reviewText = fs.readFileSync(path.join(seedsDir, '000_cea7053ff7734d83.txt'), 'utf8');

function claimOn(id: string, quote: string, tags: string[]): SidecarClaim {
  const start = reviewText.indexOf(quote);
  return { id, anchor: createQuoteAnchor(reviewText, start, start + quote.length), tags };
}

/** Two claims on that seed, as the review suites tag them. */
export const myth = claimOn('c-myth01', 'has no realistic prospect of success', ['opinion']);
export const savings = claimOn('c-save01', 'The commission found no evidence that these assumptions are true.', ['finding']);

/** The sidecar of `document` holding `claims`. */
export function sidecarTextOf(document: string, ...claims: SidecarClaim[]): string {
  return serialiseSidecar({ schema: 1, document, offsets: 'utf-16', claims });
}
