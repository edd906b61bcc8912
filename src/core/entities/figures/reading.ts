import type { FigureKind, ValueOfKind } from '../types';

/** A figure as a reader finds it, before hedges and a minus sign are read around it. */
export type Figure = FigureKind extends infer K ? K extends FigureKind
  ? { readonly kind: K; readonly start: number; readonly end: number; readonly value: ValueOfKind[K]; readonly bound?: 'lower' } : never : never;

/** Where to continue after a figure or after something that only looks like one. */
export type Step = Figure | { readonly skipTo: number };

const TOKEN_REST = /[\w./'’–-]*/y;
export const WORD_BEFORE = /([A-Za-z][A-Za-z.]*)\s+$/;

/** `pattern` (sticky) matched at `position` of `text`; its `lastIndex` is left after the match. */
export function sticky(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** JavaScript's `\s`: a gate skips exactly what the pattern it guards skips. */
function isPatternSpace(code: number): boolean {
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
  const wanted = pattern.ignoreCase && code >= 65 && code <= 90 ? code + 32 : code;
  for (let index = 0; index < firsts.length; index++) {
    if (firsts.charCodeAt(index) === wanted) return true;
  }
  return false;
}

export function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isYear(value: number): boolean {
  return value >= 1800 && value <= 2099;
}

/** Skips the rest of a token that is not a figure ("WEV0121", "Covid-19"), keeping trailing punctuation. */
export function skipToken(text: string, position: number): Step {
  TOKEN_REST.lastIndex = position;
  TOKEN_REST.exec(text);
  let end = TOKEN_REST.lastIndex;
  while (end > position && /[.'’–-]/.test(text[end - 1])) end--;
  return { skipTo: end };
}
