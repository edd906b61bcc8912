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
