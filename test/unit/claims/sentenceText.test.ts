import * as assert from 'node:assert/strict';
import { sentenceText, Wording } from '../../../src/core/claims/sentenceText';

describe('Wording', () => {
  const patterns = [/\bstudy\b[^.;:!?]{0,20}?\bshows\b/iu, /\b(?:this|our) report\b/i, /\bno\s+(?:\p{L}+\s+)?evidence\b/iu, /\bask\b/i];
  // Characters whose case folding and lower case disagree, beside ordinary capitals and accents.
  const sentences = ['The STUDY Shows it.', 'The ſtudy shows it.', 'The study ſhows it.', 'THIS REPORT', 'This Report', 'thİs report',
    'No Real Evidence', 'No \u0345 evidence', 'no Évidence', 'ASK', 'a\u212ask', 'Mask', 'İstanbul asked', 'Study: it shows.'];

  it('gives the answer its pattern gives, whatever the case and the characters', () => {
    for (const pattern of patterns) {
      const wording = new Wording(pattern);
      for (const sentence of sentences) assert.equal(wording.test(sentenceText(sentence)), pattern.test(sentence), `${pattern} on ${JSON.stringify(sentence)}`);
    }
  });

  it('refuses a pattern it could not test on lower case', () => {
    for (const pattern of [/\bStudy\b/i, /study/u, /,\s*writes\s+\p{Lu}/iu, /[A-Z]/i, /study/gi]) assert.throws(() => new Wording(pattern), /Wording/);
  });
});
