import * as assert from 'node:assert/strict';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import type { EntityKind, EntityValue } from '../../../src/core/entities/types';

function figuresOf(text: string): { kind: EntityKind; text: string; value: EntityValue; start: number }[] {
  return detectEntities(text)
    .filter((entity) => entity.kind !== 'organisation' && entity.kind !== 'programme')
    .map(({ kind, text: spanText, value, start }) => ({ kind, text: spanText, value, start }));
}

function expectOne(text: string, span: string, kind: EntityKind, value: EntityValue): void {
  const found = figuresOf(text);
  assert.deepEqual(found.map(({ kind: k, text: t, value: v }) => ({ kind: k, text: t, value: v })), [{ kind, text: span, value }], text);
  assert.equal(found[0].start, text.indexOf(span));
}

function expectNone(text: string): void {
  assert.deepEqual(figuresOf(text), [], text);
}

describe('figures (entities.md)', () => {
  describe('money', () => {
    it('£5.3bn', () => expectOne('spent £5.3bn on it', '£5.3bn', 'money', { amount: 5_300_000_000, currency: 'GBP' }));
    it('£5.3 billion', () => expectOne('the £5.3 billion fund', '£5.3 billion', 'money', { amount: 5_300_000_000, currency: 'GBP' }));
    it('£457m', () => expectOne('cost £457m more', '£457m', 'money', { amount: 457_000_000, currency: 'GBP' }));
    it('£1.1 billion', () => expectOne('a £1.1 billion gap', '£1.1 billion', 'money', { amount: 1_100_000_000, currency: 'GBP' }));
    it('£29 billion a year leaves out the rate', () => expectOne('a £29 billion a year care gap', '£29 billion', 'money', { amount: 29_000_000_000, currency: 'GBP' }));
    it('almost £4 billion leaves out the hedge', () => {
      expectOne('almost £4 billion', '£4 billion', 'money', { amount: 4_000_000_000, currency: 'GBP' });
      assert.equal(detectEntities('almost £4 billion')[0].approx, true);
    });
    it('20p', () => expectOne('a charge of 20p each', '20p', 'money', { amount: 0.2, currency: 'GBP' }));
    it('dollars and euros', () => {
      expectOne('$2bn', '$2bn', 'money', { amount: 2_000_000_000, currency: 'USD' });
      expectOne('€30m', '€30m', 'money', { amount: 30_000_000, currency: 'EUR' });
      expectOne('five million pounds', 'five million pounds', 'money', { amount: 5_000_000, currency: 'GBP' });
    });
    it('a range is two figures', () => {
      assert.deepEqual(figuresOf('£1.0bn to £1.5bn').map((figure) => figure.text), ['£1.0bn', '£1.5bn']);
      assert.deepEqual(figuresOf('£2.5bn to £3bn').map((figure) => figure.text), ['£2.5bn', '£3bn']);
    });
    it('the first end of a range takes the unit the range shares', () => {
      const ends = (text: string) => figuresOf(text).map(({ kind, text: span, value }) => [span, kind, value]);
      assert.deepEqual(ends('rose by 10-15% last year'), [['10', 'percent', { percent: 10 }], ['15%', 'percent', { percent: 15 }]]);
      assert.deepEqual(ends('between 10 and 15 per cent'), [['10', 'percent', { percent: 10 }], ['15 per cent', 'percent', { percent: 15 }]]);
      assert.deepEqual(ends('costs of £2.5-3bn a year'), [
        ['£2.5', 'money', { amount: 2_500_000_000, currency: 'GBP' }], ['3bn', 'money', { amount: 3_000_000_000, currency: 'GBP' }]]);
      assert.deepEqual(ends('3 to 4 million people'), [['3', 'quantity', { number: 3_000_000 }], ['4 million', 'quantity', { number: 4_000_000 }]]);
      assert.deepEqual(ends('from 20 to £30m'), [['20', 'money', { amount: 20_000_000, currency: 'GBP' }], ['£30m', 'money', { amount: 30_000_000, currency: 'GBP' }]]);
    });
    it('numbers that only sit side by side keep their own units', () => {
      const ends = (text: string) => figuresOf(text).map(({ kind, text: span }) => [span, kind]);
      assert.deepEqual(ends('people aged 65-74 years'), [['65', 'quantity'], ['74', 'quantity']]);
      assert.deepEqual(ends('beds fell 10 and 15% of wards closed'), [['10', 'quantity'], ['15%', 'percent']]);
      assert.deepEqual(ends('in 2015 to 5%'), [['2015', 'date'], ['5%', 'percent']]);
    });
    it('a range whose second end is in words keeps each end as it is', () => {
      const ends = (text: string) => figuresOf(text).map(({ kind, text: span, value }) => [span, kind, value]);
      assert.deepEqual(ends('from 10 to twelve staff'), [['10', 'quantity', { number: 10 }], ['twelve', 'quantity', { number: 12 }]]);
      assert.deepEqual(ends('£5 to ten'), [['£5', 'money', { amount: 5, currency: 'GBP' }], ['ten', 'quantity', { number: 10 }]]);
    });
    it('a minus sign glued to an amount, a share or a count, but not a range', () => {
      const ends = (text: string) => figuresOf(text).map(({ text: span, value }) => [span, value]);
      assert.deepEqual(ends('£22.0bn -1.7% and −£2.1bn'), [['£22.0bn', { amount: 22_000_000_000, currency: 'GBP' }],
        ['-1.7%', { percent: -1.7 }], ['−£2.1bn', { amount: -2_100_000_000, currency: 'GBP' }]]);
      assert.deepEqual(ends('a change of (-0.4)'), [['-0.4', { number: -0.4 }]]);
      assert.deepEqual(ends('from 10 -15 staff'), [['10', { number: 10 }], ['15', { number: 15 }]]);
    });
  });

  describe('percent', () => {
    it('90%', () => expectOne('90% of areas', '90%', 'percent', { percent: 90 }));
    it('90 per cent', () => expectOne('Some 90 per cent of areas', '90 per cent', 'percent', { percent: 90 }));
    it('12.7%', () => expectOne('rose 12.7% last year', '12.7%', 'percent', { percent: 12.7 }));
    it('over 6% is a lower bound', () => {
      expectOne('over 6% of staff', '6%', 'percent', { percent: 6 });
      assert.equal(detectEntities('over 6% of staff')[0].bound, 'lower');
    });
    it('2 percentage points', () => expectOne('fell by 2 percentage points', '2 percentage points', 'percent', { percent: 2, points: true }));
    it('Seventy six per cent', () => expectOne('Seventy six per cent of local areas', 'Seventy six per cent', 'percent', { percent: 76 }));
  });

  describe('proportion', () => {
    it('8 out of 10', () => expectOne('8 out of 10 people', '8 out of 10', 'proportion', { ratio: 0.8 }));
    it('six in ten', () => expectOne('six in ten trusts', 'six in ten', 'proportion', { ratio: 0.6 }));
    it('one in five', () => expectOne('one in five beds', 'one in five', 'proportion', { ratio: 0.2 }));
    it('three-quarters', () => expectOne('three-quarters of councils', 'three-quarters', 'proportion', { ratio: 0.75 }));
    it('a quarter of services', () => expectOne('a quarter of services', 'a quarter', 'proportion', { ratio: 0.25 }));
    it('half in nearly half of', () => expectOne('nearly half of trusts', 'half', 'proportion', { ratio: 0.5 }));
    it('half after "and", when a share of something follows', () => {
      expectOne('by then, and half of the posts', 'half', 'proportion', { ratio: 0.5 });
    });
    it('not a third party or the first half', () => {
      expectNone('a third party provider');
      expectNone('in the first half hour');
    });
  });

  describe('date', () => {
    it('1948 and 2020', () => {
      expectOne('founded in 1948', '1948', 'date', { year: 1948 });
      expectOne('by 2020', '2020', 'date', { year: 2020 });
    });
    it('fiscal years 2015-16, 2015/16, 2017–18, 2012/13', () => {
      expectOne('in 2015-16', '2015-16', 'date', { from: '2015-04-01', to: '2016-03-31' });
      expectOne('in 2015/16', '2015/16', 'date', { from: '2015-04-01', to: '2016-03-31' });
      expectOne('in 2017–18', '2017–18', 'date', { from: '2017-04-01', to: '2018-03-31' });
      expectOne('in 2012/13', '2012/13', 'date', { from: '2012-04-01', to: '2013-03-31' });
    });
    it('October 2014', () => expectOne('in October 2014', 'October 2014', 'date', { from: '2014-10-01', to: '2014-10-31' }));
    it('8 February 2017', () => expectOne('on 8 February 2017', '8 February 2017', 'date', { date: '2017-02-08' }));
    it('a calendar quarter, either way round, and a quarter of a fiscal year as one date', () => {
      expectOne('GDP in Q3 2024 rose', 'Q3 2024', 'date', { from: '2024-07-01', to: '2024-09-30' });
      expectOne('GDP in 2024 Q4 rose', '2024 Q4', 'date', { from: '2024-10-01', to: '2024-12-31' });
      expectOne('in Q3 2024-25', 'Q3 2024-25', 'date', { from: '2024-10-01', to: '2024-12-31' });
      expectOne('grade IQ3 2024', '2024', 'date', { year: 2024 });
    });
    it('08.02.17, 23/09/2019, 11/11/2014', () => {
      expectOne('08.02.17\n', '08.02.17', 'date', { date: '2017-02-08' });
      expectOne('23/09/2019NHS England', '23/09/2019', 'date', { date: '2019-09-23' });
      expectOne('on 11/11/2014', '11/11/2014', 'date', { date: '2014-11-11' });
    });
    it('between 2011–12 and 2017–18 is two dates', () => {
      assert.deepEqual(figuresOf('between 2011–12 and 2017–18').map((figure) => figure.text), ['2011–12', '2017–18']);
    });
    it('2011 to 2015 is two dates', () => {
      assert.deepEqual(figuresOf('between 2011 and 2015').map((figure) => figure.value), [{ year: 2011 }, { year: 2015 }]);
    });
  });

  describe('quantity', () => {
    it('25 years → 25', () => expectOne('more than 25 years of effort', '25', 'quantity', { number: 25 }));
    it('91 days → 91', () => expectOne('at home 91 days after', '91', 'quantity', { number: 91 }));
    it('106,000', () => expectOne('106,000 staff', '106,000', 'quantity', { number: 106_000 }));
    it('a fraction of a scale word is an amount, not a share', () => {
      expectOne('Half a million people', 'Half a million', 'quantity', { number: 500_000 });
      expectOne('for a quarter of a million homes', 'a quarter of a million', 'quantity', { number: 250_000 });
      expectOne('cost half a billion pounds', 'half a billion pounds', 'money', { amount: 500_000_000, currency: 'GBP' });
      expectOne('a quarter of services', 'a quarter', 'proportion', { ratio: 0.25 });
    });
    it('3.4 million', () => expectOne('3.4 million people', '3.4 million', 'quantity', { number: 3_400_000 }));
    it('640,000', () => expectOne('640,000 people', '640,000', 'quantity', { number: 640_000 }));
    it('60+', () => expectOne('after 60+ years', '60+', 'quantity', { number: 60 }));
    it('seven in seven new care models', () => expectOne('through seven new care models', 'seven', 'quantity', { number: 7 }));
    it('12 pilot areas', () => expectOne('in 12 pilot areas', '12', 'quantity', { number: 12 }));
    it('aged 75 and over', () => expectOne('people aged 75 and over', '75', 'quantity', { number: 75 }));
    it('small number words that count', () => {
      expectOne('two systems of care', 'two', 'quantity', { number: 2 });
      expectOne('three months after', 'three', 'quantity', { number: 3 });
    });
  });

  it('"one" counts beside another number', () => {
    assert.deepEqual(figuresOf('families with one or two children').map((figure) => figure.text), ['one', 'two']);
  });

  describe('not figures', () => {
    it('identifiers: a book number in spaced groups, a postcode, six bare digits, a numbered conclusion', () => {
      expectNone('ISBN 978 1 915839 42 7 and ISBN: 978-1-5286-4567-8');
      expectNone('Micawber Street, London N1 7TB');
      expectNone('registered in England and Wales (294841)');
      expectNone('Conclusion 1. The Committee notes');
      expectNone('renewals in Control Period 7');
    });
    it('"one" as a determiner or pronoun', () => {
      expectNone('one reason why');
      expectNone('one of the pillars');
    });
    it('ordinals', () => expectNone('the first year and the second wave, the 3rd sector'));
    it('ordinals written in words, which are not fractions either', () => {
      expectNone('the Forty-Fourth Report and the twenty-fifth anniversary');
      expectOne('three-fifths of trusts', 'three-fifths', 'proportion', { ratio: 0.6 });
    });
    it('a footnote marker after a year', () => expectOne('compared with 2017.3 We heard', '2017', 'date', { year: 2017 }));
    it('a reference number alone in square brackets', () => {
      assert.deepEqual(figuresOf('show £12.3bn[12], as reported [4] and in notes[^3]').map((figure) => figure.text), ['£12.3bn']);
      assert.deepEqual(figuresOf('[12 staff] and [1,200] people').map((figure) => figure.text), ['12', '1,200']);
    });
    it('the numbers a label goes on to list', () => {
      expectNone('Paragraphs 1 to 3 read and agreed to');
      expectNone('see Qq 12–15, 98–112');
      expectNone('see Appendix Two.');
      expectNone('category 2 calls, in round 2');
      assert.deepEqual(figuresOf('rose from 4 to 6% in Table 2').map((figure) => figure.text), ['4', '6%']);
    });
    it('opening hours and house numbers', () => {
      expectNone('(weekdays, 9.00–17.30)');
      expectNone('Education Policy Institute, 150 Southampton Row');
    });
    it('footnote markers', () => {
      expectOne('rose by 12.7%.4 Then', '12.7%', 'percent', { percent: 12.7 });
      expectOne('fell 14.3%.13', '14.3%', 'percent', { percent: 14.3 });
      expectNone('no evidence.4');
    });
    it('list and paragraph numbers', () => {
      expectNone('12. The committee');
      expectNone('Method 1 uses');
      expectNone('see page 17');
      expectNone('a Year 1 target');
    });
    it('identifiers and codes', () => {
      expectNone('HC 781');
      expectNone('ISBN 978-1-78604-123-4');
      expectNone('ref WEV0121');
      expectNone('code ABC-123-456-789');
    });
    it('phone numbers, postcodes and times', () => {
      expectNone('call 020 7798 7000');
      expectNone('London SW1W 9SP');
      expectNone('at 14:16');
    });
    it('numbers inside names', () => {
      expectNone('The Spirit of ’45');
      expectNone('Covid-19 can signal');
      assert.deepEqual(detectEntities('call NHS 111 now').map((entity) => entity.text), ['NHS 111']);
    });
    it('vague amounts', () => expectNone('billions of pounds and hundreds of thousands'));
  });

  it('counts offsets in UTF-16 code units after astral characters', () => {
    const text = '😀👍 £5.3bn';
    const [figure] = detectEntities(text);
    assert.equal(figure.start, 5);
    assert.equal(text.slice(figure.start, figure.end), '£5.3bn');
  });
});

describe('figures at sentence ends', () => {
  it('leaves the full stop after a day and month out', () => {
    assert.deepEqual(detectEntities('on 1 April.').map((entity) => [entity.text, entity.value]), [['1 April', { date: '--04-01' }]]);
  });
  it('rounds fractions', () => {
    assert.deepEqual(detectEntities('a third of them').map((entity) => entity.value), [{ ratio: 0.333333333333 }]);
  });
});
