import { clean, FRACTION_WORDS, WRITTEN_NUMBER, writtenNumberValue } from '../numberWords';
import { amountBefore, SCALES } from './money';
import { type Figure, isFourDigits, numberEnd, type Step, sticky, stickyAfterBlanks, valueOfDigits, wordBeforeBlanks } from './reading';
import { isLetter } from '../words';

const OUT_OF = /\s+out\s+of\s+/iy;
// "one in five", "one-in-three".
const IN_EVERY = /(?:\s+|-)in(?:\s+every\s+|\s+|-)/iy;
const FRACTION_OF_SCALE = /\s+(?:of\s+)?an?\s+(thousand|million|billion)(?![A-Za-z])/iy;
const FRACTION_AFTER_NUMBER = new RegExp(`[\\s-](${Object.keys(FRACTION_WORDS).filter((word) => word !== 'half').join('|')})(?![A-Za-z])`, 'iy');
const OF_A_POINT = /\s+(?:of\s+)?a\s+percentage\s+point(?![A-Za-z])/iy;
// Words before "half" that make it a share: "nearly half", "by half".
const HALF_CUES = new Set(['nearly', 'almost', 'over', 'about', 'around', 'roughly', 'approximately', 'than', 'by',
  'just', 'some', 'only', 'under', 'barely', 'fully', 'cut', 'halved']);

/** "8 out of 10", "one in five", "six in ten": a proportion after the numerator ending at `end`. */
export function proportionAfter(text: string, start: number, end: number, numerator: number): Figure | undefined {
  const outOf = stickyAfterBlanks(OUT_OF, 'o', text, end);
  const inEvery = outOf ? null : stickyAfterBlanks(IN_EVERY, '-i', text, end);
  const joiner = outOf ?? inEvery;
  if (!joiner) return undefined;
  const denominatorStart = end + joiner[0].length;
  const denominator = countAt(text, denominatorStart);
  if (!denominator || denominator.value <= 0) return undefined;
  if (inEvery && (denominator.value <= numerator || denominator.yearLike)) return undefined;
  return { kind: 'proportion', start, end: denominator.end, value: { ratio: clean(numerator / denominator.value) } };
}

function countAt(text: string, position: number): { value: number; end: number; yearLike: boolean } | undefined {
  const digitsEnd = numberEnd(text, position);
  if (digitsEnd >= 0) {
    const digits = text.slice(position, digitsEnd);
    if (isLetter(text.charCodeAt(digitsEnd))) return undefined;
    return { value: valueOfDigits(digits), end: digitsEnd, yearLike: isFourDigits(digits) };
  }
  const words = sticky(WRITTEN_NUMBER, text, position);
  if (!words) return undefined;
  const value = writtenNumberValue(words[0]);
  return Number.isNaN(value) ? undefined : { value, end: position + words[0].length, yearLike: false };
}

/**
 * "three-quarters", "two thirds": a fraction word after the number of parts ending at `end`; with
 * "of a percentage point" after it, an amount of percentage points ("three-quarters of a percentage point").
 */
export function fractionAfterNumber(text: string, start: number, end: number, parts: number): Figure | undefined {
  const fraction = stickyAfterBlanks(FRACTION_AFTER_NUMBER, '-htqfse', text, end);
  if (!fraction) return undefined;
  const fractionEnd = end + fraction[0].length;
  const ratio = clean(parts * FRACTION_WORDS[fraction[1].toLowerCase()]);
  return pointsAfter(text, start, fractionEnd, ratio) ?? { kind: 'proportion', start, end: fractionEnd, value: { ratio } };
}

/** "… of a percentage point" after a fraction ending at `end`: that share of a point. */
function pointsAfter(text: string, start: number, end: number, ratio: number): Figure | undefined {
  const points = sticky(OF_A_POINT, text, end);
  return points ? { kind: 'percent', start, end: end + points[0].length, value: { percent: ratio, points: true } } : undefined;
}

/**
 * "a quarter of services", "nearly half of", "cut by a third"; `word` is the fraction word at
 * `position` in lower case, and `lastEnd` where the figure before it ended.
 */
export function fractionAt(text: string, position: number, word: string, lastEnd: number): Step {
  const end = position + word.length;
  const skip = { skipTo: end };
  const lookBehind = Math.max(lastEnd, position - 40);
  const before = text.slice(lookBehind, position);
  const after = text.slice(end, end + 6);
  const followedByOf = /^\s+of\b/i.test(after);
  const ratio = FRACTION_WORDS[word];
  const article = /(?:^|[^A-Za-z])(an?)\s+$/i.exec(before);
  const start = article ? position - article[0].length + article[0].indexOf(article[1]) : position;
  // "half a million", "a quarter of a billion pounds": an amount, not a share of something.
  const ofScale = word === 'half' || (article && !word.endsWith('s')) ? sticky(FRACTION_OF_SCALE, text, end) : null;
  if (ofScale) return amountBefore(text, word === 'half' ? position : start, end + ofScale[0].length, clean(ratio * SCALES[ofScale[1].toLowerCase()]));
  // "half a percentage point", "a quarter of a percentage point".
  const points = word === 'half' || article ? pointsAfter(text, word === 'half' ? position : start, end, ratio) : undefined;
  if (points) return points;
  if (word === 'half') {
    const cue = wordBeforeBlanks(text, lookBehind, position);
    if (!followedByOf && !(cue && HALF_CUES.has(cue.toLowerCase()))) return skip;
    // "the first half", "one and a half"; but "and half of the posts" is a share.
    if (cue && (/^(?:first|second|latter|former|a)$/i.test(cue) || (!followedByOf && /^and$/i.test(cue)))) return skip;
    return { kind: 'proportion', start: position, end, value: { ratio: clean(ratio) } };
  }
  if (!article || word.endsWith('s')) return skip;
  const cue = wordBeforeBlanks(text, lookBehind, start);
  const endsPhrase = /^\s*(?:[.,;:)]|$)/.test(after);
  if (!followedByOf && !endsPhrase && !(cue && HALF_CUES.has(cue.toLowerCase()))) return skip;
  return { kind: 'proportion', start, end, value: { ratio: clean(ratio) } };
}
