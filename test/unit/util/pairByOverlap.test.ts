import * as assert from 'node:assert/strict';
import { pairByOverlap } from '../../../src/core/util/pairByOverlap';
import type { Span } from '../../../src/core/textDocument';

const halfOfLonger = (shared: number, x: Span, y: Span): boolean => shared * 2 >= Math.max(x.end - x.start, y.end - y.start);
const itself = (span: Span): Span => span;

describe('pairByOverlap', () => {
  it('pairs one to one, the largest shared stretch first, and leaves the rest on their side', () => {
    const a = [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 50, end: 60 }];
    const b = [{ start: 2, end: 10 }, { start: 0, end: 9 }, { start: 21, end: 30 }, { start: 80, end: 90 }];
    const paired = pairByOverlap(a, b, itself, itself, halfOfLonger);
    assert.deepEqual(paired.pairs, [[a[0], b[1]], [a[1], b[2]]]);
    assert.deepEqual(paired.onlyA, [a[2]]);
    assert.deepEqual(paired.onlyB, [b[0], b[3]]);
  });

  it('takes only what `enough` accepts, and pairs nothing with an item that has no span', () => {
    const a = [{ start: 0, end: 100 }, { start: 200, end: 210 }];
    const b = [{ start: 90, end: 110 }, { start: 205, end: 206 }];
    assert.deepEqual(pairByOverlap(a, b, itself, itself, halfOfLonger).pairs, []);
    const halfOfShorter = (shared: number, x: Span, y: Span): boolean => shared * 2 >= Math.min(x.end - x.start, y.end - y.start);
    assert.deepEqual(pairByOverlap(a, b, itself, itself, halfOfShorter).pairs, [[a[0], b[0]], [a[1], b[1]]]);
    const placed = pairByOverlap(a, b, (span) => (span.start === 0 ? undefined : span), itself, halfOfShorter);
    assert.deepEqual(placed.pairs, [[a[1], b[1]]]);
    assert.deepEqual(placed.onlyA, [a[0]]);
  });
});
