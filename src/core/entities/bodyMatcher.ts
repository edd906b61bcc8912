import type { Entity, NamedBodyEntry, NamedValue } from './types';

export type NamedKind = 'organisation' | 'programme';

export interface KnownBody {
  readonly kind: NamedKind;
  readonly value: NamedValue;
}

interface Surface {
  readonly body: KnownBody;
  /** Set for one-word names such as "NHS" or "Monitor", which only count written exactly so. */
  readonly exact?: string;
  /** Which words of a longer name are capitalised. */
  readonly capitals: readonly boolean[];
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  surfaces?: Surface[];
}

// A word (with inner apostrophes, "King’s"), a number or an ampersand. Letters and digits are
// apart so that a name glued to a date in scraped pages ("23/09/2019NHS England") is found.
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*|[0-9]+|&/g;
const NEXT_WORD = /[ \t\u00A0]+([A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*|[0-9]+|&)/y;
const POSSESSIVE = /['’]s$/;
const LEADING_THE = /^the\s+/i;

/** The form a word is looked up by: case, apostrophes and "and" / "&" do not matter. */
function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'and') return '&';
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  return code < 128 ? code : String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** The hash `find` computes for a word whose key is `key`. */
function hashOfKey(key: string): number {
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (Math.imul(hash, 31) + key.charCodeAt(index)) | 0;
  return hash;
}

function startsUpperCase(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/**
 * Case does not decide ("better care fund" is the programme) unless it contradicts the name: in
 * "non-NHS providers", "providers" is not "NHS Providers".
 */
function caseFits(surface: Surface, capitals: readonly boolean[]): boolean {
  if (!capitals.some(Boolean)) return true;
  return surface.capitals.every((capital, index) => !capital || capitals[index]);
}

function wordsOf(name: string): string[] {
  return name.replace(LEADING_THE, '').match(WORD) ?? [];
}

/**
 * Finds the named bodies of a list in text, longest name first, by walking a trie of words
 * (one map look-up per word of the text rather than one huge alternation).
 */
export class BodyMatcher {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byName = new Map<string, KnownBody>();
  private firstWordHashes: Set<number> | undefined;

  constructor(entries: readonly NamedBodyEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  /** The body a canonical name or alias stands for, if the list knows it. */
  lookup(name: string): KnownBody | undefined {
    return this.byName.get(wordsOf(name).map(keyOf).join(' '));
  }

  private add(entry: NamedBodyEntry): void {
    const name = entry.name.replace(LEADING_THE, '');
    const aliases = (entry.aliases ?? []).filter((alias) => alias.replace(LEADING_THE, '') !== name);
    const body: KnownBody = { kind: entry.kind ?? 'organisation', value: { name, aliases } };
    for (const surface of [name, ...aliases]) {
      const words = wordsOf(surface);
      if (words.length === 0) continue;
      const key = words.map(keyOf).join(' ');
      if (!this.byName.has(key)) this.byName.set(key, body);
      let node = this.root;
      for (const word of words) {
        const wordKey = keyOf(word);
        let child = node.next.get(wordKey);
        if (!child) {
          child = { next: new Map() };
          node.next.set(wordKey, child);
        }
        node = child;
      }
      const exact = words.length === 1 && words[0] !== words[0].toLowerCase() ? words[0] : undefined;
      const capitals = words.map(startsUpperCase);
      (node.surfaces ??= []).push(exact === undefined ? { body, capitals } : { body, exact, capitals });
    }
  }

  find(text: string): Entity[] {
    this.firstWordHashes ??= new Set([...this.root.next.keys()].map(hashOfKey));
    const found: Entity[] = [];
    const length = text.length;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      const digits = isDigitCode(code);
      if (!digits && !isLetterCode(code)) {
        index++;
        continue;
      }
      // Hash the word as keyOf would write it, so that most words are passed over without
      // allocating a string; only a hash that some name starts with is looked at closely.
      const start = index;
      let hash = 0;
      let hashBeforeApostrophe = 0;
      let afterApostrophe = -1;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (digits ? isDigitCode(next) : isLetterCode(next)) {
          hash = (Math.imul(hash, 31) + lowerCode(next)) | 0;
          index++;
        } else if (!digits && (next === 0x27 || next === 0x2019) && isLetterCode(text.charCodeAt(index + 1))) {
          hashBeforeApostrophe = hash;
          afterApostrophe = index + 1;
          index++;
        } else {
          break;
        }
      }
      const possessive = afterApostrophe === index - 1 && (text.charCodeAt(index - 1) | 0x20) === 0x73;
      if (!this.firstWordHashes.has(hash) && !(possessive && this.firstWordHashes.has(hashBeforeApostrophe))) continue;
      const hit = this.longestAt(text, start, text.slice(start, index));
      if (hit) {
        found.push({ kind: hit.body.kind, start, end: hit.end, text: text.slice(start, hit.end), value: hit.body.value });
        index = hit.end;
      }
    }
    return found;
  }

  private longestAt(text: string, start: number, first: string): { body: KnownBody; end: number } | undefined {
    let best: { body: KnownBody; end: number } | undefined;
    let node = this.root;
    let word = first;
    let end = start + first.length;
    const capitals: boolean[] = [];
    for (;;) {
      capitals.push(startsUpperCase(word));
      if (POSSESSIVE.test(word)) {
        // "NHS’s", "National Audit Office’s": the name ends before the possessive.
        const base = word.slice(0, -2);
        const baseNode = node.next.get(keyOf(base));
        const body = baseNode && this.accept(baseNode, base, capitals);
        if (body) best = { body, end: end - 2 };
      }
      const child = node.next.get(keyOf(word));
      if (!child) return best;
      const body = this.accept(child, word, capitals);
      if (body) best = { body, end };
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      if (!next) return best;
      node = child;
      word = next[1];
      end += next[0].length;
    }
  }

  private accept(node: TrieNode, lastWord: string, capitals: readonly boolean[]): KnownBody | undefined {
    const surfaces = node.surfaces;
    if (!surfaces) return undefined;
    for (const surface of surfaces) {
      if (surface.exact === undefined ? caseFits(surface, capitals) : surface.exact === lastWord) return surface.body;
    }
    return undefined;
  }
}
