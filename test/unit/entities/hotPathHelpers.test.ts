import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { clean } from '../../../src/core/entities/numberWords';
import { dayDate, monthSpan } from '../../../src/core/entities/dates';
import { nameValueOf } from '../../../src/core/entities/words';
import { isKeyAt, keyOfName } from '../../../src/core/entities/bodyMatcher';
import { initialsOf } from '../../../src/core/entities/acronymLinks';
import { blanksStart, numberEnd, wordBeforeBlanks, wordBeforeBlanksStart, WordsInPlace } from '../../../src/core/entities/figures/reading';
import { labelAndNumbersBefore } from '../../../src/core/entities/figures/lookAlikes';

/** Short texts of the characters the figure helpers look at. */
function textOf(characters: string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...characters), { maxLength: 24 }).map((parts) => parts.join(''));
}

// Helpers the scan calls for every figure, rewritten for speed: each must give what the slower
// form it replaced gave, for every input.
describe('figure helpers on the scan’s hot path', () => {
  it('clean rounds as writing 12 significant digits and reading them back does', () => {
    const byPrecision = (value: number) => Number(value.toPrecision(12));
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1e12, -1e12, 999_999_999_999, 5.3e9 + 1e-6)), (value) => {
      assert.ok(Object.is(clean(value), byPrecision(value)), String(value));
    }));
  });

  it('a month has the days the calendar gives it, two-digit years as Date.UTC reads them', () => {
    const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
    fc.assert(fc.property(fc.integer({ min: 0, max: 2400 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      assert.equal(monthSpan(year, month)?.to, `${year}-${String(month).padStart(2, '0')}-${lastDay(year, month)}`);
    }));
    assert.equal(dayDate(29, 2, '1900'), undefined);
    assert.equal(dayDate(29, 2, '2000'), '2000-02-29');
    assert.equal(dayDate(29, 2, '24'), '2024-02-29');
    assert.equal(dayDate(29, 2, undefined), '--02-29');
  });

  it('numberEnd ends where the number pattern it replaced ends', () => {
    const number = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
    const pieces = fc.array(fc.constantFrom('1', '12', '123', '1234', ',', ',456', ',45', '.', '.5', 'a', ' '), { maxLength: 8 }).map((chosen) => chosen.join(''));
    fc.assert(fc.property(pieces, fc.nat(24), (text, position) => {
      number.lastIndex = position;
      const match = number.exec(text);
      assert.equal(numberEnd(text, position), match ? position + match[0].length : -1, JSON.stringify([text, position]));
    }));
    assert.equal(numberEnd('123,456,78.5', 0), 7);
  });

  it('wordBeforeBlanksStart finds the word wordBeforeBlanks cuts out', () => {
    fc.assert(fc.property(textOf(['a', 'B', '.', ' ', '\t', '\u00a0', '1', '-']), fc.nat(24), fc.nat(24), (text, end, back) => {
      const at = Math.min(end, text.length);
      const from = Math.max(0, at - back);
      const start = wordBeforeBlanksStart(text, from, at);
      const word = wordBeforeBlanks(text, from, at);
      assert.equal(start < 0 ? undefined : text.slice(start, blanksStart(text, from, at)), word, JSON.stringify([text, from, at]));
    }));
  });

  it('WordsInPlace has a word where a set of its lower-case words has the word in lower case', () => {
    const words = ['to', 'ten', 'two', 'page', 'p', 'pp'];
    const inPlace = new WordsInPlace(words);
    fc.assert(fc.property(textOf(['t', 'O', 'e', 'n', 'w', 'P', 'a', 'g', 'E', ' ']), fc.nat(24), fc.nat(24), (text, a, b) => {
      const start = Math.min(a, b, text.length);
      const end = Math.min(Math.max(a, b), text.length);
      assert.equal(inPlace.has(text, start, end), words.includes(text.slice(start, end).toLowerCase()), JSON.stringify([text, start, end]));
    }));
  });

  it('labelAndNumbersBefore captures the word the label-and-numbers pattern, tried at every position, captures', () => {
    const labelAndNumbers = /([A-Za-z][A-Za-z.]*)\s+\d+(?:\.\d+)*(?:(?:\s?[–-]\s?|\s+(?:to|and)\s+|,\s*)\d+(?:\.\d+)*)*(?:\s?[–-]\s?|\s+(?:to|and)\s+|,\s*)$/;
    const parts = ['page', 'Qq', 'p.', '.', '..x', 'x', ' ', '  ', '12', '3', '.5', '-', '–', ',', ' to ', ' and ', 'to', '\n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 14 }).map((chosen) => chosen.join('')), (before) => {
      assert.equal(labelAndNumbersBefore(before), labelAndNumbers.exec(before)?.[1], JSON.stringify(before));
    }));
    assert.equal(labelAndNumbersBefore('see Paragraphs 1 to '), 'Paragraphs');
    assert.equal(labelAndNumbersBefore('Qq 12–15, '), 'Qq');
    assert.equal(labelAndNumbersBefore('..page 3-'), 'page');
  });
});

// The names' helpers, rewritten to read in place: words, spaces and apostrophes of every kind,
// letters beyond ASCII whose case changes length, and "and" in every case.
const namePiece = fc.constantFrom('and', 'And', 'AND', 'an', 'd', 'the', 'The', 'THE', 'of', 'Of', 'for', 'Fund', 'fund', 'care', 'Care',
  '&', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', ',', '-', '/', '.', "'", '’', 's', '2', '19', 'é', 'İ', 'ß', 'ﬁ', 'NHS', 'St', "Thomas'", 'and’s');
const nameText = fc.array(namePiece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('name helpers on the scan’s hot path', () => {
  it('nameValueOf gives what the two replacements gave', () => {
    fc.assert(fc.property(nameText, (text) => {
      assert.equal(nameValueOf(text), text.replace(/\s+/g, ' ').replace(/’/g, "'"));
    }));
  });

  it('isKeyAt agrees with keyOfName of the slice wherever it answers', () => {
    fc.assert(fc.property(nameText, nameText, fc.boolean(), (written, other, same) => {
      const text = `x ${written} y`;
      const key = keyOfName(same ? written : other);
      const answer = isKeyAt(text, 2, 2 + written.length, key);
      if (answer !== undefined) assert.equal(answer, keyOfName(written) === key, JSON.stringify([written, key]));
    }), { numRuns: 2000 });
    // It answers for the plain cases it is there for.
    assert.equal(isKeyAt('Better care fund', 0, 16, 'better care fund'), true);
    assert.equal(isKeyAt('Health & Social Care', 0, 20, 'health & social care'), true);
    assert.equal(isKeyAt('Guy’s and St Thomas’', 0, 20, 'guys & st thomas'), true);
  });

  it('initialsOf gives what splitting the name into words gave', () => {
    const minorWords = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in', 'to', 'at']);
    const bySplitting = (name: string) => name.split(/\s+/).filter((word) => !minorWords.has(word.toLowerCase())).map((word) => word[0]).join('').toUpperCase();
    fc.assert(fc.property(nameText, (name) => {
      assert.equal(initialsOf(name), bySplitting(name));
    }));
  });
});
