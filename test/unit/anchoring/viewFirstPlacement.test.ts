import * as assert from 'node:assert/strict';
import { anchorClaim, type TrackedClaim } from '../../../src/core/anchoring/claimTracking';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { drain } from '../../../src/core/util/steps';
import type { SidecarClaim } from '../../../src/core/sidecar/types';
import { viewFirstPlacements } from '../../../src/editor/claims/viewFirstPlacement';

const sentences = Array.from({ length: 12 }, (_, index) => `Sentence ${index} says the council spent £${index + 1}m on roads.`);
const text = sentences.join(' ');
const claims: SidecarClaim[] = sentences.map((sentence, index) => {
  const start = text.indexOf(sentence);
  return { id: `c-${String(index).padStart(6, '0')}`, anchor: createQuoteAnchor(text, start, start + sentence.length), tags: [] };
});
/** "On screen": the claims of sentences 8 to 10. */
const inView = (claim: SidecarClaim): boolean => claim.anchor.start >= text.indexOf(sentences[8]) && claim.anchor.start < text.indexOf(sentences[11]);

describe('placing the claims on screen first', () => {
  it('hands over the claims on screen once they are placed, before any other is searched for', () => {
    const searched: string[] = [];
    let handed: readonly TrackedClaim[] | undefined;
    let searchedWhenHanded = 0;
    const job = viewFirstPlacements(text, claims, inView, (claim) => {
      searched.push(claim.id);
      return undefined;
    }, (placed) => {
      handed = placed;
      searchedWhenHanded = searched.length;
    });
    const placed = drain(job);
    assert.deepEqual(handed?.map((tracked) => tracked.claim.id), ['c-000008', 'c-000009', 'c-000010']);
    assert.equal(searchedWhenHanded, 3, 'claims off screen were looked at before those on screen were handed over');
    assert.deepEqual(handed, claims.filter(inView).map((claim) => anchorClaim(text, claim)));
    assert.deepEqual(placed, claims.map((claim) => anchorClaim(text, claim)), 'the result is not every claim, placed, in the sidecar order');
  });

  it('hands over nothing when no claim is on screen, and still places them all', () => {
    let handed: readonly TrackedClaim[] | undefined;
    const placed = drain(viewFirstPlacements(text, claims, () => false, () => undefined, (claims) => (handed = claims)));
    assert.deepEqual(handed, []);
    assert.equal(placed.length, claims.length);
  });
});
