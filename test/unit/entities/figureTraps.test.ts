import * as assert from 'node:assert/strict';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { isFigure } from '../../../src/core/entities/types';

/** The figures of `text` as `kind|text`. */
const figures = (text: string): string[] => detectEntities(text).filter(isFigure).map((entity) => `${entity.kind}|${entity.text}`);

describe('figure traps (entities.md, more cases)', () => {
  it('number words inside names and targets are not figures', () => {
    assert.deepEqual(figures('the three-strikes rule and a zero-waste target'), []);
    assert.deepEqual(figures('zero waste by 2030 and net zero'), ['date|2030']);
    assert.deepEqual(figures('pupils at Stage Three and Level 4'), []);
    assert.deepEqual(figures('the Big Four and the Five Eyes'), []);
  });

  it('but number words that count stay figures, hyphened to a singular or starting a sentence', () => {
    assert.deepEqual(figures('a three-year plan and the two-child limit'), ['quantity|three', 'quantity|two']);
    assert.deepEqual(figures('as it said”. Three of them left. Seventy six per cent stayed.'), ['quantity|Three', 'percent|Seventy six per cent']);
    assert.deepEqual(figures('zero per cent growth'), ['percent|zero per cent']);
  });

  it('a paragraph number glued to its first word is not a figure', () => {
    assert.deepEqual(figures('7.In 2019 the council spent £4m.'), ['date|2019', 'money|£4m']);
    assert.deepEqual(figures('rose by 7.5 per cent'), ['percent|7.5 per cent']);
  });

  it('"pc", "percent" and "per cent" glued to a number are per cent, as after a space', () => {
    const percents = (text: string) => detectEntities(text).map(({ kind, text: span, value }) => [kind, span, value]);
    assert.deepEqual(percents('inflation of 3.5pc'), [['percent', '3.5pc', { percent: 3.5 }]]);
    assert.deepEqual(percents('a rise of 5percent'), [['percent', '5percent', { percent: 5 }]]);
    assert.deepEqual(percents('a rise of 5per cent'), [['percent', '5per cent', { percent: 5 }]]);
    assert.deepEqual(percents('a rise of 5pct'), []);
  });

  it('a fiscal quarter is one date, in words or as Q', () => {
    const dates = (text: string) => detectEntities(text).map(({ text: span, value }) => [span, value]);
    assert.deepEqual(dates('in Quarter 2, 2026-27'), [['Quarter 2, 2026-27', { from: '2026-07-01', to: '2026-09-30' }]]);
    assert.deepEqual(dates('by Q4 2025-26'), [['Q4 2025-26', { from: '2026-01-01', to: '2026-03-31' }]]);
    assert.deepEqual(dates('in Q3 2024'), [['Q3 2024', { from: '2024-07-01', to: '2024-09-30' }]]);
  });

  it('a figure after a label\'s number is still a figure', () => {
    assert.deepEqual(figures('item 4 scored 85% on the survey'), ['percent|85%']);
    assert.deepEqual(figures('in wave 2, 85% said so, as page 17 shows'), ['percent|85%']);
  });
});

describe('more figure forms (entities.md)', () => {
  it('"trn" is a trillion', () => {
    assert.deepEqual(detectEntities('debt of €2.3trn').map(({ text, value }) => [text, value]), [['€2.3trn', { amount: 2_300_000_000_000, currency: 'EUR' }]]);
  });

  it('a hyphened "one-in-four" is a proportion', () => {
    assert.deepEqual(figures('nearly one-in-four pupils'), ['proportion|one-in-four']);
  });

  it('a fraction of a percentage point is an amount of points', () => {
    assert.deepEqual(detectEntities('cut by a quarter of a percentage point, then by half a percentage point, then three-quarters of a percentage point')
      .map(({ text, value }) => [text, value]), [['a quarter of a percentage point', { percent: 0.25, points: true }], ['half a percentage point', { percent: 0.5, points: true }], ['three-quarters of a percentage point', { percent: 0.75, points: true }]]);
  });

  it('a decade written with an apostrophe, after mid, early, late or the', () => {
    assert.deepEqual(figures('by the early 2030’s and in the 1970\'s, but 2020\'s budget'), ['date|2030’s', 'date|1970\'s', 'date|2020']);
  });

  it('"fiscal year 2027" is one date, October to September', () => {
    assert.deepEqual(detectEntities('spending in fiscal year 2027 rises').map(({ text, value }) => [text, value]), [['fiscal year 2027', { from: '2026-10-01', to: '2027-09-30' }]]);
  });
});
