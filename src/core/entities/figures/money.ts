import type { Currency } from '../types';
import { clean } from '../numberWords';
import { type Figure, sticky, stickyAfterBlanks, stickyStartingWith, valueOfDigits } from './reading';

const CURRENCY_NUMBER = /([£$€])\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/y;
export const GLUED_SCALE = /(bn|mn|m|k|tn|trn|billion|million)(?![A-Za-z\d])/iy;
const SPACED_SCALE = /\s(billion|million|thousand|trillion|bn|mn|trn)(?![A-Za-z\d])/iy;
export const CURRENCY_WORDS = /\s(pounds(?:\ssterling)?|sterling|euros?|(?:US\s)?dollars?)(?![A-Za-z])/iy;
/** What CURRENCY_WORDS may start with after its blank. */
export const CURRENCY_WORD_FIRSTS = 'psedu';
const PENCE = /p(?![A-Za-z\d])/y;

export const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12,
};
const CURRENCY_SIGNS: Record<string, Currency> = { '£': 'GBP', '$': 'USD', '€': 'EUR' };

/** A scale word glued to the number ("5bn") or after a space ("5 billion") at `end`. */
export function scaleAt(text: string, end: number): RegExpExecArray | null {
  return stickyStartingWith(GLUED_SCALE, 'bmkt', text, end) ?? stickyAfterBlanks(SPACED_SCALE, 'bmt', text, end);
}

/** "£5.3bn", "$2 million", "€40": an amount after a currency sign at `position`. */
export function moneyAt(text: string, position: number): Figure | undefined {
  const match = sticky(CURRENCY_NUMBER, text, position);
  if (!match) return undefined;
  const number = valueOfDigits(match[2]);
  let end = position + match[0].length;
  let scale = 1;
  const scaleMatch = scaleAt(text, end);
  if (scaleMatch) {
    scale = SCALES[scaleMatch[1].toLowerCase()];
    end += scaleMatch[0].length;
  }
  return { kind: 'money', start: position, end, value: { amount: clean(number * scale), currency: CURRENCY_SIGNS[match[1]] } };
}

/** "20p": pence glued to the number that ends at `end`. */
export function penceAt(text: string, start: number, end: number, value: number): Figure | undefined {
  return sticky(PENCE, text, end) ? { kind: 'money', start, end: end + 1, value: { amount: clean(value / 100), currency: 'GBP' } } : undefined;
}

/** Money when a currency word follows `end` ("3 million euros", "half a billion pounds"), else a quantity. */
export function amountBefore(text: string, start: number, end: number, amount: number): Figure {
  const currency = stickyAfterBlanks(CURRENCY_WORDS, CURRENCY_WORD_FIRSTS, text, end);
  if (currency) {
    const word = currency[1].toLowerCase();
    const code: Currency = word.includes('dollar') ? 'USD' : word.startsWith('euro') ? 'EUR' : 'GBP';
    return { kind: 'money', start, end: end + currency[0].length, value: { amount, currency: code } };
  }
  return { kind: 'quantity', start, end, value: { number: amount } };
}
