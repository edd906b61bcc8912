import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { clean } from '../../../src/core/entities/numberWords';
import { dayDate, monthSpan } from '../../../src/core/entities/dates';
import { nameValueOf } from '../../../src/core/entities/words';
import { isKeyAt, keyOfName } from '../../../src/core/entities/bodyMatcher';
import { initialsOf } from '../../../src/core/entities/acronymLinks';

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
