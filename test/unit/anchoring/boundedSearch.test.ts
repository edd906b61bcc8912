import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { approxSearch, closestSubstringDistance, firstApproxMatch } from '../../../src/core/anchoring/approxSearch';
import { boundedDistance, exactMatchSteps, quotePieces, searchWithinSteps } from '../../../src/core/anchoring/boundedSearch';
import { indexPieces } from '../../../src/core/anchoring/pieceIndex';
import { drain } from '../../../src/core/util/steps';

describe('bounded search', () => {
  it('measures the distance of the differing middle only, within the errors allowed', () => {
    assert.equal(boundedDistance('The fund saved money.', 'The fund saved money.', 5), 0);
    assert.equal(boundedDistance('The fund saved money.', 'The fund saved much money.', 5), 5);
    assert.equal(boundedDistance('The fund saved money.', 'The fund spent money.', 5), 4);
    assert.equal(boundedDistance('The fund saved money.', 'Something else entirely here.', 5), undefined);
    const long = 'word '.repeat(20_000);
    assert.equal(boundedDistance(long, `${long.slice(0, 50_000)}X${long.slice(50_001)}`, 256), 1);
  });

  it('finds a long quote exactly by its head, without comparing it at every offset', () => {
    const unit = 'The council spent £5m on roads. ';
    const text = unit.repeat(2_000);
    const quote = text.slice(unit.length * 10, unit.length * 10 + 500);
    const found = drain(exactMatchSteps(text, quote, unit.length * 10, drain(indexPieces(text, quotePieces(quote)))));
    assert.ok(found.some((match) => match.start === unit.length * 10));
    assert.ok(found.every((match) => text.slice(match.start, match.end) === quote));
  });

  it('scores a context in one word exactly as the library\'s search does', () => {
    const text = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('a', 'b', 'c', ' ', '£', '😀'), { maxLength }).map((parts) => parts.join(''));
    fc.assert(fc.property(text(40), text(40).filter((pattern) => pattern.length > 0), (haystack, pattern) => {
      const expected = haystack.length === 0 ? pattern.length : approxSearch(haystack, pattern, pattern.length)[0].errors;
      assert.equal(closestSubstringDistance(pattern)(haystack), expected);
    }), { numRuns: 3_000 });
  });

  it('finds the first best match of a short pattern, its start and errors, exactly as the library\'s search does', () => {
    const text = (minLength: number, maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('a', 'b', 'c', ' ', '£', '😀'), { minLength, maxLength }).map((parts) => parts.join(''));
    fc.assert(fc.property(text(0, 60), text(1, 32), fc.nat({ max: 40 }), (haystack, pattern, maxErrors) => {
      assert.deepEqual(firstApproxMatch(haystack, pattern, maxErrors), approxSearch(haystack, pattern, maxErrors)[0]);
    }), { numRuns: 20_000 });
  });

  it('finds in a window searched in stretches, a stop after each, what one search of it finds', () => {
    const text = (minLength: number, maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('a', 'b', 'c', ' ', '😀'), { minLength, maxLength }).map((parts) => parts.join(''));
    fc.assert(fc.property(text(0, 300), text(1, 80), fc.nat({ max: 30 }), fc.integer({ min: 1, max: 90 }), fc.nat({ max: 40 }), (haystack, pattern, maxErrors, cellsPerStep, margin) => {
      const window = { start: Math.min(margin, haystack.length), end: Math.max(Math.min(margin, haystack.length), haystack.length - margin) };
      const whole = approxSearch(haystack.slice(window.start, window.end), pattern, maxErrors)
        .map((match) => ({ start: match.start + window.start, end: match.end + window.start, errors: match.errors }));
      const stretch = Math.max(1, Math.floor(cellsPerStep / Math.ceil(pattern.length / 32)));
      const steps = searchWithinSteps(haystack, window, pattern, maxErrors, cellsPerStep);
      let stops = 0;
      for (let step = steps.next(); !step.done; step = steps.next()) stops++;
      assert.deepEqual(drain(searchWithinSteps(haystack, window, pattern, maxErrors, cellsPerStep)), whole);
      assert.equal(stops, Math.max(1, Math.ceil((window.end - window.start) / stretch)) - 1);
    }), { numRuns: 5_000 });
  });
});
