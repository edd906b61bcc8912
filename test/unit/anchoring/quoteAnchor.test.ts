import * as assert from 'node:assert/strict';
import { anchorQuote, createQuoteAnchor, CONTEXT_LENGTH } from '../../../src/core/anchoring/quoteAnchor';
import { readSeed } from '../claims/seeds';

const text = readSeed('002');
const claim = 'The watchdog thus argued that NHS England’s ambition to save £900m through seven new care models “may be optimistic”.';
const claimStart = text.indexOf(claim);
const anchor = createQuoteAnchor(text, claimStart, claimStart + claim.length);

describe('createQuoteAnchor', () => {
  it('keeps the quote, 32 units of context either side and the position', () => {
    assert.equal(anchor.quote, claim);
    assert.equal(anchor.prefix, text.slice(claimStart - CONTEXT_LENGTH, claimStart));
    assert.equal(anchor.suffix, text.slice(claimStart + claim.length, claimStart + claim.length + CONTEXT_LENGTH));
    assert.deepEqual([anchor.start, anchor.end], [claimStart, claimStart + claim.length]);
  });

  it('keeps less context at the ends of the text, and clamps a range that runs off it', () => {
    const short = 'Savings were £261 million.';
    assert.deepEqual(createQuoteAnchor(short, 0, 7), { quote: 'Savings', prefix: '', suffix: ' were £261 million.', start: 0, end: 7 });
    assert.deepEqual(createQuoteAnchor(short, 13, 99), { quote: '£261 million.', prefix: 'Savings were ', suffix: '', start: 13, end: 26 });
  });

  it('never cuts an emoji in half at the edge of the context', () => {
    const emoji = '😀';
    const before = `${emoji}${'a'.repeat(CONTEXT_LENGTH - 1)}`;
    const withEmoji = `${before}QUOTE${'b'.repeat(CONTEXT_LENGTH - 1)}${emoji}`;
    const quoteStart = before.length;
    const astral = createQuoteAnchor(withEmoji, quoteStart, quoteStart + 5);
    assert.equal(astral.prefix, 'a'.repeat(CONTEXT_LENGTH - 1));
    assert.equal(astral.suffix, 'b'.repeat(CONTEXT_LENGTH - 1));
  });
});

