import * as assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../../src/core/claims/claimCandidates';
import { untaggedByParagraph, untaggedWithin } from '../../../src/core/claims/untaggedCandidates';

function candidate(start: number, end: number, score: number, paragraph: { start: number; end: number }): ClaimCandidate {
  return { start, end, text: 'x'.repeat(end - start), score, reasons: [], figures: [], paragraph };
}

describe('untagged candidates', () => {
  const first = { start: 0, end: 100 };
  const second = { start: 102, end: 200 };
  const candidates = [
    candidate(0, 30, 1, first), candidate(31, 60, 4.5, first), candidate(61, 100, 2, first),
    candidate(102, 150, 1, second), candidate(151, 200, 3, second),
  ];

  it('groups by paragraph in document order, best first within a paragraph (one lens each, counting its candidates)', () => {
    const groups = untaggedByParagraph(candidates, [], 0);
    assert.deepEqual(groups.map((group) => group.paragraph), [first, second]);
    assert.deepEqual(groups[0].candidates.map((c) => c.score), [4.5, 2, 1]);
    assert.deepEqual(groups[1].candidates.map((c) => c.score), [3, 1]);
  });

  it('leaves out candidates a tagged claim overlaps, and those below the lowest score offered', () => {
    const groups = untaggedByParagraph(candidates, [{ start: 40, end: 45 }], 2);
    assert.deepEqual(groups.map((group) => group.candidates.map((c) => c.start)), [[61], [151]]);
    assert.deepEqual(untaggedByParagraph(candidates, [], 5), [], 'no paragraph is left with nothing to offer');
  });

  it('gives the candidates of the span asked for, best first', () => {
    assert.deepEqual(untaggedWithin(candidates, [], 0, first).map((c) => c.start), [31, 61, 0]);
    assert.deepEqual(untaggedWithin(candidates, [], 0, { start: 120, end: 120 }).map((c) => c.start), [102], 'a cursor inside a sentence');
  });
});
