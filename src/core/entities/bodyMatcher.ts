import type { Entity, NamedBodyEntry, NamedValue } from './types';

export type NamedKind = 'organisation' | 'programme';

export interface KnownBody {
  readonly kind: NamedKind;
  readonly value: NamedValue;
}

interface Surface {
  readonly body: KnownBody;
  /** The name's words as `keyOf` writes them, to rule out a hash that only collides. */
  readonly key: string;
  /** Set for one-word names such as "NHS" or "Monitor", which only count written exactly so. */
  readonly exact?: string;
  /** Bit `i` is set when word `i` of the name is capitalised. */
  readonly capitals: number;
}

/** A trie of names keyed by word hashes, so that walking the text allocates no strings. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  surfaces?: Surface[];
}

// A word (with inner apostrophes, "King’s"), a number or an ampersand. Letters and digits are
// apart so that a name glued to a date in scraped pages ("23/09/2019NHS England") is found.
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*|[0-9]+|&/g;
const LEADING_THE = /^the\s+/i;
// Bits of a name's capitals mask; no name in any list comes near this many words.
const MAX_WORDS = 30;

const FILTER_MASK = 0xffff;
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const TABLE_SIZE = 0x250;
const CLASS_OF = new Uint8Array(TABLE_SIZE);
const LOWER_OF = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const isLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
  CLASS_OF[code] = isLetter ? LETTER : code >= 48 && code <= 57 ? DIGIT : OTHER;
  LOWER_OF[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
}
const AMPERSAND = 0x26;

function classOf(code: number): number {
  return code < TABLE_SIZE ? CLASS_OF[code] : OTHER;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function isUpperCase(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code < TABLE_SIZE && LOWER_OF[code] !== code);
}

/** The form a word is looked up by: case, apostrophes and "and" / "&" do not matter. */
function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'and') return '&';
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
}

function hashOfKey(key: string): number {
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (Math.imul(hash, 31) + key.charCodeAt(index)) | 0;
  return hash;
}

const HASH_OF_AND = hashOfKey('and');
const HASH_OF_AMPERSAND = hashOfKey('&');

function wordsOf(name: string): string[] {
  return name.replace(LEADING_THE, '').match(WORD) ?? [];
}

function keyOfName(name: string): string {
  return wordsOf(name).map(keyOf).join(' ');
}

/**
 * Case does not decide ("better care fund" is the programme) unless it contradicts the name: in
 * "non-NHS providers", "providers" is not "NHS Providers".
 */
function caseFits(surface: Surface, capitals: number): boolean {
  return capitals === 0 || (surface.capitals & ~capitals) === 0;
}

/**
 * Finds the named bodies of a list in text, longest name first, by walking a trie of words
 * (one map look-up per word of the text rather than one huge alternation).
 */
export class BodyMatcher {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byName = new Map<string, KnownBody>();
  // The word `readWord` last read: where it ends, its hash, and for a possessive ("NHS’s") the
  // hash of the word without "’s" (otherwise undefined).
  private wordEnd = 0;
  private wordHash = 0;
  private possessiveBaseHash: number | undefined;
  // Which hashes, modulo the filter size, some name starts with.
  private readonly firstWordFilter = new Uint8Array(FILTER_MASK + 1);

