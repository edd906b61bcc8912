import type { Entity, NamedBodyEntry, NamedKind, NamedValue, Origin } from './types';
import { isDigit } from './figures/reading';
import { hashOfKey, isApostrophe, isAsciiLetter, isBlank, isUpperCase, keyOf, startsWord, WordReader } from './words';
import type { OffsetList } from './candidateWords';
import type { Steps } from '../util/steps';

export type { NamedKind } from './types';

const USER_LIST: Origin = { from: 'your list' };
const BUILT_IN_LIST: Origin = { from: 'built-in list' };

export interface KnownBody {
  readonly kind: NamedKind;
  readonly value: NamedValue;
  readonly origin: Origin;
  /** Next words (lower case) before which a name of this body is a common noun. */
  readonly notBefore?: ReadonlySet<string>;
  /** Words (lower case) after which a name of this body is a common noun. */
  readonly notAfter?: ReadonlySet<string>;
}

interface Surface {
  readonly body: KnownBody;
  /** The name's words as `keyOf` writes them, to rule out a hash that only collides. */
  readonly key: string;
  /** The name as the list writes it, one space apart: how the text mostly writes it too. */
  readonly written: string;
  /** Set for one-word names such as "NHS" or "Monitor", which only count written exactly so. */
  readonly exact?: string;
  /** Bit `i` is set when word `i` of the name is capitalised. */
  readonly capitals: number;
  /** The name is also an everyday phrase: written in lower case it is the phrase, not the body. */
  readonly matchCase?: true;
}

/** A trie of names keyed by word hashes, so that walking the text allocates no strings. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  surfaces?: Surface[];
  /** Set when a name goes on from this word with no blank between: "HC-One", "HS2 Ltd". */
  joinedNext?: boolean;
}

// The words of a name as `WordReader` reads them.
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*|[0-9]+|&/g;
const LEADING_THE = /^the\s+/i;
// Bits of a name's capitals mask; no name in any list comes near this many words.
const MAX_WORDS = 30;

// A word after a comma ("Department for Levelling Up, Housing and Communities"), or joined to the
// word before by a hyphen ("Organisation for Economic Co-operation and Development") or by nothing
// (the digit of "HS2 Ltd") is keyed apart, so that only names written so are read across one.
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const COMMA_SALT = 0x5bd1e995;
const JOINED_SALT = 0x1b873593;

/** For each word of a name, the salt of what parts it from the word before. */
function saltsOf(name: string): number[] {
  const salts: number[] = [];
  let previousEnd = 0;
  for (const match of name.matchAll(WORD)) {
    const gap = name.slice(previousEnd, match.index);
    salts.push(gap.includes(',') ? COMMA_SALT : (gap === '-' || gap === '') && match.index > 0 ? JOINED_SALT : 0);
    previousEnd = match.index + match[0].length;
  }
  return salts;
}

const LOWER_S = 0x73;

/** Entries of a list indexed between two stops of a build in steps: a millisecond or two of cold code. */
const ENTRIES_PER_STEP = 100;

const WORD_AFTER = /[ \t\u00A0]+([A-Za-z]+)/y;

/** The word after `end` in lower case, or "" if none follows. */
function wordAfter(text: string, end: number): string {
  WORD_AFTER.lastIndex = end;
  return WORD_AFTER.exec(text)?.[1].toLowerCase() ?? '';
}

const WORDS_BEFORE = /(?:([A-Za-z]+)[ \t\u00A0]+)?([A-Za-z0-9]+)[ \t\u00A0]+$/;
const NUMBERED_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Whether the word before `start`, or the two words before it ("over the"), are in `words` (lower
 * case); "nth" in `words` stands for any ordinal in digits ("the 118th Congress").
 */
function followsAnyOf(text: string, start: number, words: ReadonlySet<string>): boolean {
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const last = NUMBERED_ORDINAL.test(before[2].toLowerCase()) ? 'nth' : before[2].toLowerCase();
  return words.has(last) || (before[1] !== undefined && words.has(`${before[1].toLowerCase()} ${last}`));
}

function lowerCaseSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}

function wordsOf(name: string): string[] {
  return name.replace(LEADING_THE, '').match(WORD) ?? [];
}

export function keyOfName(name: string): string {
  // One word of letters, as most names looked up by their text are ("NAO"), is its own key's form.
  return isAsciiWord(name) ? keyOf(name) : wordsOf(name).map(keyOf).join(' ');
}

function isAsciiWord(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isAsciiLetter(text.charCodeAt(index))) return false;
  }
  return text.length > 0;
}

/**
 * Whether `text` holds exactly `written` from `start` to `end`: compared in place, as most names
 * at a candidate start are read as the list writes them, and a slice of each was garbage.
 */
function isWrittenAt(text: string, start: number, end: number, written: string): boolean {
  return end - start === written.length && text.startsWith(written, start);
}

const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;

/**
 * Whether `key` is `keyOfName` of `text` from `start` to `end`, compared in place: the look-up
 * form decides where the text writes a name otherwise than the list ("Better care fund",
 * "Health & Social Care"), and building it cost a slice, a pattern's matches and a string per
 * word. Undefined where only `keyOfName` can tell: a character beyond ASCII (a letter's lower
 * case may be two), or a first word that may be a leading "the".
 */
export function isKeyAt(text: string, start: number, end: number, key: string): boolean | undefined {
  if ((text.charCodeAt(start) | 0x20) === 0x74) return undefined;
  let at = 0;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code >= 0x80 && code !== RIGHT_QUOTE) return undefined;
    if (!isAsciiLetter(code) && !isDigit(code) && code !== AMPERSAND) {
      index++;
      continue;
    }
    if (at > 0 && key.charCodeAt(at++) !== 0x20) return false;
    // A word as WORD reads it: letters with inner apostrophes, digits, or "&".
    let wordEnd = index + 1;
    let apostrophes = 0;
    if (isAsciiLetter(code)) {
      for (;;) {
        const next = text.charCodeAt(wordEnd);
        if (wordEnd < end && isAsciiLetter(next)) {
          wordEnd++;
        } else if (wordEnd + 1 < end && isApostrophe(next) && isAsciiLetter(text.charCodeAt(wordEnd + 1))) {
          apostrophes++;
          wordEnd++;
        } else {
          break;
        }
      }
      // A letter beyond ASCII goes on with the word, which only WORD reads.
      const after = text.charCodeAt(wordEnd);
      if (wordEnd < end && ((after >= 0x80 && after !== RIGHT_QUOTE) || (isApostrophe(after) && text.charCodeAt(wordEnd + 1) >= 0x80))) return undefined;
    } else if (isDigit(code)) {
      while (wordEnd < end && isDigit(text.charCodeAt(wordEnd))) wordEnd++;
    }
    if (apostrophes === 0 && wordEnd - index === 3 && (code | 0x20) === 0x61 && (text.charCodeAt(index + 1) | 0x20) === 0x6e && (text.charCodeAt(index + 2) | 0x20) === 0x64) {
      if (key.charCodeAt(at++) !== AMPERSAND) return false;
    } else {
      for (; index < wordEnd; index++) {
        const letter = text.charCodeAt(index);
        if (!isApostrophe(letter) && key.charCodeAt(at++) !== (isAsciiLetter(letter) ? letter | 0x20 : letter)) return false;
      }
    }
    index = wordEnd;
  }
  return at === key.length;
}

/**
 * Case does not decide ("better care fund" is the programme) unless it contradicts the name: in
 * "non-NHS providers", "providers" is not "NHS Providers".
 */
function caseFits(surface: Surface, capitals: number): boolean {
  return (capitals === 0 && !surface.matchCase) || (surface.capitals & ~capitals) === 0;
}

