import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { clean } from '../../../src/core/entities/numberWords';
import { dayDate, monthSpan } from '../../../src/core/entities/dates';

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
