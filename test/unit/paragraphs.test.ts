import * as assert from 'node:assert/strict';
import { forEachParagraphFrom, type Paragraph, splitParagraphs } from '../../src/core/paragraphs';
import { splitParagraphs as claimParagraphs } from '../../src/core/claims/paragraphs';

const texts = (text: string): string[] => splitParagraphs(text).map((paragraph) => paragraph.text);

describe('splitParagraphs (one definition of a blank line)', () => {
  it('splits at lines holding only spaces, tabs, form feeds, vertical tabs or no-break spaces', () => {
    assert.deepEqual(texts('One\n\nTwo\n \t\nThree\n\f\nFour\n\v\u00a0\nFive'), ['One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('copes with Windows line ends and makes no empty paragraphs from runs of blank lines', () => {
    assert.deepEqual(texts('One.\r\n\r\n\r\n\r\nTwo.'), ['One.\r', 'Two.']);
    assert.deepEqual(texts('\n\n\n'), []);
  });

  it('keeps a line break inside a paragraph, and gives offsets into the text', () => {
    const text = 'A first\nline\n\nB';
    assert.deepEqual(splitParagraphs(text), [{ start: 0, end: 12, text: 'A first\nline' }, { start: 14, end: 15, text: 'B' }]);
  });

  it('is the splitter the claim finder uses, which trims each paragraph', () => {
    const text = ' One \n\f\n Two ';
    assert.deepEqual(claimParagraphs(text).map(({ start, end }) => text.slice(start, end)), ['One', 'Two']);
  });

  it('resumes at any paragraph start as if it had split from the beginning', () => {
    const text = '\n\nOne\n \n  Two\nstill two\n\n\n\nThree\n\n  ';
    const all = splitParagraphs(text);
    for (const [index, paragraph] of all.entries()) {
      const resumed: Paragraph[] = [];
      forEachParagraphFrom(text, paragraph.start, (next) => resumed.push(next) > 0);
      assert.deepEqual(resumed, all.slice(index));
    }
  });

  it('stops when told to', () => {
    const taken: string[] = [];
    forEachParagraphFrom('One\n\nTwo\n\nThree', 0, (paragraph) => taken.push(paragraph.text) < 2);
    assert.deepEqual(taken, ['One', 'Two']);
  });
});
