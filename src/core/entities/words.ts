/**
 * Reading words without allocating: the detector's hot loop goes through every word of a
 * document, so a word is read as a position, an end and a hash of its look-up form.
 */

export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
const TABLE_SIZE = 0x250;
const CLASS_OF = new Uint8Array(TABLE_SIZE);
const LOWER_OF = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const isLetter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
  CLASS_OF[code] = isLetter ? LETTER : code >= 48 && code <= 57 ? DIGIT : OTHER;
  LOWER_OF[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
}
const AMPERSAND = 0x26;

/** LETTER (A–Z, a–z, À–ɏ), a digit class, or 0 for anything else. */
export function classOf(code: number): number {
  return code < TABLE_SIZE ? CLASS_OF[code] : OTHER;
}

/** A letter as words are read: A–Z, a–z, À–ɏ. */
export function isLetter(code: number): boolean {
  return classOf(code) === LETTER;
}

/** Whether a word (or "&", which stands for "and" in names) starts with this code unit. */
export function startsWord(code: number): boolean {
  return classOf(code) !== OTHER || code === AMPERSAND;
}

export function isAsciiUpperCase(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isAsciiLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** A–Z or a–z. */
export function isAsciiLetter(code: number): boolean {
  return isAsciiLowerCase(code | 0x20);
}

/** An ASCII capital's lower case; any other code unit as it is. */
export function asciiLowerCase(code: number): number {
  return isAsciiUpperCase(code) ? code + 32 : code;
}

export function isUpperCase(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code < TABLE_SIZE && LOWER_OF[code] !== code);
}

/**
 * A space, a tab, a no-break space or a line break: what parts the words of a name, which a line
 * end may break ("the National Audit\nOffice"); a blank line ends the paragraph before words are read.
 */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d;
}

/** A space, a tab or a line break: the blanks of the patterns that write them `[ \t\r\n]`, no-break spaces left out. */
export function isLineBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}

/** A digit or an underscore glued to a word makes it part of a code, not a figure or a name. */
export function isWordJoiner(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 0x5f;
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** A word read backwards from the gap after it: its text, where it starts, and where the gap starts. */
export interface WordBefore {
  readonly word: string;
  readonly start: number;
  readonly gapStart: number;
}

const SLASH = 0x2f;

/**
 * The run of `isWordCharacter` characters before the gap that ends at `end`, reading back no
 * further than `limit`: a gap of `isGap` characters or, where `slashIsGap`, a single slash
 * ("HSJ/Serco"). Undefined without a gap or a word. Read by hand: a pattern anchored at the end
 * of a slice is tried at each of its positions, and this runs before every number and every
 * word of a name read backwards.
 */
export function wordBefore(text: string, end: number, limit: number, isGap: (code: number) => boolean, isWordCharacter: (code: number) => boolean, slashIsGap = false): WordBefore | undefined {
  let gapStart = end;
  if (slashIsGap && text.charCodeAt(end - 1) === SLASH) {
    gapStart = end - 1;
  } else {
    while (gapStart > limit && isGap(text.charCodeAt(gapStart - 1))) gapStart--;
  }
  if (gapStart === end) return undefined;
  let start = gapStart;
  while (start > limit && isWordCharacter(text.charCodeAt(start - 1))) start--;
  return start === gapStart ? undefined : { word: text.slice(start, gapStart), start, gapStart };
}

/**
 * A name as its value holds it: one space between words, straight apostrophes. Most names are
 * written so already, which a look at their characters tells without the two replacements.
 */
export function nameValueOf(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const plain = code === 0x20 ? isPrintableAscii(text.charCodeAt(index + 1)) : isPrintableAscii(code);
    if (!plain) return text.replace(/\s+/g, ' ').replace(/’/g, "'");
  }
  return text;
}

/** A character of ASCII that is neither white space nor a control character. */
function isPrintableAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** The form a word is looked up by: case, apostrophes and "and" / "&" do not matter. */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'and') return '&';
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
}

/** The hash `WordReader` gives a word whose look-up form is `key`. */
export function hashOfKey(key: string): number {
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (Math.imul(hash, 31) + key.charCodeAt(index)) | 0;
  return hash;
}

const HASH_OF_AND = hashOfKey('and');
const HASH_OF_AMPERSAND = hashOfKey('&');

/**
 * Reads words, one at a time, into its fields: letters with inner apostrophes ("King’s"), digits,
 * or "&". Letters and digits are apart, so that a name glued to a date in scraped pages
 * ("23/09/2019NHS England") is a word of its own. The word pass makes a reader of its own for each
 * paragraph and never lets it out, so the compiler keeps its fields in registers: the pass reads
 * every word of a document, and a word read into shared memory cost a tenth of it.
 */
export class WordReader {
  end = 0;
  /** The hash of the word's look-up form (`hashOfKey`). */
  hash = 0;
  /** A possessive ("NHS’s"), whose word without its "’s" has the hash `baseHash`. */
  possessive = false;
  baseHash = 0;

  /** Reads the word at `start`. */
  read(text: string, start: number): void {
    const first = text.charCodeAt(start);
    const wordClass = classOf(first);
    this.possessive = false;
    if (wordClass === OTHER) {
      this.end = start + 1;
      this.hash = HASH_OF_AMPERSAND;
      return;
    }
    const length = text.length;
    let index = start + 1;
    let hash = LOWER_OF[first];
    let hashBeforeApostrophe = 0;
    let afterApostrophe = -1;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (classOf(code) === wordClass) {
        hash = (Math.imul(hash, 31) + LOWER_OF[code]) | 0;
        index++;
      } else if (wordClass === LETTER && isApostrophe(code) && isLetter(text.charCodeAt(index + 1))) {
        hashBeforeApostrophe = hash;
        afterApostrophe = index + 1;
        index++;
      } else {
        break;
      }
    }
    this.end = index;
    this.hash = hash === HASH_OF_AND ? HASH_OF_AMPERSAND : hash;
    if (afterApostrophe === index - 1 && (text.charCodeAt(index - 1) | 0x20) === 0x73) {
      this.possessive = true;
      this.baseHash = hashBeforeApostrophe;
    }
  }
}
