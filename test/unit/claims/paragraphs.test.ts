import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../../src/core/claims/paragraphs';

const texts = (text: string): string[] => splitParagraphs(text).map((span) => text.slice(span.start, span.end));

describe('splitParagraphs', () => {
  it('splits at blank lines and trims each block', () => {
    assert.deepEqual(texts('  First line\nsame paragraph.  \n\n\nSecond.\n \t\nThird'), ['First line\nsame paragraph.', 'Second.', 'Third']);
  });

  it('copes with Windows line ends and a text of blanks', () => {
    assert.deepEqual(texts('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(splitParagraphs(' \n\n \n'), []);
  });

  it('gives offsets into the text', () => {
    const text = 'Intro\n\n  Body text.';
    assert.deepEqual(splitParagraphs(text), [{ start: 0, end: 5 }, { start: 9, end: 19 }]);
  });
});
