import * as assert from 'node:assert';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { SidecarClaim } from '../../../src/core/sidecar/types';
import { anchorClaim, recheckClaims, recheckClaimSteps, shiftClaims } from '../../../src/core/anchoring/claimTracking';

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
    assert.deepStrictEqual(moved.touched, [claim.id]);
    const retypedHere = recheckClaims(moved.claims, new Set(moved.touched), edited);
    assert.strictEqual(retypedHere.claims[0].status, 'fuzzy');
    assert.strictEqual(edited.slice(retypedHere.claims[0].span!.start, retypedHere.claims[0].span!.end), retyped);

    const deleted = text.replace(quote, '');
    const lost = shiftClaims([tracked], [{ start, end: start + quote.length, text: '' }], deleted);
    assert.strictEqual(lost.claims[0].span, undefined);
    assert.strictEqual(lost.placesChanged, true);
    assert.strictEqual(lost.claims[0].claim, claim, 'the orphaned claim is kept as it was');

    const found = recheckClaims(lost.claims, new Set(), text);
    assert.deepStrictEqual(found.claims[0].span, { start, end: start + quote.length });
    assert.strictEqual(found.placesChanged, true);
  });

  it('resizes a claim an edit reached into, and orphans it on recheck when the quote no longer fits', () => {
    const tracked = anchorClaim(text, claim);
    // Replacing all but the final full stop, as the editor reports a paste over the sentence.
    const rewritten = 'Something else entirely';
    const edited = text.slice(0, start) + rewritten + text.slice(start + quote.length - 1);
    const shifted = shiftClaims([tracked], [{ start, end: start + quote.length - 1, text: rewritten }], edited);
    assert.deepStrictEqual(shifted.touched, [claim.id]);
    assert.strictEqual(edited.slice(shifted.claims[0].span!.start, shifted.claims[0].span!.end), `${rewritten}.`);

    const rechecked = recheckClaims(shifted.claims, new Set(shifted.touched), edited);
    assert.strictEqual(rechecked.claims[0].span, undefined);
    assert.strictEqual(rechecked.placesChanged, true);
  });

  it('does not count an insertion right before a claim as reaching into it', () => {
    const { touched } = shiftClaims([anchorClaim(text, claim)], [{ start, end: start, text: 'Indeed, ' }], text.slice(0, start) + 'Indeed, ' + text.slice(start));
    assert.deepStrictEqual(touched, []);
  });

  it('rechecks a touched claim by reading its place alone, and takes the whole text only to look for a held claim', () => {
    const other = 'Ministers disagreed.';
    const otherStart = text.indexOf(other);
    const held: SidecarClaim = { id: 'c-held01', anchor: createQuoteAnchor(text, otherStart, otherStart + other.length), tags: ['finding'] };
    const edited = text.replace('no evidence', 'little evidence');
    const editAt = text.indexOf('no evidence');
    const change = { start: editAt, end: editAt + 2, text: 'little' };
    const shifted = shiftClaims([anchorClaim(text, claim)], [change], edited);
    const reads: string[] = [];
    const pieces = { slice: (from: number, to: number) => (reads.push(`slice ${from}-${to}`), edited.slice(from, to)), whole: () => (reads.push('whole'), edited) };
    const rechecked = recheckClaims(shifted.claims, new Set(shifted.touched), pieces);
    assert.deepStrictEqual(rechecked, recheckClaims(shifted.claims, new Set(shifted.touched), edited));
    assert.strictEqual(rechecked.claims[0].status, 'fuzzy');
    assert.deepStrictEqual(reads, [`slice ${shifted.claims[0].span!.start}-${shifted.claims[0].span!.end}`]);

    const cut = text.replace(other, '');
    const lost = shiftClaims([anchorClaim(text, held)], [{ start: otherStart, end: otherStart + other.length, text: '' }], cut);
    assert.strictEqual(lost.claims[0].held, true);
    reads.length = 0;
    const back = recheckClaims(lost.claims, new Set(), { slice: pieces.slice, whole: () => (reads.push('whole'), text) });
    assert.strictEqual(back.claims[0].status, 'exact');
    assert.deepStrictEqual(reads, ['whole']);
  });

  it('rechecks held claims in steps, stopping inside the search of a long text', () => {
    const filler = 'Councils reported a rise in demand for adult social care over the period. '.repeat(20_000);
    const long = `${filler}${text}`;
    const at = long.indexOf(quote);
    const placed = anchorClaim(long, { ...claim, anchor: createQuoteAnchor(long, at, at + quote.length) });
    const cut = long.slice(0, at) + long.slice(at + quote.length);
    const lost = shiftClaims([placed], [{ start: at, end: at + quote.length, text: '' }], cut);
    const job = recheckClaimSteps(lost.claims, new Set(), cut);
    let steps = 0;
    for (let step = job.next(); !step.done; step = job.next()) steps++;
    assert.ok(steps > 0, 'a held claim was looked for in 1.5 MB in one go');
  });
});
