import type { FigureKind, ValueOfKind } from '../types';
import { asciiLowerCase, isAsciiLetter, wordBefore } from '../words';

/** A figure as a reader finds it, before hedges and a minus sign are read around it. */
export type Figure = FigureKind extends infer K ? K extends FigureKind
  ? { readonly kind: K; readonly start: number; readonly end: number; readonly value: ValueOfKind[K]; readonly bound?: 'lower' } : never : never;

/** Where to continue after a figure or after something that only looks like one. */
export type Step = Figure | { readonly skipTo: number };

const TOKEN_REST = /[\w./'’–-]*/y;

/** `pattern` (sticky) matched at `position` of `text`; its `lastIndex` is left after the match. */
export function sticky(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** JavaScript's `\s`: a gate skips exactly what the pattern it guards skips. */
export function isPatternSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `sticky(pattern, text, position)`, tried only when the character at `position` is one of
 * `firsts`, which holds every character a match can start with (letters in lower case stand for
 * both cases when the pattern ignores case). Each number is looked at by some twenty patterns
 * and is followed by what almost none of them looks for: a look at one character costs a
 * fraction of trying a pattern, which was a tenth of a scan.
 */
export function stickyStartingWith(pattern: RegExp, firsts: string, text: string, position: number): RegExpExecArray | null {
  return isOneOf(pattern, firsts, text.charCodeAt(position)) ? sticky(pattern, text, position) : null;
}

/** As `stickyStartingWith`, for a pattern whose match starts with blanks: `firsts` is what may follow them. */
export function stickyAfterBlanks(pattern: RegExp, firsts: string, text: string, position: number): RegExpExecArray | null {
  let index = position;
  while (isPatternSpace(text.charCodeAt(index))) index++;
  return isOneOf(pattern, firsts, text.charCodeAt(index)) ? sticky(pattern, text, position) : null;
}

function isOneOf(pattern: RegExp, firsts: string, code: number): boolean {
  // Without the "u" flag, a pattern that ignores case folds no other character to an ASCII letter.
  const wanted = pattern.ignoreCase ? asciiLowerCase(code) : code;
  for (let index = 0; index < firsts.length; index++) {
    if (firsts.charCodeAt(index) === wanted) return true;
  }
  return false;
}

/**
 * The word before the blanks that end at `end`, reading back no further than `from`: its letters
 * and dots, from the first letter ("e.g.", "pp."), as labels, hedges and a fraction's cue word
 * are written. Looked for before every number.
 */
export function wordBeforeBlanks(text: string, from: number, end: number): string | undefined {
  const word = wordBefore(text, end, from, isPatternSpace, isLetterOrDot)?.word;
  if (word === undefined) return undefined;
  let letter = 0;
  while (letter < word.length && word.charCodeAt(letter) === 0x2e) letter++;
  return letter === 0 ? word : letter < word.length ? word.slice(letter) : undefined;
}

/**
 * Where the word that `wordBeforeBlanks` reads starts, or -1 where it reads none: the same word,
 * found without cutting it out of the text, for checks that most words before a number fail.
 */
export function wordBeforeBlanksStart(text: string, from: number, end: number): number {
  const gapStart = blanksStart(text, from, end);
  if (gapStart === end) return -1;
  let start = gapStart;
  while (start > from && isLetterOrDot(text.charCodeAt(start - 1))) start--;
  while (start < gapStart && text.charCodeAt(start) === 0x2e) start++;
  return start < gapStart ? start : -1;
}

/** Where the blanks that end at `end` start, reading back no further than `from`. */
export function blanksStart(text: string, from: number, end: number): number {
  let index = end;
  while (index > from && isPatternSpace(text.charCodeAt(index - 1))) index--;
  return index;
}

/**
 * Lower-case ASCII words, looked up by where one is written in a text, whatever its case: the
 * words of the same length and first letter are compared in place, so a word that is none of
 * them, as most are, is never cut out of the text.
 */
export class WordsInPlace {
  private readonly byOpening = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const opening = openingOf(word.length, word.charCodeAt(0));
      this.byOpening.set(opening, [...this.byOpening.get(opening) ?? [], word]);
    }
  }

  /** Whether the text from `start` to `end` is one of the words. */
  has(text: string, start: number, end: number): boolean {
    const first = text.charCodeAt(start);
    const words = this.byOpening.get(openingOf(end - start, asciiLowerCase(first)));
    if (words === undefined) return false;
    for (const word of words) {
      if (isWordIgnoringCase(text, start, end, word)) return true;
    }
    return false;
  }
}