/**
 * Finds the named bodies of a list in text, longest name first, by walking a trie of words
 * (one map look-up per word of the text rather than one huge alternation).
 */
export class BodyMatcher {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byName = new Map<string, KnownBody>();
  private acceptedBody: KnownBody | undefined;
  private lastBody: KnownBody | undefined;
  private readonly reader = new WordReader();

  private constructor() {}

  /**
   * The matcher of the built-in list and the user's entries, indexed a hundred entries a step:
   * the built-in list takes tens of milliseconds the first time, its code not yet compiled. The
   * user's entries come first so they win over a built-in entry of the same name.
   */
  static *inSteps(builtIn: readonly NamedBodyEntry[], userEntries: readonly NamedBodyEntry[] = []): Steps<BodyMatcher> {
    const matcher = new BodyMatcher();
    let added = 0;
    for (const [entries, origin] of [[userEntries, USER_LIST], [builtIn, BUILT_IN_LIST]] as const) {
      for (const entry of entries) {
        matcher.add(entry, origin);
        if (++added % ENTRIES_PER_STEP === 0) yield;
      }
    }
    return matcher;
  }

  /** The body a canonical name or alias stands for, if the list knows it. */
  lookup(name: string): KnownBody | undefined {
    return this.byName.get(keyOfName(name));
  }

  private add(entry: NamedBodyEntry, origin: Origin): void {
    const name = entry.name.replace(LEADING_THE, '');
    const aliases = (entry.aliases ?? []).filter((alias) => alias.replace(LEADING_THE, '') !== name);
    const value = { name, aliases };
    const kind = entry.kind ?? 'organisation';
    // One shape for every body keeps the look-ups in `find` fast.
    const body: KnownBody = {
      kind,
      value,
      origin,
      notBefore: entry.notBefore?.length ? lowerCaseSet(entry.notBefore) : undefined,
      notAfter: entry.notAfter?.length ? lowerCaseSet(entry.notAfter) : undefined,
    };
    for (const surface of [name, ...aliases]) {
      const words = wordsOf(surface);
      if (words.length === 0 || words.length > MAX_WORDS) continue;
      const keys = words.map(keyOf);
      const key = keys.join(' ');
      if (!this.byName.has(key)) this.byName.set(key, body);
      const salts = saltsOf(surface.replace(LEADING_THE, ''));
      let node = this.root;
      for (const [index, wordKey] of keys.entries()) {
        const hash = hashOfKey(wordKey) ^ salts[index];
        if (salts[index] === JOINED_SALT) node.joinedNext = true;
        let child = node.next.get(hash);
        if (!child) {
          child = { next: new Map() };
          node.next.set(hash, child);
        }
        node = child;
      }
      const exact = words.length === 1 && words[0] !== words[0].toLowerCase() ? words[0] : undefined;
      const capitals = words.reduce((mask, word, index) => (word[0] !== word[0].toLowerCase() ? mask | (1 << index) : mask), 0);
      const written = words.join(' ');
      const shape: Surface = exact === undefined ? { body, key, written, capitals } : { body, key, written, exact, capitals };
      (node.surfaces ??= []).push(entry.matchCase ? { ...shape, matchCase: true } : shape);
    }
  }

  /**
   * The hashes of the first word of each name, and of the second if it has one; the first alone
   * when the second is joined to it, as the word pass pairs only words a blank apart.
   */
  *nameOpenings(): Iterable<[first: number, second?: number]> {
    for (const [first, node] of this.root.next) {
      if (node.surfaces || node.joinedNext) yield [first];
      for (const second of node.next.keys()) yield [first, second];
    }
  }

