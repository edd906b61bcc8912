import * as assert from 'node:assert/strict';
import { anchorClaim, shiftClaims } from '../../../src/core/anchoring/claimTracking';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import type { SidecarClaim } from '../../../src/core/sidecar/types';

const text = 'The council spent £4m on roads. Bus fares rose by 5% last year. Nothing else changed.';
const quote = 'Bus fares rose by 5% last year.';
const start = text.indexOf(quote);
const claim: SidecarClaim = { id: 'c-000001', anchor: createQuoteAnchor(text, start, start + quote.length), tags: [] };
const tracked = [anchorClaim(text, claim)];

describe('carrying claims through an edit, given the text after it as a function', () => {
  it('does not take the text when no claim lost its text (a keystroke)', () => {
    const after = `${text.slice(0, 4)}x${text.slice(4)}`;
    let taken = 0;
    const shifted = shiftClaims(tracked, [{ start: 4, end: 4, text: 'x' }], () => {
      taken++;
      return after;
    });
    assert.equal(taken, 0);
    assert.deepEqual(shifted.claims, shiftClaims(tracked, [{ start: 4, end: 4, text: 'x' }], after).claims);
  });

  it('takes it once, and holds the claim as with the text given, when the claim\'s text is deleted', () => {
    const change = { start, end: start + quote.length + 1, text: '' };
    const after = text.slice(0, change.start) + text.slice(change.end);
    let taken = 0;
    const shifted = shiftClaims(tracked, [change], () => {
      taken++;
      return after;
    });
    assert.equal(taken, 1);
    assert.deepEqual(shifted, shiftClaims(tracked, [change], after));
  });
});
