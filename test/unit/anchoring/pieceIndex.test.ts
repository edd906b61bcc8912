import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { indexPieces, occurrenceSteps } from '../../../src/core/anchoring/pieceIndex';
import { drain } from '../../../src/core/util/steps';
import { stepsOf } from '../stepWork';

/** Every start of `piece` in `text`, overlapping ones included, found another way than indexOf: a look-ahead at every position. */
function startsOf(text: string, piece: string): number[] {
  return [...text.matchAll(new RegExp(`(?=${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'g'))].map((match) => match.index);
}

/** Text over a small alphabet, so pieces recur, overlap and overlap themselves. */
const small = (minLength: number, maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('a', 'b', ' ', '£', '😀'), { minLength, maxLength }).map((parts) => parts.join(''));

describe('finding many pieces in one pass', () => {
  it('answers as indexOf does, overlapping places included, whether it hashed them, looked for each, or was not given them', () => {
    fc.assert(fc.property(small(0, 400), fc.array(small(1, 24), { maxLength: 40 }), (text, pieces) => {
      // Pieces cut from the text too, so most are found.
      const cut = pieces.map((piece, index) => text.slice(index * 7, index * 7 + piece.length) || piece);
      const finder = drain(indexPieces(text, [...pieces, ...cut]));
      for (const piece of [...pieces, ...cut, 'not given but asked for', 'a'.repeat(17)]) {
        const expected = startsOf(text, piece);
        assert.deepEqual(drain(finder.occurrences(piece)), expected, piece);
        assert.deepEqual(drain(finder.rareOccurrences(piece, 3)), expected.length <= 3 ? expected : undefined, piece);
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
    assert.deepEqual(drain(finder.occurrences('the one rare piece here')), [text.length - 23]);
    assert.equal(drain(finder.rareOccurrences('abcdefghijklmnopqrstuvwxyz', 16)), undefined);
    assert.equal(drain(finder.occurrences('abcdefghijklmnopqrstuvwxyz')).length, 60_000);
    assert.deepEqual(drain(finder.occurrences('absent piece number 3')), []);
  });

  it('searches the whole text for a piece it was not given (or too common to keep) in steps of at most 256 K code units, finding what a search at once finds', () => {
    // 4.3 million code units; the pieces recur across every stretch's end somewhere, as their period does not divide 256 K.
    const text = `${'the council spent £5m on roads; the fund 😀 paid '.repeat(90_000)}the one rare piece`;
    const stretches = Math.ceil(text.length / (256 * 1024));
    const finder = drain(indexPieces(text, []));
    for (const piece of ['spent £5m on roads; the fund', 'roads; the', '😀 paid the', 'paid the council spent', 'one rare', 'not there at all']) {
      const expected = startsOf(text, piece);
      // Asked for few, it gives up once there are more, or gives them all.
      const few = stepsOf(finder.rareOccurrences(piece, 16));
      assert.deepEqual(few.value, expected.length <= 16 ? expected : undefined, piece);
      assert.ok(few.stops <= stretches - 1, piece);
      const all = stepsOf(finder.occurrences(piece));
      assert.equal(all.stops, stretches - 1, piece);
      assert.deepEqual(all.value, expected, piece);
      assert.deepEqual(drain(occurrenceSteps(text, piece)), expected, piece);
      // Asked again, a piece found no more often than the index keeps is not searched for again.
      assert.deepEqual(stepsOf(finder.occurrences(piece)), { stops: expected.length <= 2_048 ? 0 : stretches - 1, most: 0, value: expected }, piece);
      assert.deepEqual(drain(finder.rareOccurrences(piece, 16)), expected.length <= 16 ? expected : undefined, piece);
    }
    // A text of one stretch or less is searched without a stop.
    assert.deepEqual(stepsOf(occurrenceSteps(text.slice(0, 1_000), 'roads')), { stops: 0, most: 0, value: startsOf(text.slice(0, 1_000), 'roads') });
  });

  it("finds a sidecar's short pieces (under 16 units) in a hashing pass of their own, so none is searched for when asked", () => {
    const text = `${'abcdefghijklmnopqrstuvwxyz '.repeat(60_000)}the one rare piece here`;
    const short = ['one rare', 'z the one', 'Q', 'piece here', 'absent'];
    const long = Array.from({ length: 20 }, (_, index) => `absent piece number ${index}`);
    const finder = drain(indexPieces(text, [...short, ...long]));
    for (const piece of short) assert.deepEqual(stepsOf(finder.occurrences(piece)), { stops: 0, most: 0, value: startsOf(text, piece) }, piece);
  });

  it('finds a few pieces given one by one in the same steps, keeping those found up to the most kept', () => {
    const text = `${'abcdefghijklmnopqrstuvwxyz '.repeat(60_000)}the one rare piece here`;
    const stretches = Math.ceil(text.length / (256 * 1024));
    const { stops, value: finder } = stepsOf(indexPieces(text, ['the one rare piece here']));
    assert.equal(stops, stretches - 1);
    assert.deepEqual(stepsOf(finder.occurrences('the one rare piece here')), { stops: 0, most: 0, value: [text.length - 23] });
  });
});
