import type { Span } from '../textDocument';
import { isPatternSpace } from '../entities/figures/reading';
import { isTrimmedWhitespace, pushTrimmed } from './paragraphs';

/**
 * Sentences in `text` (or in the part of it `within` covers), as trimmed spans in UTF-16 offsets.
 *
 * Policy text is not tidy prose, so a line break also ends a sentence: headings, datelines, web
 * navigation and bullets have no full stop. A break is kept inside a sentence only when the text
 * plainly runs on (hard-wrapped prose: the next line starts in lower case, or this one ends with a
 * comma). A leading bullet or list number is left out of the span.
 */
export function splitSentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const sentences: Span[] = [];
  forEachLogicalLine(text, within, (start, end) => {
    splitLine(text, start + (mayOpenListMarker(text.charCodeAt(start)) ? LIST_MARKER.exec(text.slice(start, end))?.[0].length ?? 0 : 0), end, sentences);
  });
  return sentences;
}

/** Whether `span` stands on a line that opens with a bullet or a list number. */
export function isListItem(text: string, span: Span): boolean {
  let lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  while (lineStart < span.end && isPatternSpace(text.charCodeAt(lineStart))) lineStart++;
  return mayOpenListMarker(text.charCodeAt(lineStart)) && LIST_MARKER.test(text.slice(lineStart, span.end));
}

const LIST_MARKER = /^(?:[•●▪◦‣·*\-–—]|\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\))[ \t]+/;
/** What a line that runs on into the next may end with. */
const RUNS_ON_FROM = ',;&(';
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/** A character a LIST_MARKER match can start with: a bullet or dash, a digit, a bracket, a lower-case letter. */
function mayOpenListMarker(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || code === 0x28 || code === 0x2a || code === 0x2d;
  // • ● ▪ ◦ ‣ · – —
  return code === 0x2022 || code === 0x25cf || code === 0x25aa || code === 0x25e6 || code === 0x2023 || code === 0xb7 || code === 0x2013 || code === 0x2014;
}

/**
 * Gives `take` the lines of `within`, trimmed, with hard-wrapped continuations joined; as
 * offsets, not spans, since this runs for every paragraph that is analysed.
 */
function forEachLogicalLine(text: string, within: Span, take: (start: number, end: number) => void): void {
  let joinedStart = -1;
  let joinedEnd = -1;
  for (let lineStart = within.start; lineStart <= within.end;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 || lineBreak >= within.end ? within.end : lineBreak;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isTrimmedWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isTrimmedWhitespace(text.charCodeAt(end - 1))) end--;
    lineStart = lineEnd + 1;
    if (end === start) continue;
    if (joinedStart >= 0 && runsOn(text, joinedEnd, start, end)) {
      joinedEnd = end;
      continue;
    }
    if (joinedStart >= 0) take(joinedStart, joinedEnd);
    joinedStart = start;
    joinedEnd = end;
  }
  if (joinedStart >= 0) take(joinedStart, joinedEnd);
}

/** Whether the line at `[nextStart, nextEnd)` carries on the one that ends at `previousEnd`. */
function runsOn(text: string, previousEnd: number, nextStart: number, nextEnd: number): boolean {
  if (lineBreaksBetween(text, previousEnd, nextStart) >= 2) return false;
  const first = text.charCodeAt(nextStart);
  if (first < 0x80 ? first >= 0x61 && first <= 0x7a : STARTS_LOWER_CASE.test(text.slice(nextStart, Math.min(nextEnd, nextStart + 2)))) return true;
  return RUNS_ON_FROM.includes(text[previousEnd - 1]) && !(mayOpenListMarker(first) && LIST_MARKER.test(text.slice(nextStart, nextEnd)));
}

/** How many line breaks `text[from, to)` holds, counting up to two. */
function lineBreaksBetween(text: string, from: number, to: number): number {
  const first = text.indexOf('\n', from);
  if (first === -1 || first >= to) return 0;
  const second = text.indexOf('\n', first + 1);
  return second === -1 || second >= to ? 1 : 2;
}

/** What ends a sentence: . ! ? or …, a run of them counting as one. */
const TERMINATORS = /[.!?…]+/g;

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What may close a sentence after its terminator: closing quotes and brackets. */
function isClosing(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0xbb;
}

/** What a new sentence can start with: a capital, a digit, an opening quote or bracket, a currency sign. */
const SENTENCE_START = /^[\p{Lu}\p{Lt}\d“"‘'([«£$€]/u;
/** Words that take a full stop and are normally followed by a capital or a number, not a new sentence. */
const ABBREVIATIONS = new Set([
  'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'St', 'Sir', 'Dame', 'Rev', 'Revd', 'Cllr', 'Hon', 'Gen', 'Lt', 'Col',
  'e.g', 'i.e', 'eg', 'ie', 'vs', 'v', 'cf', 'No', 'Nos', 'para', 'paras', 'p', 'pp', 'fig', 'Fig',
  'ch', 'Ch', 'vol', 'Vol', 'approx', 'ca', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** How far back from a full stop the word it may close is read. */
const ABBREVIATION_REACH = 16;

/**
 * Splits the line `text[start, end)` at its sentences' ends, read a character at a time (this runs
 * over every paragraph that is analysed, where a pattern's matches and slices cost more).
 */
function splitLine(text: string, start: number, end: number, sentences: Span[]): void {
  let sentenceStart = start;
  // The pattern finds the next terminator faster than a loop over the characters; test, not exec,
  // as only where the run of terminators ends is wanted (it starts after the character before it
  // that is none).
  TERMINATORS.lastIndex = start;
  while (TERMINATORS.test(text)) {
    let runStart = TERMINATORS.lastIndex - 1;
    while (runStart > start && isTerminator(text.charCodeAt(runStart - 1))) runStart--;
    if (runStart >= end) break;
    const runEnd = Math.min(TERMINATORS.lastIndex, end);
    let boundary = runEnd;
    while (boundary < end && isClosing(text.charCodeAt(boundary))) boundary++;
    let nextStart = boundary;
    while (nextStart < end && isPatternSpace(text.charCodeAt(nextStart))) nextStart++;
    if (nextStart === boundary || nextStart >= end) continue;
    if (!startsSentence(text, nextStart, end)) continue;
    if (runEnd - runStart === 1 && text.charCodeAt(runStart) === 0x2e && isAbbreviation(text, start, runStart)) continue;
    pushTrimmed(text, sentenceStart, boundary, sentences);
    sentenceStart = nextStart;
  }
  pushTrimmed(text, sentenceStart, end, sentences);
}

function startsSentence(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0x80) return SENTENCE_START.test(text.slice(at, Math.min(at + 2, end)));
  // SENTENCE_START's ASCII characters.
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b || code === 0x24;
}

/** Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence; the line starts at `lineStart`. */
function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let wordStart = dot;
  const reach = Math.max(lineStart, dot - ABBREVIATION_REACH);
  while (wordStart > reach && !endsWordBefore(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot);
  return ABBREVIATIONS.has(word) || INITIALS.test(word);
}

/** What parts an abbreviation from what is before it: white space, an opening bracket or quote. */
function endsWordBefore(code: number): boolean {
  return isPatternSpace(code) || code === 0x28 || code === 0x201c || code === 0x22 || code === 0x2018 || code === 0x27 || code === 0x5b;
}
