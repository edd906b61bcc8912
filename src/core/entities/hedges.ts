import type { Entity } from './types';
import { blanksStart, isWordIgnoringCase, wordBeforeBlanksStart } from './figures/reading';
import { asciiLowerCase } from './words';

type Hedge = Pick<Entity, 'approx' | 'bound'>;

const HEDGES: Record<string, Hedge> = {
  'nearly': { approx: true }, 'almost': { approx: true }, 'about': { approx: true },
  'around': { approx: true }, 'approximately': { approx: true }, 'roughly': { approx: true },
  'some': { approx: true }, 'circa': { approx: true }, 'c.': { approx: true },
  'an estimated': { approx: true }, 'estimated': { approx: true }, 'close to': { approx: true },
  'over': { bound: 'lower' }, 'more than': { bound: 'lower' }, 'at least': { bound: 'lower' },
  'above': { bound: 'lower' }, 'in excess of': { bound: 'lower' }, 'upwards of': { bound: 'lower' },
  'just over': { bound: 'lower' }, 'well over': { bound: 'lower' }, 'greater than': { bound: 'lower' },
  'up to': { bound: 'upper' }, 'less than': { bound: 'upper' }, 'fewer than': { bound: 'upper' },
  'under': { bound: 'upper' }, 'below': { bound: 'upper' }, 'no more than': { bound: 'upper' },
  'just under': { bound: 'upper' }, 'not more than': { bound: 'upper' },
};

// Longest phrases first so "just over" wins over "over".
const HEDGE_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(${Object.keys(HEDGES).sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace('.', '\\.').replace(' ', '\\s+')).join('|')})\\s+$`, 'i');

const LOOK_BEHIND = 24;
// The last words of the phrases, by their last letter: a figure after none of them has no hedge.
const LAST_WORDS_BY_END = new Map<number, string[]>();
for (const last of new Set(Object.keys(HEDGES).map((phrase) => phrase.split(' ').pop()!))) {
  const end = last.charCodeAt(last.length - 1);
  LAST_WORDS_BY_END.set(end, [...LAST_WORDS_BY_END.get(end) ?? [], last]);
}

/** The hedge ("nearly", "more than", "up to") written just before `start`, as entity attributes. */
export function hedgeBefore(text: string, start: number): Hedge {
  // The pattern is anchored at the end of the text before, so it is tried at each of its
  // positions: the word before the figure is read first, in place, and the pattern tried only
  // after a phrase's last word.
  const from = Math.max(0, start - LOOK_BEHIND);
  if (!endsInLastWord(text, from, start)) return NO_HEDGE;
  const match = HEDGE_BEFORE.exec(text.slice(from, start));
  return match ? HEDGES[match[1].toLowerCase().replace(/\s+/g, ' ')] : NO_HEDGE;
}

/** Whether the word `wordBeforeBlanks` reads before `end` ends in a phrase's last word, whatever its case. */
function endsInLastWord(text: string, from: number, end: number): boolean {
  const wordStart = wordBeforeBlanksStart(text, from, end);
  if (wordStart < 0) return false;
  const wordEnd = blanksStart(text, from, end);
  const lastCode = text.charCodeAt(wordEnd - 1);
  const lastWords = LAST_WORDS_BY_END.get(asciiLowerCase(lastCode));
  if (lastWords === undefined) return false;
  for (const last of lastWords) {
    if (wordEnd - last.length >= wordStart && isWordIgnoringCase(text, wordEnd - last.length, wordEnd, last)) return true;
  }
  return false;
}

/** What most figures have before them: shared, as every figure asks. */
export const NO_HEDGE: Hedge = {};
