import type { Entity } from './types';
import { wordBeforeBlanks } from './figures/reading';

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
// The last words of the phrases: a figure after none of them has no hedge.
const LAST_WORDS = [...new Set(Object.keys(HEDGES).map((phrase) => phrase.split(' ').pop()!))];

/** The hedge ("nearly", "more than", "up to") written just before `start`, as entity attributes. */
export function hedgeBefore(text: string, start: number): Hedge {
  // The pattern is anchored at the end of the text before, so it is tried at each of its
  // positions: the word before the figure is read first, and the pattern tried only after a
  // phrase's last word.
  const from = Math.max(0, start - LOOK_BEHIND);
  const word = wordBeforeBlanks(text, from, start)?.toLowerCase();
  if (word === undefined || !LAST_WORDS.some((last) => word.endsWith(last))) return NO_HEDGE;
  const match = HEDGE_BEFORE.exec(text.slice(from, start));
  return match ? HEDGES[match[1].toLowerCase().replace(/\s+/g, ' ')] : NO_HEDGE;
}

/** What most figures have before them: shared, as every figure asks. */
export const NO_HEDGE: Hedge = {};