describe('anchorQuote', () => {
  it('finds the quote exactly where it was', () => {
    assert.deepEqual(anchorQuote(text, anchor), { status: 'exact', start: claimStart, end: claimStart + claim.length, score: 1 });
  });

  it('finds moved text exactly at its new place', () => {
    const inserted = 'A new opening paragraph, added after the claim was tagged.\n\n';
    const moved = inserted + text;
    const result = anchorQuote(moved, anchor);
    assert.equal(result.status, 'exact');
    assert.ok(result.status === 'exact' && result.start === claimStart + inserted.length && result.end === result.start + claim.length);
  });

  it('picks among repeated quotes by context, then by nearness', () => {
    const sentence = 'Savings were missed.';
    const repeated = `North. ${sentence} South. ${sentence} East. ${sentence}`;
    const middle = repeated.indexOf(sentence, repeated.indexOf(sentence) + 1);
    const middleAnchor = createQuoteAnchor(repeated, middle, middle + sentence.length);
    const byContext = anchorQuote(`A preface pushes everything on. ${repeated}`, middleAnchor);
    assert.ok(byContext.status === 'exact' && byContext.start === middle + 32, JSON.stringify(byContext));
    const identical = `${sentence} ${sentence} ${sentence}`;
    const noContext = { quote: sentence, prefix: '', suffix: '', start: 42, end: 42 + sentence.length };
    const nearest = anchorQuote(identical, noContext);
    assert.ok(nearest.status === 'exact' && nearest.start === 42, JSON.stringify(nearest));
  });

  it('finds edited text fuzzily at its place', () => {
    const edited = text.replace('may be optimistic', 'might be over-optimistic').replace('thus argued', 'argued');
    const result = anchorQuote(edited, anchor);
    assert.equal(result.status, 'fuzzy');
    if (result.status !== 'fuzzy') return;
    assert.equal(edited.slice(result.start, result.end), 'The watchdog argued that NHS England’s ambition to save £900m through seven new care models “might be over-optimistic”.');
    assert.ok(result.score > 0.6 && result.score < 1);
  });

  it('calls a deleted quote orphaned', () => {
    const deleted = text.slice(0, claimStart) + text.slice(claimStart + claim.length);
    assert.equal(anchorQuote(deleted, anchor).status, 'orphaned');
  });

  it('calls a quote ambiguous when two look-alike paragraphs fit it equally well, rather than guess', () => {
    const original = 'Intro.\n\nSavings in Leeds were £261 million in 2015-16.\n\nOutro.';
    const start = original.indexOf('Savings');
    const leeds = createQuoteAnchor(original, start, original.indexOf('\n\nOutro'));
    const lookAlikes = 'Intro.\n\nSavings in Hull were £261 million in 2015-16.\n\nSavings in York were £261 million in 2015-16.\n\nOutro.';
    const result = anchorQuote(lookAlikes, leeds);
    assert.ok(result.status === 'ambiguous' && result.candidates === 2, JSON.stringify(result));
  });

  it('prefers the edited original over a look-alike elsewhere when the context tells them apart', () => {
    const sentence = 'Local areas committed 39 per cent more than the minimum to the pooled budgets.';
    const withLookAlike = `${text}\n\nIn another year, local areas committed 49 per cent more than the minimum to the pooled budgets.`;
    const document = withLookAlike.replace('Areas also managed', `${sentence} Areas also managed`);
    const start = document.indexOf(sentence);
    const original = createQuoteAnchor(document, start, start + sentence.length);
    const edited = document.replace(sentence, 'Local areas committed 38 per cent more than the minimum to pooled budgets.');
    const result = anchorQuote(edited, original);
    assert.equal(result.status, 'fuzzy');
    assert.ok(result.status === 'fuzzy' && result.start === start);
  });

  it('counts in UTF-16 units when emoji come before the quote', () => {
    const emoji = '👍🏽 🇬🇧 ';
    const astral = emoji.repeat(3) + text;
    const exact = anchorQuote(astral, anchor);
    assert.ok(exact.status === 'exact' && astral.slice(exact.start, exact.end) === claim);
    const edited = astral.replace('seven new care', 'seven 🏥 care');
    const fuzzy = anchorQuote(edited, anchor);
    assert.ok(fuzzy.status === 'fuzzy');
    assert.equal(edited.slice(fuzzy.start, fuzzy.end), claim.replace('seven new care', 'seven 🏥 care'));
  });

  describe('in a long text, where only likely windows are searched', () => {
    const appendix = Array.from({ length: 8000 }, (_, line) => `Line ${line} of the appendix lists nothing of note.`).join('\n');
    const long = `${text}\n\n${appendix}`;
    const longAnchor = createQuoteAnchor(long, claimStart, claimStart + claim.length);

    it('finds a quote that moved far away and was edited', () => {
      const edited = claim.replace('thus argued', 'argued');
      const moved = long.replace(claim, '') + `\n\n${edited}`;
      const result = anchorQuote(moved, longAnchor);
      assert.ok(result.status === 'fuzzy' && moved.slice(result.start, result.end) === edited, JSON.stringify(result));
    });

    it('calls a deleted quote orphaned', () => {
      assert.equal(anchorQuote(long.replace(claim, ''), longAnchor).status, 'orphaned');
    });
  });

  it('does not throw on an empty quote or a position that is not a number', () => {
    assert.deepEqual(anchorQuote(text, { ...anchor, quote: '' }), { status: 'orphaned', candidates: 0 });
    assert.equal(anchorQuote(text, { ...anchor, start: Number.NaN, end: Number.NaN }).status, 'exact');
    assert.equal(anchorQuote('', anchor).status, 'orphaned');
  });
});