function openingOf(length: number, lowerCaseFirst: number): number {
  return length * 128 + lowerCaseFirst;
}

/** Whether the text from `start` to `end` is `lowerCaseWord`, whatever the case of its ASCII letters. */
export function isWordIgnoringCase(text: string, start: number, end: number, lowerCaseWord: string): boolean {
  if (end - start !== lowerCaseWord.length) return false;
  for (let index = 0; index < lowerCaseWord.length; index++) {
    if (asciiLowerCase(text.charCodeAt(start + index)) !== lowerCaseWord.charCodeAt(index)) return false;
  }
  return true;
}

/** The value of a number written in digits, perhaps with thousands commas ("12,500"). */
export function valueOfDigits(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

/** An ASCII letter or a dot, as abbreviated words are written ("e.g.", "pp."). */
export function isLetterOrDot(code: number): boolean {
  return isAsciiLetter(code) || code === 0x2e;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Where one or two digits at `position` end, or -1 when a third follows: a pattern that starts
 * with `\d{1,2}` and goes on with anything but a digit cannot match there.
 */
export function afterOneOrTwoDigits(text: string, position: number): number {
  let index = position;
  while (index < position + 3 && isDigit(text.charCodeAt(index))) index++;
  return index > position && index - position <= 2 ? index : -1;
}

/** Whether `code` is an ASCII letter that is one of `letters` (lower case), whatever its case. */
export function isLetterOf(letters: string, code: number): boolean {
  const lower = asciiLowerCase(code);
  return isAsciiLetter(lower) && letters.includes(String.fromCharCode(lower));
}

/** Whether `digits` is four digits and nothing else, as a year is written. */
export function isFourDigits(digits: string): boolean {
  return digits.length === 4 && isDigit(digits.charCodeAt(0)) && isDigit(digits.charCodeAt(1)) && isDigit(digits.charCodeAt(2)) && isDigit(digits.charCodeAt(3));
}

export function isYear(value: number): boolean {
  return value >= 1800 && value <= 2099;
}

/**
 * Where the number written in digits at `position` ends, or -1 without a digit there: what
 * `(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?` matches, read by hand, as every number is read so.
 */
export function numberEnd(text: string, position: number): number {
  let end = position;
  while (isDigit(text.charCodeAt(end))) end++;
  if (end === position) return -1;
  // Thousands groups follow at most three digits: "12,500,000".
  if (end - position <= 3) {
    while (text.charCodeAt(end) === 0x2c && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)) && isDigit(text.charCodeAt(end + 3))) end += 4;
  }
  if (text.charCodeAt(end) === 0x2e && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  return end;
}

/** What a skipped token does not take from the text after it: its last dots, apostrophes and dashes. */
function isTokenTrail(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2013 || code === 0x2d;
}

/** Skips the rest of a token that is not a figure ("WEV0121", "Covid-19"), keeping trailing punctuation. */
export function skipToken(text: string, position: number): Step {
  TOKEN_REST.lastIndex = position;
  TOKEN_REST.exec(text);
  let end = TOKEN_REST.lastIndex;
  while (end > position && isTokenTrail(text.charCodeAt(end - 1))) end--;
  return { skipTo: end };
}
