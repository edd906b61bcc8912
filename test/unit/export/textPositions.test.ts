import * as assert from 'node:assert/strict';
import { TextPositions } from '../../../src/core/export/textPositions';

describe('TextPositions', () => {
  const text = 'ab\n📈 £5\n\nx';

  it('gives code points, lines and UTF-16 columns of increasing offsets', () => {
    const positions = new TextPositions(text);
    assert.deepEqual(positions.at(0), { codePoint: 0, line: 1, column: 1 });
    assert.deepEqual(positions.at(2), { codePoint: 2, line: 1, column: 3 });
    assert.deepEqual(positions.at(3), { codePoint: 3, line: 2, column: 1 });
    // After 📈 (two UTF-16 units, one code point) and a space.
    assert.deepEqual(positions.at(6), { codePoint: 5, line: 2, column: 4 });
    assert.deepEqual(positions.at(10), { codePoint: 9, line: 4, column: 1 });
    assert.deepEqual(positions.at(99), { codePoint: 10, line: 4, column: 2 });
  });

  it('starts again from the top for an offset before the last one', () => {
    const positions = new TextPositions(text);
    positions.at(10);
    assert.deepEqual(positions.at(5), { codePoint: 4, line: 2, column: 3 });
  });
});
