import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorQuote, createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { shiftSpan, type TextChange } from '../../../src/core/anchoring/shiftSpan';
import { splitSentences } from '../../../src/core/claims/sentences';
import type { Span } from '../../../src/core/textDocument';
import { readSeed } from '../claims/seeds';

const seed = readSeed('002');
/** Every sentence long enough to be a claim and written only once: the claims tagged in the seed. */
const claims: Span[] = splitSentences(seed).filter((sentence) => {
  const quote = seed.slice(sentence.start, sentence.end);
  return quote.length >= 40 && seed.indexOf(quote) === seed.lastIndexOf(quote);
});

const insertion = fc.array(fc.constantFrom('a', 'e', ' ', '.', '\n', 'the ', 'NHS ', '£5.3bn', '😀', '🇬🇧', '“', '”', 'é'), { maxLength: 12 }).map((parts) => parts.join(''));
/** An edit given as fractions of the text, so it fits whatever the text has become. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 60 }), text: insertion });

function apply(text: string, { at, length, text: inserted }: { at: number; length: number; text: string }): { text: string; change: TextChange } {
  const start = Math.floor(at * text.length);
  const end = Math.min(text.length, start + length);
  return { text: text.slice(0, start) + inserted + text.slice(end), change: { start, end, text: inserted } };
}

describe('anchoring under random edits (property)', () => {
  it('never throws, always gives one of the statuses, and finds an intact quote exactly at its new place', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.subarray(claims, { minLength: 1, maxLength: 6 }), (edits, tagged) => {
      const anchors = tagged.map((claim) => createQuoteAnchor(seed, claim.start, claim.end));
      let text = seed;
      let spans: (Span | undefined)[] = tagged;
      for (const next of edits) {
        const applied = apply(text, next);
        text = applied.text;
        spans = spans.map((span) => span && shiftSpan(span, applied.change));
      }
      anchors.forEach((anchor, index) => {
        const result = anchorQuote(text, anchor);
        assert.ok(['exact', 'fuzzy', 'orphaned', 'ambiguous', 'unverified'].includes(result.status));
        const span = spans[index];
        if (span && text.slice(span.start, span.end) === anchor.quote && text.indexOf(anchor.quote) === text.lastIndexOf(anchor.quote)) {
          assert.deepEqual(result.status === 'exact' && [result.start, result.end], [span.start, span.end]);
        }
        if (result.status === 'exact' || result.status === 'fuzzy') {
          assert.ok(result.start >= 0 && result.start <= result.end && result.end <= text.length);
          assert.ok(result.score > 0 && result.score <= 1);
        }
      });
    }), { numRuns: 150 });
  });

  it('never cuts an astral character in half, in an anchor or in a match', () => {
    const astralText = fc.array(fc.constantFrom('a', 'b', ' ', '😀', '🇬🇧', 'x'), { minLength: 1, maxLength: 120 }).map((parts) => parts.join(''));
    const halves = (text: string, offset: number) => offset > 0 && offset < text.length
      && /[\ud800-\udbff]/.test(text[offset - 1]) && /[\udc00-\udfff]/.test(text[offset]);
    fc.assert(fc.property(astralText, fc.nat(), fc.nat(), edit, (text, from, to, change) => {
      const characters = [...text];
      const start = [...characters.slice(0, from % characters.length)].join('').length;
      const end = start + characters.slice(from % characters.length, (from % characters.length) + 1 + (to % 20)).join('').length;
      const anchor = createQuoteAnchor(text, start, end);
      const prefixStart = start - anchor.prefix.length;
      assert.ok(!halves(text, prefixStart) && !halves(text, end + anchor.suffix.length));
      const edited = apply(text, change).text;
      const result = anchorQuote(edited, anchor);
      if (result.status === 'exact' || result.status === 'fuzzy') assert.ok(!halves(edited, result.start) && !halves(edited, result.end));
    }), { numRuns: 300 });
  });
});
