import type { Span } from '../textDocument';
import { pushTrimmed } from './paragraphs';

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
  for (const line of logicalLines(text, within)) {
    const start = line.start + (LIST_MARKER.exec(text.slice(line.start, line.end))?.[0].length ?? 0);
    splitLine(text, start, line.end, sentences);
  }
  return sentences;
}

/** Whether `span` stands on a line that opens with a bullet or a list number. */
export function isListItem(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return LIST_MARKER.test(text.slice(lineStart, span.end).trimStart());
}

const LIST_MARKER = /^(?:[•●▪◦‣·*\-–—]|\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\))[ \t]+/;
const RUNS_ON_FROM = /[,;&(]$/;
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/** Lines of `within`, trimmed, with hard-wrapped continuations joined. */
function logicalLines(text: string, within: Span): Span[] {
  const lines: Span[] = [];
  pushTrimmedLines(text, within, lines);
  const joined: Span[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && runsOn(text, previous, line)) {
      joined[joined.length - 1] = { start: previous.start, end: line.end };
    } else {
      joined.push(line);
    }
  }
  return joined;
}

function pushTrimmedLines(text: string, within: Span, lines: Span[]): void {
  let lineStart = within.start;
  for (let index = text.indexOf('\n', lineStart); index !== -1 && index < within.end; index = text.indexOf('\n', lineStart)) {
    pushTrimmed(text, lineStart, index, lines);
    lineStart = index + 1;
  }
  pushTrimmed(text, lineStart, within.end, lines);
}

function runsOn(text: string, previous: Span, next: Span): boolean {
  if (lineBreaksBetween(text, previous.end, next.start) >= 2) return false;
  const nextText = text.slice(next.start, Math.min(next.end, next.start + 8));
  if (STARTS_LOWER_CASE.test(nextText)) return true;
  return RUNS_ON_FROM.test(text.slice(previous.end - 1, previous.end)) && !LIST_MARKER.test(text.slice(next.start, next.end));
}

/** How many line breaks `text[from, to)` holds, counting up to two. */
function lineBreaksBetween(text: string, from: number, to: number): number {
  const first = text.indexOf('\n', from);
  if (first === -1 || first >= to) return 0;
  const second = text.indexOf('\n', first + 1);
  return second === -1 || second >= to ? 1 : 2;
}

const TERMINATOR = /[.!?…]+/g;
const CLOSING = /^[”’"')\]»]*/;
/** What a new sentence can start with: a capital, a digit, an opening quote or bracket, a currency sign. */
const SENTENCE_START = /^[\p{Lu}\p{Lt}\d“"‘'([«£$€]/u;
/** Words that take a full stop and are normally followed by a capital or a number, not a new sentence. */
const ABBREVIATIONS = new Set([
  'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'St', 'Sir', 'Dame', 'Rev', 'Revd', 'Cllr', 'Hon', 'Gen', 'Lt', 'Col',
  'e.g', 'i.e', 'eg', 'ie', 'vs', 'v', 'cf', 'No', 'Nos', 'para', 'paras', 'p', 'pp', 'fig', 'Fig',
  'ch', 'Ch', 'vol', 'Vol', 'approx', 'ca', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

function splitLine(text: string, start: number, end: number, sentences: Span[]): void {
  const line = text.slice(start, end);
  let sentenceStart = 0;
  // exec, not matchAll, which copies the pattern for every line.
  TERMINATOR.lastIndex = 0;
  for (let terminator = TERMINATOR.exec(line); terminator; terminator = TERMINATOR.exec(line)) {
    const punctuationEnd = terminator.index + terminator[0].length;
    const boundary = punctuationEnd + (CLOSING.exec(line.slice(punctuationEnd))?.[0].length ?? 0);
    const rest = line.slice(boundary);
    const nextStart = boundary + rest.length - rest.trimStart().length;
    if (nextStart === boundary || nextStart >= line.length) continue;
    if (!SENTENCE_START.test(line.slice(nextStart, nextStart + 2))) continue;
    if (terminator[0] === '.' && isAbbreviation(line, terminator.index)) continue;
    pushTrimmed(text, start + sentenceStart, start + boundary, sentences);
    sentenceStart = nextStart;
  }
  pushTrimmed(text, start + sentenceStart, end, sentences);
}

/** Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(line: string, dot: number): boolean {
  const word = /[^\s(“"‘'[]*$/.exec(line.slice(Math.max(0, dot - 16), dot))?.[0] ?? '';
  return ABBREVIATIONS.has(word) || INITIALS.test(word);
}
