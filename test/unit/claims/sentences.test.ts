import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/claims/sentences';
import { readSeed } from './seeds';

const sentences = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('ends sentences at full stops, question and exclamation marks', () => {
    assert.deepEqual(sentences('Integration has been a longstanding policy objective. But does it work? We looked!'), [
      'Integration has been a longstanding policy objective.', 'But does it work?', 'We looked!',
    ]);
  });

  it('does not end a sentence after titles and reference abbreviations', () => {
    assert.deepEqual(sentences('Prof. Dacre and Dr. Smith met Mr. Hopson at St. Thomas. The meeting was short.'), [
      'Prof. Dacre and Dr. Smith met Mr. Hopson at St. Thomas.', 'The meeting was short.',
    ]);
    assert.deepEqual(sentences('Some bodies, e.g. NHS England, i.e. the largest, agreed. See No. 10 vs. Labour.'), [
      'Some bodies, e.g. NHS England, i.e. the largest, agreed.', 'See No. 10 vs. Labour.',
    ]);
  });

  it('ends a sentence after "etc." when a new sentence follows', () => {
    assert.deepEqual(sentences('Beds, staff etc. were short. Nurses, doctors etc. The list goes on.'), [
      'Beds, staff etc. were short.', 'Nurses, doctors etc.', 'The list goes on.',
    ]);
  });

  it('keeps decimals and figures inside, and ends after a figure at a sentence end', () => {
    assert.deepEqual(sentences('Spending rose by 12.7% to £1.1 billion in total. The fund was worth £5.3bn. It ran in 2015-16. Savings were nil.'), [
      'Spending rose by 12.7% to £1.1 billion in total.', 'The fund was worth £5.3bn.', 'It ran in 2015-16.', 'Savings were nil.',
    ]);
  });

  it('keeps initials with the name', () => {
    assert.deepEqual(sentences('The report by J. K. Smith and A.B. Jones was clear. It was published.'), [
      'The report by J. K. Smith and A.B. Jones was clear.', 'It was published.',
    ]);
  });

  it('ends after the closing quote, curly or straight', () => {
    assert.deepEqual(sentences('The plans “are built on sand.” Next came the reply. He said "no more." Then he left.'), [
      'The plans “are built on sand.”', 'Next came the reply.', 'He said "no more."', 'Then he left.',
    ]);
  });

  it('does not end a sentence inside a quotation that runs on in lower case', () => {
    assert.deepEqual(sentences('“This is great.” he said, and left.'), ['“This is great.” he said, and left.']);
  });

  it('makes a line without terminal punctuation its own sentence: headings, datelines, navigation', () => {
    const text = 'latest health care news\n08.02.17\nNAO: No compelling evidence that health integration really works\nThe NAO has warned.';
    assert.deepEqual(sentences(text), [
      'latest health care news', '08.02.17', 'NAO: No compelling evidence that health integration really works', 'The NAO has warned.',
    ]);
  });

  it('joins hard-wrapped lines that plainly run on', () => {
    assert.deepEqual(sentences('The fund came far short of its\nsavings target. Planned savings were £261 million,\nNHS England said.'), [
      'The fund came far short of its\nsavings target.', 'Planned savings were £261 million,\nNHS England said.',
    ]);
  });

  it('leaves bullets and list numbers out of the span', () => {
    assert.deepEqual(sentences('Findings:\n• Savings were missed.\n- Admissions rose\n2. Delays grew.'), [
      'Findings:', 'Savings were missed.', 'Admissions rose', 'Delays grew.',
    ]);
  });

  it('does not end a sentence at an ellipsis followed by lower case', () => {
    assert.deepEqual(sentences('They could… work differently. Fine... really fine. Done.'), [
      'They could… work differently.', 'Fine... really fine.', 'Done.',
    ]);
  });

  it('splits only within the span it is given, in document offsets', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const within = { start: 8, end: 31 };
    assert.deepEqual(splitSentences(text, within), [{ start: 8, end: 19 }, { start: 20, end: 31 }]);
  });

  it('splits a real news paragraph with a quotation across sentences', () => {
    const text = readSeed('002');
    const paragraph = text.slice(text.indexOf('Sir Amyas Morse, head'), text.indexOf('despite much effort.') + 'despite much effort.'.length);
    assert.deepEqual(sentences(paragraph), [
      'Sir Amyas Morse, head of the NAO, said: “Integrating the health and social care sectors is a significant challenge in normal times, let alone times when both sectors are under such severe pressure.',
      'So far, benefits have fallen far short of plans, despite much effort.',
    ]);
  });

  it('splits a real article into sentences that cover its prose and never overlap', () => {
    const text = readSeed('001');
    const spans = splitSentences(text);
    const found = spans.map((span) => text.slice(span.start, span.end));
    assert.ok(found.includes('We looked at both the evidence base and the performance of the £5.3 billion Better Care Fund in its first year, 2015-16.'));
    assert.ok(found.includes('Ashley McDougall is a director at the National Audit Office'));
    assert.ok(found.includes('Evidence base'));
    for (let index = 1; index < spans.length; index++) assert.ok(spans[index - 1].end < spans[index].start);
    assert.equal(text.replace(/\s/g, '').length, found.join('').replace(/\s/g, '').length);
  });
});
