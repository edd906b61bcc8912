import { WordsInPlace } from './figures/reading';
import { isAsciiLetter } from './words';

/** Number words and their values, for "seven new care models" and "Seventy six per cent". */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Fractions in words ("a quarter", "three-quarters", "two thirds"), as the size of one part. */
export const FRACTION_WORDS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, eighth: 1 / 8, eighths: 1 / 8,
  tenth: 1 / 10, tenths: 1 / 10,
};

const CARDINAL_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS)];
const ALL_WORDS = [...CARDINAL_WORDS, ...Object.keys(MULTIPLIERS)];

/** The words that can start a written number. */
export const NUMBER_WORDS: readonly string[] = CARDINAL_WORDS;
const NUMBER_WORD_PATTERN = CARDINAL_WORDS.join('|');
/**
 * A written number at the sticky position: "seventy six", "twenty-five", "two hundred and fifty",
 * "three million".
 */
export const WRITTEN_NUMBER = new RegExp(
  `(?:${NUMBER_WORD_PATTERN})(?:(?:[ -]|\\sand\\s)(?:${ALL_WORDS.join('|')}))*(?![A-Za-z])`, 'iy');

/** The value of one number word in lower case ("seventy"), as `writtenNumberValue` reads it. */
export function numberWordValue(lowerCaseWord: string): number {
  return UNITS[lowerCaseWord] ?? TENS[lowerCaseWord];
}

/** The words that may go on a written number, looked up in place. */
const NUMBER_WORDS_IN_PLACE = new WordsInPlace(ALL_WORDS);

/**
 * Whether the run of ASCII letters at `start` is one of the words WRITTEN_NUMBER may go on
 * with ("hundred", "five"), whatever its case: read in place, as most words after a number word are none.
 */
export function isNumberWordAt(text: string, start: number): boolean {
  let end = start;
  while (isAsciiLetter(text.charCodeAt(end))) end++;
  return NUMBER_WORDS_IN_PLACE.has(text, start, end);
}

/** Value of a written number such as "two hundred and fifty"; NaN when the words do not compose. */
export function writtenNumberValue(words: string): number {
  let total = 0;
  let current = 0;
  let previous: 'unit' | 'tens' | 'multiplier' | undefined;
  for (const raw of words.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and') continue;
    if (raw in UNITS) {
      if (previous === 'unit') return NaN;
      if (previous === 'tens' && UNITS[raw] >= 10) return NaN;
      current += UNITS[raw];
      previous = 'unit';
    } else if (raw in TENS) {
      if (previous === 'unit' || previous === 'tens') return NaN;
      current += TENS[raw];
      previous = 'tens';
    } else if (raw in MULTIPLIERS) {
      const multiplier = MULTIPLIERS[raw];
      if (multiplier === 100) {
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * multiplier;
        current = 0;
      }
      previous = 'multiplier';
    } else {
      return NaN;
    }
  }
  return total + current;
}

/** Rounds away binary noise such as 5.3 × 10⁹ = 5300000000.000001. */
export function clean(value: number): number {
  // A whole number of up to 12 digits has no noise to round away, and most figures are one:
  // writing the number out and reading it back cost as much as reading the figure.
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}
