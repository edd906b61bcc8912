import * as assert from 'node:assert/strict';
import { anchorClaim } from '../../../src/core/anchoring/claimTracking';
import { claimPlacements } from '../../../src/core/anchoring/placeClaims';
import { drain, runSlice } from '../../../src/core/util/steps';
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

  it('places claims on copies of one long sentence, moved, edited or cut, as anchorClaim places each alone', () => {
    // Longer than 160 units, so placed by its end pieces; the copies differ only in the figure before them.
    const long = 'The review found that the integrated care programme, which the board had promised would save money within three years, had instead cost more than it saved in every year of the pilot.';
    const copies = Array.from({ length: 6 }, (_, index) => `Paragraph ${index} notes ${index + 2}% growth. ${long}`).join('\n\n');
    const onCopies: SidecarClaim[] = Array.from({ length: 6 }, (_, index) => {
      const start = copies.indexOf(long, copies.indexOf(`Paragraph ${index} `));
      return { id: `c-long0${index}`, anchor: createQuoteAnchor(copies, start, start + long.length), tags: [] };
    });
    const edited = `A new preface moves every stored place on. ${copies}`
      .replace(`Paragraph 2 notes 4% growth. ${long}`, `Paragraph 2 notes 4% growth. ${long.replace('every year', 'each year')}`)
      .replace(`Paragraph 4 notes 6% growth. ${long}`, 'Paragraph 4 notes 6% growth.');
    const placed = drain(claimPlacements(edited, onCopies, () => undefined));
    assert.deepEqual(placed, onCopies.map((claim) => anchorClaim(edited, claim)));
    assert.ok(placed.some((each) => each.status !== 'exact'), 'some claims were searched for and did not come out exact');
  });
});

