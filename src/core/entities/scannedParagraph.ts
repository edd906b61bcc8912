import type { Steps } from '../util/steps';
import type { Span } from '../textDocument';
import type { Entity, Origin } from './types';

/** Where a word stands alone in a document. */
export interface WordUse {
  readonly word: string;
  readonly index: number;
}

/** Whether the words around an acronym make it an organisation's name: "the SEC said" always, "the SEC" where used before. */
export type AcronymSignal = 'always' | 'if recurring' | 'never';

/**
 * An acronym of a paragraph, at an offset into the paragraph, with what the words around it say,
 * which depends on the paragraph's text alone (no check reads past a line break): worked out when
 * a scan first needs it, then kept for the scans that reuse the paragraph.
 */
export interface AcronymUse {
  readonly word: string;
  readonly index: number;
  /** Not inside a longer word or code, nor in a line of capitals. */
  standalone?: boolean;
  signal?: AcronymSignal;
}

/**
 * A paragraph's place and entities, at offsets into the document. Not its text: a slice of one
 * version of the document would keep that whole version alive while a later scan reuses it.
 */
export interface ScannedParagraph extends Span {
  readonly entities: readonly Entity[];
  /**
   * The paragraph's last search for standalone words, offsets into the paragraph: a re-scan that
   * searches for the same words (most do, an edit rarely adds an acronym) reads it instead of
   * searching the paragraphs it reuses, so the search costs what changed, not the document.
   */
  wordSearch?: { readonly pattern: string; readonly uses: readonly WordUse[] };
  /** The paragraph's candidate acronyms, which depend on its text alone: found once, by the first scan that asks. */
  acronyms?: readonly AcronymUse[];
  /**
   * The acronyms and short names the paragraph defines in brackets after its names, "(NAO)":
   * found once, by the first scan that asks, so that a re-scan reads the text after names only
   * in the paragraphs that changed (reading it after each name cost a cache miss a name).
   */
  definitions?: readonly BracketDefinition[];
}

/** "(NAO)" after a name: the acronym it defines, and where the name ends, an offset into its paragraph. */
export interface BracketDefinition {
  readonly end: number;
  readonly acronym: string;
  readonly origin: Origin;
}

const NO_USES: readonly WordUse[] = [];

/**
 * Where `words` stand alone in the paragraphs of `text`, not inside a longer word, in document
 * order, in steps. The boundary before is checked by hand: a look-behind at the start of the
 * pattern makes the engine try every position.
 */
export function* standaloneUses(text: string, paragraphs: readonly ScannedParagraph[], words: readonly string[]): Steps<WordUse[]> {
  const source = `(?:${words.join('|')})(?![A-Za-z0-9])`;
  const found: WordUse[] = [];
  // Most paragraphs use none of the words: they share one record of that.
  const noUses = { pattern: source, uses: NO_USES };
  yield* matchesByParagraph(text, paragraphs, new RegExp(source, 'g'), (paragraph) => paragraph.wordSearch?.pattern !== source, (paragraph, matches) => {
    let uses: WordUse[] | undefined;
    for (const { index, 0: word } of matches) {
      if (!/[A-Za-z0-9]/.test(text[index - 1] ?? '')) (uses ??= []).push({ word, index: index - paragraph.start });
    }
    paragraph.wordSearch = uses ? { pattern: source, uses } : noUses;
  });
  for (let at = 0; at < paragraphs.length; at++) {
    const paragraph = paragraphs[at];
    if (at % PARAGRAPHS_PASSED_PER_STEP === PARAGRAPHS_PASSED_PER_STEP - 1) yield;
    for (const { word, index } of paragraph.wordSearch!.uses) found.push({ word, index: paragraph.start + index });
  }
  return found;
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/** How many paragraphs a search of the document, or a pass over their records, passes between two stops: a fraction of a millisecond's work. */
export const PARAGRAPHS_PASSED_PER_STEP = 64;
/** How many of a document's entities a pass over them goes through between two stops: a fraction of a millisecond's work. */
export const ENTITIES_PER_STEP = 1_024;

/**
 * Gives `search` the matches of `pattern` (global, never empty) in each paragraph `wanted` says
 * to search, at offsets into `text`. Paragraphs searched one after another are searched in one
 * pass over `text`: a match found beyond a paragraph is the first at or after the next one's
 * start, as no match spans a blank line, so a fresh scan searches the document once. A paragraph
 * whose next is not searched is searched alone, so a search never runs on into reused text.
 * Stops every few paragraphs; `pattern` is the search's own, as its `lastIndex` carries over a stop.
 */
export function* matchesByParagraph(text: string, paragraphs: readonly ScannedParagraph[], pattern: RegExp, wanted: (paragraph: ScannedParagraph) => boolean, search: (paragraph: ScannedParagraph, matches: readonly RegExpExecArray[]) => void): Steps<void> {
  let pending: RegExpExecArray | null | undefined;
  for (let at = 0; at < paragraphs.length; at++) {
    if (at % PARAGRAPHS_PASSED_PER_STEP === PARAGRAPHS_PASSED_PER_STEP - 1) yield;
    const paragraph = paragraphs[at];
    if (!wanted(paragraph)) continue;
    if (at + 1 < paragraphs.length && !wanted(paragraphs[at + 1])) {
      search(paragraph, matchesAlone(text, paragraph, pattern));
      pending = undefined;
      continue;
    }
    if (pending === undefined || (pending !== null && pending.index < paragraph.start)) {
      pattern.lastIndex = paragraph.start;
      pending = pattern.exec(text);
    }
    let matches: RegExpExecArray[] | undefined;
    while (pending !== null && pending.index < paragraph.end) {
      (matches ??= []).push(pending);
      pending = pattern.exec(text);
    }
    search(paragraph, matches ?? NO_MATCHES);
  }
}

/** The matches of `pattern` in the paragraph alone, moved to offsets into `text`. */
function matchesAlone(text: string, paragraph: ScannedParagraph, pattern: RegExp): readonly RegExpExecArray[] {
  // matchAll starts where the pattern's lastIndex stands, which a pass over earlier paragraphs moved on.
  pattern.lastIndex = 0;
  const matches = [...text.slice(paragraph.start, paragraph.end).matchAll(pattern)];
  for (const match of matches) match.index += paragraph.start;
  return matches.length === 0 ? NO_MATCHES : matches;
}
