import * as assert from 'node:assert/strict';
import { anchorClaim } from '../../../src/core/anchoring/claimTracking';
import { claimPlacements } from '../../../src/core/anchoring/placeClaims';
import { runSlice } from '../../../src/core/util/steps';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import type { SidecarClaim } from '../../../src/core/sidecar/types';

const sentences = Array.from({ length: 20 }, (_, index) => `Sentence ${index} says the council spent £${index + 1}m on roads.`);
const text = sentences.join(' ');
const claims: SidecarClaim[] = sentences.map((sentence, index) => {
  const start = text.indexOf(sentence);
  return { id: `c-${String(index).padStart(6, '0')}`, anchor: createQuoteAnchor(text, start, start + sentence.length), tags: [] };
});

describe('placing claims in slices', () => {
  it('places every claim as anchorClaim would, stopping when the slice is spent', () => {
    let clock = 0;
    const job = claimPlacements(text, claims, () => undefined);
    const slices: boolean[] = [];
    let result: ReturnType<typeof runSlice<unknown>>;
    do {
      // Each claim "costs" 10 ms on this clock; a 25 ms slice places three.
      result = runSlice(job, 25, () => (clock += 10));
      slices.push(result.done);
    } while (!result.done);
    assert.ok(slices.length > 3, 'the work was spread over several slices');
    assert.deepEqual(result.value, claims.map((claim) => anchorClaim(text, claim)));
  });

  it('keeps the places it is told, without searching', () => {
    const known = anchorClaim(text, claims[3]);
    const job = claimPlacements('other text entirely', [claims[3]], () => known);
    const result = runSlice(job, 1_000);
    assert.ok(result.done && result.value[0] === known);
  });
});