  /** The names of the list in `text`, looked for at `starts`, where one may start. */
  find(text: string, starts: OffsetList): Entity[] {
    const found: Entity[] = [];
    let searchedTo = 0;
    for (let index = 0; index < starts.length; index++) {
      const start = starts.values[index];
      if (start < searchedTo) continue;
      const end = this.longestAt(text, start);
      if (end > start) {
        const body = this.lastBody!;
        if (body.notBefore && body.notBefore.has(wordAfter(text, end))) continue;
        if (body.notAfter && followsAnyOf(text, start, body.notAfter)) continue;
        // "OECD-2019-04": an acronym inside an identifier is not a name.
        if (text.charCodeAt(end) === HYPHEN && isDigit(text.charCodeAt(end + 1))) continue;
        // "a two-child benefit cap": a name in lower case does not start inside a hyphened word.
        if (text.charCodeAt(start - 1) === HYPHEN && !isUpperCase(text.charCodeAt(start))) continue;
        found.push({ kind: body.kind, start, end, text: text.slice(start, end), value: body.value, origin: body.origin });
        searchedTo = end;
      }
    }
    return found;
  }

  /** Where the longest name at `start` ends (its body in `lastBody`), or `start` if none does. */
  private longestAt(text: string, start: number): number {
    let bestEnd = start;
    let node = this.root;
    let wordStart = start;
    let salt = 0;
    let capitals = 0;
    for (let wordIndex = 0; wordIndex < MAX_WORDS; wordIndex++) {
      const reader = this.reader;
      reader.read(text, wordStart);
      const end = reader.end;
      const hash = reader.hash ^ salt;
      if (isUpperCase(text.charCodeAt(wordStart))) capitals |= 1 << wordIndex;
      if (reader.possessive) {
        // "NHS’s", "National Audit Office’s": the name ends before the possessive.
        const baseNode = node.next.get(reader.baseHash ^ salt);
        if (baseNode && this.accept(baseNode, text, start, wordStart, end - 2, capitals)) bestEnd = end - 2;
      }
      const child = node.next.get(hash);
      if (!child) break;
      if (this.accept(child, text, start, wordStart, end, capitals)) bestEnd = end;
      if (child.joinedNext) {
        const joinedStart = text.charCodeAt(end) === HYPHEN ? end + 1 : end;
        if (startsWord(text.charCodeAt(joinedStart))) {
          node = child;
          wordStart = joinedStart;
          salt = JOINED_SALT;
          continue;
        }
      }
      const comma = text.charCodeAt(end) === COMMA;
      let next = comma ? end + 1 : end;
      // "Guy's and St Thomas' NHS Foundation Trust": a plural possessive goes on to the next word.
      if (!comma && isApostrophe(text.charCodeAt(end)) && text.charCodeAt(end - 1) === LOWER_S) next++;
      const gapStart = next;
      while (next < text.length && isBlank(text.charCodeAt(next))) next++;
      if (next === gapStart || !startsWord(text.charCodeAt(next))) break;
      node = child;
      wordStart = next;
      salt = comma ? COMMA_SALT : 0;
    }
    if (bestEnd > start) this.lastBody = this.acceptedBody;
    return bestEnd;
  }

  /** Whether a name of `node` is written at start..end; if so its body goes in `acceptedBody`. */
  private accept(node: TrieNode, text: string, start: number, lastWordStart: number, end: number, capitals: number): boolean {
    const surfaces = node.surfaces;
    if (!surfaces) return false;
    for (const surface of surfaces) {
      if (surface.exact !== undefined) {
        if (start === lastWordStart && isWrittenAt(text, start, end, surface.exact)) return this.accepted(surface.body);
      } else if (caseFits(surface, capitals)) {
        // Word hashes can collide, so the words themselves decide: as the list writes them, or
        // failing that as `keyOf` does.
        if (isWrittenAt(text, start, end, surface.written) || (isKeyAt(text, start, end, surface.key) ?? surface.key === keyOfName(text.slice(start, end)))) return this.accepted(surface.body);
      }
    }
    return false;
  }

  private accepted(body: KnownBody): true {
    this.acceptedBody = body;
    return true;
  }
}
