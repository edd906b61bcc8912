import type { FigureEntity } from './types';
import { clean } from './numberWords';
import { isPatternSpace, valueOfDigits } from './figures/reading';

// What joins the two ends of a range: "10-15%", "20 to 30%", "between 10 and 15 per cent".
const JOINER = /^(?:\s?[-–]\s?|\s+to\s+|\s+and\s+)$/;
const BETWEEN_BEFORE = /\bbetween\s+(?:£|\$|€)?$/i;
const PLAIN_NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
const CURRENCY_NUMBER = /^[£$€]\s?\d[\d,]*(?:\.\d+)?$/;

/** The number as written in digits, without its sign; undefined for a number in words. */
function numberIn(text: string): number | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return digits ? valueOfDigits(digits[0]) : undefined;
}

/**
 * Whether JOINER may match the gap from `start` to `end`: after its blanks comes a dash, or the
 * "t" or "a" of "to" or "and". Most figures next to each other have words between them, which
 * this turns away without cutting the gap out of the text.
 */
function mayJoin(text: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && isPatternSpace(text.charCodeAt(index))) index++;
  if (index === end) return false;
  const code = text.charCodeAt(index);
  return code === 0x2d || code === 0x2013 || code === 0x74 || code === 0x61;
}

/**
 * A range is two figures, and the first often leaves its unit to the second: in "10-15%" the 10
 * is a percentage, in "£2.5-3bn" both are billions of pounds, in "3 to 4 million" the 3 is
 * millions. Gives each end, in place, the unit the range shares. `figures` are sorted.
 */
export function shareRangeUnits(text: string, figures: FigureEntity[]): FigureEntity[] {
  const shared = figures;
  for (let index = 0; index + 1 < shared.length; index++) {
    const first = shared[index];
    const second = shared[index + 1];
    if (!mayJoin(text, first.end, second.start)) continue;
    const joiner = text.slice(first.end, second.start);
    if (!JOINER.test(joiner)) continue;
    if (/and/.test(joiner) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    const ends = withSharedUnit(first, second);
    if (ends) [shared[index], shared[index + 1]] = ends;
  }
  return shared;
}

function withSharedUnit(first: FigureEntity, second: FigureEntity): [FigureEntity, FigureEntity] | undefined {
  if (first.kind === 'quantity' && PLAIN_NUMBER.test(first.text) && second.kind === 'percent') {
    return [{ ...first, kind: 'percent', value: { percent: first.value.number } }, second];
  }
  // A scale is read off the second end's digits; "two to three million" keeps its ends as they are.
  const secondNumber = numberIn(second.text);
  if (!secondNumber) return undefined;
  if (first.kind === 'quantity' && PLAIN_NUMBER.test(first.text)) {
    const number = first.value.number;
    if (second.kind === 'money') {
      const scale = Math.abs(second.value.amount / secondNumber);
      return [{ ...first, kind: 'money', value: { amount: clean(number * scale), currency: second.value.currency } }, second];
    }
    const scale = second.kind === 'quantity' ? Math.abs(second.value.number / secondNumber) : 1;
    if (second.kind === 'quantity' && scale > 1) return [{ ...first, value: { number: clean(number * scale) } }, second];
  }
  if (first.kind === 'money' && CURRENCY_NUMBER.test(first.text) && second.kind === 'quantity' && PLAIN_NUMBER.test(second.text) === false) {
    // "£2.5-3bn": the second end is scaled, and both are money.
    const scale = Math.abs(second.value.number / secondNumber);
    const { currency, amount } = first.value;
    return [{ ...first, value: { amount: clean(amount * scale), currency } }, { ...second, kind: 'money', value: { amount: second.value.number, currency } }];
  }
  return undefined;
}
