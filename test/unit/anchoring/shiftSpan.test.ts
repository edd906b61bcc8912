import * as assert from 'node:assert/strict';
import { shiftSpan } from '../../../src/core/anchoring/shiftSpan';

// The span [10, 20) of an old text, under one edit each.
const span = { start: 10, end: 20 };

describe('shiftSpan', () => {
  it('moves the span by an insertion or deletion before it', () => {
    assert.deepEqual(shiftSpan(span, { start: 2, end: 2, text: 'abc' }), { start: 13, end: 23 });
    assert.deepEqual(shiftSpan(span, { start: 2, end: 6, text: '' }), { start: 6, end: 16 });
    assert.deepEqual(shiftSpan(span, { start: 2, end: 10, text: 'x' }), { start: 3, end: 13 });
  });

  it('keeps typing at either end outside the span', () => {
    assert.deepEqual(shiftSpan(span, { start: 10, end: 10, text: 'ab' }), { start: 12, end: 22 });
    assert.deepEqual(shiftSpan(span, { start: 20, end: 20, text: 'ab' }), span);
  });

  it('leaves the span alone for an edit after it', () => {
    assert.deepEqual(shiftSpan(span, { start: 25, end: 30, text: 'longer text' }), span);
  });

  it('grows or shrinks the span for an edit inside it', () => {
    assert.deepEqual(shiftSpan(span, { start: 12, end: 12, text: 'four' }), { start: 10, end: 24 });
    assert.deepEqual(shiftSpan(span, { start: 12, end: 15, text: '' }), { start: 10, end: 17 });
    assert.deepEqual(shiftSpan(span, { start: 10, end: 15, text: 'ab' }), { start: 10, end: 17 });
  });

  it('keeps the surviving part when an edit overlaps one end', () => {
    assert.deepEqual(shiftSpan(span, { start: 5, end: 12, text: 'xy' }), { start: 7, end: 15 });
    assert.deepEqual(shiftSpan(span, { start: 18, end: 25, text: 'xy' }), { start: 10, end: 18 });
  });

  it('gives nothing when the whole span is deleted or replaced', () => {
    assert.equal(shiftSpan(span, { start: 10, end: 20, text: '' }), undefined);
    assert.equal(shiftSpan(span, { start: 5, end: 25, text: 'replacement' }), undefined);
  });
});