  constructor(entries: readonly NamedBodyEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  /** The body a canonical name or alias stands for, if the list knows it. */
  lookup(name: string): KnownBody | undefined {
    return this.byName.get(keyOfName(name));
  }

  private add(entry: NamedBodyEntry): void {
    const name = entry.name.replace(LEADING_THE, '');
    const aliases = (entry.aliases ?? []).filter((alias) => alias.replace(LEADING_THE, '') !== name);
    const body: KnownBody = { kind: entry.kind ?? 'organisation', value: { name, aliases } };
    for (const surface of [name, ...aliases]) {
      const words = wordsOf(surface);
      if (words.length === 0 || words.length > MAX_WORDS) continue;
      const keys = words.map(keyOf);
      const key = keys.join(' ');
      if (!this.byName.has(key)) this.byName.set(key, body);
      let node = this.root;
      for (const wordKey of keys) {
        const hash = hashOfKey(wordKey);
        if (node === this.root) this.firstWordFilter[hash & FILTER_MASK] = 1;
        let child = node.next.get(hash);
        if (!child) {
          child = { next: new Map() };
          node.next.set(hash, child);
        }
        node = child;
      }
      const exact = words.length === 1 && words[0] !== words[0].toLowerCase() ? words[0] : undefined;
      const capitals = words.reduce((mask, word, index) => (word[0] !== word[0].toLowerCase() ? mask | (1 << index) : mask), 0);
      (node.surfaces ??= []).push(exact === undefined ? { body, key, capitals } : { body, key, exact, capitals });
    }
  }

  find(text: string): Entity[] {
    const found: Entity[] = [];
    const length = text.length;
    const firstWords = this.firstWordFilter;
    let index = 0;
    // The hot loop: each word is hashed as `keyOf` would write it, in locals, and most are passed
    // over on a filter look-up; only a word some name may start with is read again by `longestAt`.
    while (index < length) {
      let code = text.charCodeAt(index);
      const wordClass = classOf(code);
      if (wordClass === OTHER) {
        index++;
        continue;
      }
      const start = index;
      let hash = 0;
      let hashBeforeApostrophe = 0;
      let afterApostrophe = -1;
      while (index < length) {
        code = text.charCodeAt(index);
        if (classOf(code) === wordClass) {
          hash = (Math.imul(hash, 31) + LOWER_OF[code]) | 0;
          index++;
        } else if (wordClass === LETTER && isApostrophe(code) && classOf(text.charCodeAt(index + 1)) === LETTER) {
          hashBeforeApostrophe = hash;
          afterApostrophe = index + 1;
          index++;
        } else {
          break;
        }
      }
      if (hash === HASH_OF_AND) hash = HASH_OF_AMPERSAND;
      const possessive = afterApostrophe === index - 1 && (text.charCodeAt(index - 1) | 0x20) === 0x73;
      if (firstWords[hash & FILTER_MASK] === 0 && !(possessive && firstWords[hashBeforeApostrophe & FILTER_MASK] === 1)) continue;
      const hit = this.longestAt(text, start);
      if (hit) {
        found.push({ kind: hit.body.kind, start, end: hit.end, text: text.slice(start, hit.end), value: hit.body.value });
        index = hit.end;
      }
    }
    return found;
  }

  /** Reads the word, number or "&" at `start` and hashes it as `keyOf` would write it. */
  private readWord(text: string, start: number): void {
    const length = text.length;
    const first = text.charCodeAt(start);
    const wordClass = classOf(first);
    this.possessiveBaseHash = undefined;
    if (wordClass === OTHER) {
      this.wordEnd = start + 1;
      this.wordHash = HASH_OF_AMPERSAND;
      return;
    }
    let hash = 0;
    let hashBeforeApostrophe = 0;
    let afterApostrophe = -1;
    let index = start;
    while (index < length) {
      const code = text.charCodeAt(index);
      const codeClass = classOf(code);
      if (codeClass === wordClass) {
        hash = (Math.imul(hash, 31) + LOWER_OF[code]) | 0;
        index++;
      } else if (wordClass === LETTER && isApostrophe(code) && classOf(text.charCodeAt(index + 1)) === LETTER) {
        hashBeforeApostrophe = hash;
        afterApostrophe = index + 1;
        index++;
      } else {
        break;
      }
    }
    this.wordEnd = index;
    this.wordHash = hash === HASH_OF_AND ? HASH_OF_AMPERSAND : hash;
    if (afterApostrophe === index - 1 && (text.charCodeAt(index - 1) | 0x20) === 0x73) this.possessiveBaseHash = hashBeforeApostrophe;
  }

  private longestAt(text: string, start: number): { body: KnownBody; end: number } | undefined {
    let best: { body: KnownBody; end: number } | undefined;
    let node = this.root;
    let wordStart = start;
    let capitals = 0;
    for (let wordIndex = 0; wordIndex < MAX_WORDS; wordIndex++) {
      this.readWord(text, wordStart);
      const end = this.wordEnd;
      const possessiveBaseHash = this.possessiveBaseHash;
      if (isUpperCase(text.charCodeAt(wordStart))) capitals |= 1 << wordIndex;
      if (possessiveBaseHash !== undefined) {
        // "NHS’s", "National Audit Office’s": the name ends before the possessive.
        const baseNode = node.next.get(possessiveBaseHash);
        const body = baseNode && this.accept(baseNode, text, start, wordStart, end - 2, capitals);
        if (body) best = { body, end: end - 2 };
      }
      const child = node.next.get(this.wordHash);
      if (!child) return best;
      const body = this.accept(child, text, start, wordStart, end, capitals);
      if (body) best = { body, end };
      let next = end;
      while (next < text.length && isBlank(text.charCodeAt(next))) next++;
      const nextCode = text.charCodeAt(next);
      if (next === end || (classOf(nextCode) === OTHER && nextCode !== AMPERSAND)) return best;
      node = child;
      wordStart = next;
    }
    return best;
  }

  private accept(node: TrieNode, text: string, start: number, lastWordStart: number, end: number, capitals: number): KnownBody | undefined {
    const surfaces = node.surfaces;
    if (!surfaces) return undefined;
    let key: string | undefined;
    for (const surface of surfaces) {
      if (surface.exact !== undefined) {
        if (start === lastWordStart && text.slice(start, end) === surface.exact) return surface.body;
      } else if (caseFits(surface, capitals) && surface.key === (key ??= keyOfName(text.slice(start, end)))) {
        return surface.body;
      }
    }
    return undefined;
  }
}
