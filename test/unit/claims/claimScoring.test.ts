import * as assert from 'node:assert/strict';
import { compareClaims, sameSource, scoreClaims, type ClaimGoldDocument } from '../../support/claimScoring';

describe('claim scoring (bench/claimAccuracy)', () => {
  it('counts a source right when the people share a surname, or else the organisations are the same (acronyms by the detector’s name)', () => {
    assert.ok(sameSource({ person: 'Sir Amyas Morse', organisation: 'NAO' }, { person: 'Morse', organisation: null }));
    assert.ok(sameSource({ person: null, organisation: 'NAO' }, { person: null, organisation: 'National Audit Office' }));
    assert.ok(sameSource({ person: 'Jane Dacre', organisation: 'Royal College of Physicians' }, { person: null, organisation: 'the Royal College of Physicians' }));
    assert.ok(sameSource({ person: null, organisation: 'Parliamentary Budget Officer' }, { person: null, organisation: 'PBO' }), 'an acronym by its initials');
    assert.ok(sameSource(null, null));
    assert.ok(!sameSource({ person: 'Jane Dacre', organisation: null }, { person: null, organisation: 'Royal College of Physicians' }));
    assert.ok(!sameSource({ person: 'Jane Dacre', organisation: 'RCP' }, { person: 'Chris Hopson', organisation: 'RCP' }));
    assert.ok(!sameSource(null, { person: null, organisation: 'NAO' }));
  });

  it('matches one to one by overlap, and scores precision, recall, checkworthy recall and source accuracy', () => {
    const text = 'Costs rose by £2bn. The fund should be judged over a decade. Read more here.';
    const document: ClaimGoldDocument = {
      name: 'x.txt',
      text,
      claims: [
        { start: 0, end: 19, text: 'Costs rose by £2bn.', source: { person: null, organisation: 'NAO' }, checkworthy: true },
        { start: 20, end: 60, text: text.slice(20, 60), source: null, checkworthy: false },
      ],
    };
    const comparison = compareClaims(document, [
      { start: 0, end: 19, text: 'Costs rose by £2bn.', score: 3, source: { person: null, organisation: 'National Audit Office' } },
      { start: 0, end: 60, text: text.slice(0, 60), score: 1, source: null },
      { start: 61, end: 76, text: 'Read more here.', score: 1, source: null },
    ]);
    assert.deepEqual(comparison.pairs.map((pair) => pair.found.end), [19, 60], 'largest overlaps first, each claim matched once');
    const scores = scoreClaims([comparison]);
    assert.deepEqual([scores.all.precision, scores.all.recall, scores.checkworthy.recall], [2 / 3, 1, 1]);
    assert.deepEqual([scores.sourceOfFound.ratio, scores.sourceOfAttributed.right, scores.sourceOfAttributed.of], [1, 1, 1]);
    const strong = scoreClaims([comparison], 2);
    assert.deepEqual([strong.all.precision, strong.all.recall], [1, 0.5], 'a minimum score leaves out the weaker claims');
  });
});
