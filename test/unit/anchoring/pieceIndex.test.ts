import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { indexPieces, occurrences } from '../../../src/core/anchoring/pieceIndex';
import { drain } from '../../../src/core/util/steps';

/** Text over a small alphabet, so pieces recur, overlap and overlap themselves. */
const small = (minLength: number, maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('a', 'b', ' ', '£', '😀'), { minLength, maxLength }).map((parts) => parts.join(''));

describe('finding many pieces in one pass', () => {
  it('answers as indexOf does, overlapping places included, whether it hashed them, looked for each, or was not given them', () => {
    fc.assert(fc.property(small(0, 400), fc.array(small(1, 24), { maxLength: 40 }), (text, pieces) => {
      // Pieces cut from the text too, so most are found.
      const cut = pieces.map((piece, index) => text.slice(index * 7, index * 7 + piece.length) || piece);
      const finder = drain(indexPieces(text, [...pieces, ...cut]));
      for (const piece of [...pieces, ...cut, 'not given but asked for', 'a'.repeat(17)]) {
        const expected = occurrences(text, piece);
        assert.deepEqual(finder.occurrences(piece), expected, piece);
        assert.deepEqual(finder.rareOccurrences(piece, 3), expected.length <= 3 ? expected : undefined, piece);
      }
    }), { numRuns: 300 });
  });

  it('reads a long text in steps, and a piece too common to keep is read for again when all its places are asked for', () => {
    const text = `${'abcdefghijklmnopqrstuvwxyz '.repeat(60_000)}the one rare piece here`;
    const pieces = ['abcdefghijklmnopqrstuvwxyz', 'the one rare piece here', ...Array.from({ length: 30 }, (_, index) => `absent piece number ${index}`)];
    const job = indexPieces(text, pieces);
    let steps = 0;
    let step = job.next();
    for (; !step.done; step = job.next()) steps++;
    assert.ok(steps >= 3, `${steps} steps`);
    const finder = step.value;
    assert.deepEqual(finder.occurrences('the one rare piece here'), [text.length - 23]);
    assert.equal(finder.rareOccurrences('abcdefghijklmnopqrstuvwxyz', 16), undefined);
    assert.equal(finder.occurrences('abcdefghijklmnopqrstuvwxyz').length, 60_000);
    assert.deepEqual(finder.occurrences('absent piece number 3'), []);
  });
});
