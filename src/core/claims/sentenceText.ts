/**
 * A sentence as the wording tests read it: its text, and the same text in lower case.
 *
 * A case-insensitive pattern costs V8 several times what a case-sensitive one does, and every
 * sentence meets a dozen of them; so each `Wording` tests a lower-case copy of its pattern on the
 * sentence lowered once. That gives the pattern's own answer except where lowering and the
 * pattern's case folding disagree: "ſ" folds to "s" but lowers to itself, "İ" lowers to two
 * characters, the Kelvin sign lowers to "k" (which only a `u` pattern folds it to), and U+0345
 * folds to a letter. A sentence holding one of them is tested with the patterns themselves.
 */
export interface SentenceText {
  readonly text: string;
  /** `text` in lower case, or undefined where lowering could answer differently. */
  readonly lower: string | undefined;
}

const LOWERING_DIFFERS = /[\u017f\u0130\u212a]|\u0345/;

export function sentenceText(text: string): SentenceText {
  return { text, lower: LOWERING_DIFFERS.test(text) ? undefined : text.toLowerCase() };
}

/** Property escapes that name a case, whose meaning under the i flag lowering would change. */
const CASED_PROPERTY = /\\[pP]\{(?:Lu|Ll|Lt|Uppercase|Lowercase|Cased[^}]*)\}/;

/** A case-insensitive pattern, written in lower case, tested on a sentence's lower-case form. */
export class Wording {
  private readonly lowered: RegExp;

  constructor(readonly pattern: RegExp) {
    const literals = pattern.source.replace(/\\[pP]\{[^}]*\}|\\./g, '');
    if (!pattern.flags.includes('i') || pattern.global || pattern.sticky || /\p{Lu}/u.test(literals) || CASED_PROPERTY.test(pattern.source)) {
      throw new Error(`a Wording needs a case-insensitive, non-global pattern written in lower case, with no cased property: ${pattern}`);
    }
    this.lowered = new RegExp(pattern.source, pattern.flags.replace('i', ''));
  }

  test(sentence: SentenceText): boolean {
    return sentence.lower === undefined ? this.pattern.test(sentence.text) : this.lowered.test(sentence.lower);
  }
}
