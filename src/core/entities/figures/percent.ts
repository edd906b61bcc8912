import { type Figure, stickyAfterBlanks } from './reading';

const PERCENT_SIGN = /\s?%(?:\s?(points?)(?![A-Za-z]))?/y;
const PERCENT_WORDS = /\s?(?:per\s?cent|percent|pc)(?![A-Za-z])/iy;
const PERCENTAGE_POINTS = /\s(?:percentage\s)points?(?![A-Za-z])/iy;

/** "90%", "90 per cent", "3.5pc", "2 percentage points": a percentage after the number ending at `end`. */
export function percentAfter(text: string, start: number, end: number, value: number): Figure | undefined {
  const percentSign = stickyAfterBlanks(PERCENT_SIGN, '%', text, end);
  if (percentSign) {
    return { kind: 'percent', start, end: end + percentSign[0].length, value: percentSign[1] ? { percent: value, points: true } : { percent: value } };
  }
  const points = stickyAfterBlanks(PERCENTAGE_POINTS, 'p', text, end);
  if (points) return { kind: 'percent', start, end: end + points[0].length, value: { percent: value, points: true } };
  const percentWords = stickyAfterBlanks(PERCENT_WORDS, 'p', text, end);
  if (percentWords) return { kind: 'percent', start, end: end + percentWords[0].length, value: { percent: value } };
  return undefined;
}
