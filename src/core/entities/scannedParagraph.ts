import type { Paragraph } from '../paragraphs';
import type { Entity } from './types';

/** Where a word stands alone in a document. */
export interface WordUse {
  readonly word: string;
  readonly index: number;
}

/** Whether the words around an acronym make it an organisation's name: "the SEC said" always, "the SEC" where used before. */
export type AcronymSignal = 'always' | 'if recurring' | 'never';

/** A standalone acronym of a paragraph, at an offset into the paragraph. */
export interface AcronymUse {
  readonly word: string;
  readonly index: number;
  readonly signal: AcronymSignal;
}

/** A paragraph with its entities, at offsets into the document. */
export interface ScannedParagraph extends Paragraph {
  readonly entities: readonly Entity[];
  /**
   * The paragraph's last search for standalone words, offsets into the paragraph: a re-scan that
   * searches for the same words (most do, an edit rarely adds an acronym) reads it instead of
   * searching the paragraphs it reuses, so the search costs what changed, not the document.
   */
  wordSearch?: { readonly pattern: string; readonly uses: readonly WordUse[] };
  /** The paragraph's candidate acronyms, which depend on its text alone: found once, on the first scan that asks. */
  acronyms?: readonly AcronymUse[];
}

/**
 * Where `words` stand alone in the paragraphs, not inside a longer word, in document order. No
 * word spans a blank line, so searching paragraph by paragraph finds what a search of the whole
 * text would. The boundary before is checked by hand: a look-behind at the start of the pattern
 * makes the engine try every position.
 */
export function standaloneUses(paragraphs: readonly ScannedParagraph[], words: readonly string[]): WordUse[] {
  const source = `(?:${words.join('|')})(?![A-Za-z0-9])`;
  const pattern = new RegExp(source, 'g');
  const found: WordUse[] = [];
  for (const paragraph of paragraphs) {
    let search = paragraph.wordSearch;
    if (search?.pattern !== source) {
      const uses: WordUse[] = [];
      for (const match of paragraph.text.matchAll(pattern)) {
        if (!/[A-Za-z0-9]/.test(paragraph.text[match.index - 1] ?? '')) uses.push({ word: match[0], index: match.index });
      }
      paragraph.wordSearch = search = { pattern: source, uses };
    }
    for (const { word, index } of search.uses) found.push({ word, index: paragraph.start + index });
  }
  return found;
}
