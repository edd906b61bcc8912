import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { commonEnds } from '../../src/core/commonEnds';

describe('commonEnds', () => {
  it('finds the shared start and end around an edit, across chunk boundaries', () => {
    const text = 'ab'.repeat(70000);
    assert.deepEqual(commonEnds(text, `${text.slice(0, 70001)}x${text.slice(70001)}`), { prefix: 70001, suffix: 69999 });
    assert.deepEqual(commonEnds(text, text), { prefix: 140000, suffix: 0 });
    assert.deepEqual(commonEnds('', 'abc'), { prefix: 0, suffix: 0 });
  });

  it('never lets the shared start and end overlap in either string', () => {
    // "aaa" → "aaaa": all of the shorter string is shared start, nothing is left for the end.
    assert.deepEqual(commonEnds('aaa', 'aaaa'), { prefix: 3, suffix: 0 });
    assert.deepEqual(commonEnds('abcabc', 'abc'), { prefix: 3, suffix: 0 });
  });

  it('agrees with a comparison code unit by code unit', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b') }), fc.string({ unit: fc.constantFrom('a', 'b') }), (before, after) => {
      const { prefix, suffix } = commonEnds(before, after);
      const shorter = Math.min(before.length, after.length);
      assert.ok(prefix + suffix <= shorter);
      assert.equal(before.slice(0, prefix), after.slice(0, prefix));
      assert.ok(prefix === shorter || before[prefix] !== after[prefix]);
      assert.equal(before.slice(before.length - suffix), after.slice(after.length - suffix));
      assert.ok(prefix + suffix === shorter || before[before.length - suffix - 1] !== after[after.length - suffix - 1]);
    }));
  });
});
