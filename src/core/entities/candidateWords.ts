import { classOf, DIGIT, OTHER, hashOfKey, isBlank, isUpperCase, WordReader } from './words';

/** What a word may be, for the detectors that look for it. */
export const WHOLE_NAME = 1;
export const FIGURE_WORD = 2;
export const NAME_HEAD = 4;
const OPENS_NAME = 8;
/** A head word that counts in lower case too ("programme"); others count capitalised only. */
export const LOWER_CASE_HEAD = 16;

const WORD_MASK = 0xffff;
const PAIR_MASK = 0x3ffff;
const AMPERSAND = 0x26;
const SPACE = 0x20;
const HASH_OF_AMPERSAND = hashOfKey('&');

function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) + second) & PAIR_MASK;
}

function isCurrencySign(code: number): boolean {
  return code === 0xa3 || code === 0x24 || code === 0x20ac;
}

/**
 * Which words each detector looks at, by hash: a listed name is looked for where its first two
 * words are, which passes over most words that merely could start one ("care", "health"). Hashes
 * share slots, so a word let through is only a candidate: the detector checks the words themselves.
 */
export class WordFilter {
  readonly words = new Uint8Array(WORD_MASK + 1);
  readonly pairs = new Uint8Array(PAIR_MASK + 1);

  /** Adds words written in their look-up form (lower case, no apostrophes). */
  addKeys(keys: Iterable<string>, flag: number): void {
    for (const key of keys) this.words[hashOfKey(key) & WORD_MASK] |= flag;
  }

  /** Adds the opening of a listed name: its first word's hash, and its second's if it has one. */
  addNameOpening(first: number, second?: number): void {
    if (second === undefined) {
      this.words[first & WORD_MASK] |= WHOLE_NAME;
    } else {
      this.words[first & WORD_MASK] |= OPENS_NAME;
      this.pairs[pairSlot(first, second)] = 1;
    }
  }
}

/**
 * Offsets into a paragraph, in a typed array that one detector fills afresh for each paragraph:
 * lists made per paragraph were a sixth of what a scan allocated, and each one the young
 * generation's collector had to sweep past. `values` beyond `length` are stale.
 */
export class OffsetList {
  values = new Int32Array(64);
  length = 0;

  push(offset: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = offset;
  }

  pushPair(start: number, end: number): void {
    this.push(start);
    this.push(end);
  }

  /** The last offset, or -1 if none. */
  last(): number {
    return this.length === 0 ? -1 : this.values[this.length - 1];
  }
}

/**
 * Where the detectors should look in a paragraph, found in one pass over its words, with offsets
 * from the paragraph's start. `numbers`, `figureWords` and `nameHeads` hold start and end pairs; a
 * possessive ends before its "’s".
 */
export class CandidateWords {
  readonly nameStarts = new OffsetList();
  /** Runs of digits, and currency signs. */
  readonly numbers = new OffsetList();
  readonly figureWords = new OffsetList();
  readonly nameHeads = new OffsetList();

  clear(): void {
    this.nameStarts.length = 0;
    this.numbers.length = 0;
    this.figureWords.length = 0;
    this.nameHeads.length = 0;
  }
}

/**
 * The candidate words of the paragraph at `from`..`to` of `text`, in `candidates` (emptied
 * first), which a detector keeps from one paragraph to the next. The paragraph is read where it
 * lies in the document: a string sliced from another costs more to read character by character.
 */
export function findCandidateWords(text: string, filter: WordFilter, from = 0, to = text.length, candidates = new CandidateWords()): CandidateWords {
  candidates.clear();
  const { words, pairs } = filter;
  const reader = new WordReader();
  // The last word, when it may open a longer name and only blanks have followed it.
  let openingStart = -1;
  let openingHash = 0;
  let blanksAfterOpening = false;
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    // Every other character is a space between words: it is let through before any look-up.
    if (code === SPACE) {
      blanksAfterOpening = true;
      index++;
      continue;
    }
    const codeClass = classOf(code);
    if (codeClass === OTHER) {
      if (isBlank(code)) {
        blanksAfterOpening = true;
      } else {
        // "&" is a word in names ("Health & Social Care"), though never the first.
        if (code === AMPERSAND && openingStart >= 0 && blanksAfterOpening && pairs[pairSlot(openingHash, HASH_OF_AMPERSAND)] === 1) {
          addNameStart(candidates.nameStarts, openingStart - from);
        }
        if (isCurrencySign(code)) candidates.numbers.pushPair(index - from, index + 1 - from);
        openingStart = -1;
      }
      index++;
      continue;
    }
    const start = index;
    reader.read(text, start);
    index = reader.end;
    if (codeClass === DIGIT) candidates.numbers.pushPair(start - from, index - from);
    const { hash, possessive, baseHash } = reader;
    if (openingStart >= 0 && blanksAfterOpening
      && (pairs[pairSlot(openingHash, hash)] === 1 || (possessive && pairs[pairSlot(openingHash, baseHash)] === 1))) {
      addNameStart(candidates.nameStarts, openingStart - from);
    }
    const flags = words[hash & WORD_MASK];
    const baseFlags = possessive ? words[baseHash & WORD_MASK] : 0;
    openingStart = -1;
    if ((flags | baseFlags) === 0) continue;
    if (((flags | baseFlags) & WHOLE_NAME) !== 0) addNameStart(candidates.nameStarts, start - from);
    if ((flags & OPENS_NAME) !== 0) {
      openingStart = start;
      openingHash = hash;
      blanksAfterOpening = false;
    }
    addPair(candidates.figureWords, FIGURE_WORD, flags, baseFlags, start - from, index - from);
    // Head words count capitalised only ("the Trust", not "trust"), but for a few.
    if (isUpperCase(code) || ((flags | baseFlags) & LOWER_CASE_HEAD) !== 0) addPair(candidates.nameHeads, NAME_HEAD, flags, baseFlags, start - from, index - from);
  }
  return candidates;
}

function addNameStart(starts: OffsetList, start: number): void {
  if (starts.last() !== start) starts.push(start);
}

function addPair(pairs: OffsetList, flag: number, flags: number, baseFlags: number, start: number, end: number): void {
  if ((flags & flag) !== 0) pairs.pushPair(start, end);
  else if ((baseFlags & flag) !== 0) pairs.pushPair(start, end - 2);
}
