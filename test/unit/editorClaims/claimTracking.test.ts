import * as assert from 'node:assert';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { SidecarClaim } from '../../../src/core/sidecar/types';
import { anchorClaim, retryOrphans, shiftClaims } from '../../../src/editor/claims/claimTracking';

const text = 'The fund cost £5.3bn in 2015-16. The NAO found no evidence that it saved money. Ministers disagreed.';
const quote = 'The NAO found no evidence that it saved money.';
const start = text.indexOf(quote);
const claim: SidecarClaim = { id: 'c-abc123', anchor: createQuoteAnchor(text, start, start + quote.length), tags: ['finding'] };

describe('claim tracking', () => {
  it('moves a claim with an insertion before it', () => {
    const tracked = anchorClaim(text, claim);
    const { claims, placesChanged } = shiftClaims([tracked], [{ start: 0, end: 0, text: 'New. ' }], `New. ${text}`);
    assert.deepStrictEqual(claims[0].span, { start: start + 5, end: start + 5 + quote.length });
    assert.strictEqual(placesChanged, false);
  });

  it('applies the changes of one event one after another', () => {
    const tracked = anchorClaim(text, claim);
    const after = `XY${text}`;
    const { claims } = shiftClaims([tracked], [{ start: 0, end: 0, text: 'Y' }, { start: 0, end: 0, text: 'X' }], after);
    assert.strictEqual(after.slice(claims[0].span!.start, claims[0].span!.end), quote);
  });

  it('re-anchors by quote when the whole claim was replaced, and orphans it when its text is gone', () => {
    const tracked = anchorClaim(text, claim);
    const retyped = 'The NAO found no evidence that it saved any money.';
    const edited = text.replace(quote, retyped);
    const moved = shiftClaims([tracked], [{ start, end: start + quote.length, text: retyped }], edited);
    assert.strictEqual(moved.claims[0].status, 'fuzzy');
    assert.strictEqual(edited.slice(moved.claims[0].span!.start, moved.claims[0].span!.end), retyped);

    const deleted = text.replace(quote, '');
    const lost = shiftClaims([tracked], [{ start, end: start + quote.length, text: '' }], deleted);
    assert.strictEqual(lost.claims[0].span, undefined);
    assert.strictEqual(lost.placesChanged, true);
    assert.strictEqual(lost.claims[0].claim, claim, 'the orphaned claim is kept as it was');

    const found = retryOrphans(lost.claims, text);
    assert.deepStrictEqual(found.claims[0].span, { start, end: start + quote.length });
    assert.strictEqual(found.placesChanged, true);
  });
});
