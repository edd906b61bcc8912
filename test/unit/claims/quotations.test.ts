import * as assert from 'node:assert/strict';
import { isQuoted, quotedRegions } from '../../../src/core/claims/quotations';

/** The text with each quoted unit shown as `^` and each other as `.`, and whether a quotation is open at its end. */
function quotedMarks(text: string, openAtStart = false): [string, boolean] {
  const regions = quotedRegions(text, openAtStart);
  return [[...text].map((_, at) => (isQuoted(regions, at) ? '^' : '.')).join(''), regions.openAtEnd];
}

describe('quotedRegions', () => {
  it('marks curly quotations, their marks included', () => {
    assert.deepEqual(quotedMarks('He said “no” and “yes” too.'), ['........^^^^.....^^^^^.....', false]);
  });

  it('toggles at straight quotation marks', () => {
    assert.deepEqual(quotedMarks('a "b" c "d'), ['..^^^...^^', true]);
  });

  it('goes on from a quotation opened before the text, and leaves a stray closing mark quoted alone', () => {
    assert.deepEqual(quotedMarks('still quoted,” he said. A stray ” mark.', true), ['^^^^^^^^^^^^^^..................^......', false]);
  });

  it('reads a quotation opened inside one as going on, and marks nothing outside the text', () => {
    const regions = quotedRegions('x “a “b” c', false);
    assert.deepEqual([-1, 0, 2, 5, 7, 8, 10].map((at) => isQuoted(regions, at)), [false, false, true, true, true, false, false]);
    assert.equal(regions.openAtEnd, false);
  });

  it('marks nothing in a text with no quotation mark', () => {
    assert.deepEqual(quotedMarks('Plain text.'), ['...........', false]);
  });
});
