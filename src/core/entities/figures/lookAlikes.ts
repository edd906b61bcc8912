import { isAsciiUpperCase, isLetter } from '../words';
import {
  afterOneOrTwoDigits, blanksStart, isDigit, isLetterOf, isLetterOrDot, isPatternSpace, sticky, stickyAfterBlanks, stickyStartingWith, wordBeforeBlanksStart, WordsInPlace,
} from './reading';

// What only looks like a figure: times, phone numbers, codes, list numbers, labels, addresses.
const TIME = /\d{1,2}(?::\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|(?:[.]\d{2})?\s?[ap]\.?m\b\.?)/iy;
const PHONE = /0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/y;
const PHONE_REST = /[\d\s()-]*/y;
const DIGIT_GROUPS = /(?:[-–]\d+){2,}/y;
const LIST_NUMBER = /\d+(?:\.\d+)*(?:[.)](?=\s)|\s+(?=[A-Z]))/y;
// A label and the numbers it goes on to list before this one: "Paragraphs 1 to ", "Qq 12–15, 98–".
// Sticky: tried at the words before a number that may start it, not at every position before.
const LABEL_AND_NUMBERS_BEFORE = /([A-Za-z][A-Za-z.]*)\s+\d+(?:\.\d+)*(?:(?:\s?[–-]\s?|\s+(?:to|and)\s+|,\s*)\d+(?:\.\d+)*)*(?:\s?[–-]\s?|\s+(?:to|and)\s+|,\s*)$/y;
// Opening hours, "9.00–17.30": two times of day.
const TIME_RANGE = /(\d{1,2})[.:]([0-5]\d)\s?[–-]\s?(\d{1,2})[.:]([0-5]\d)(?![\d%])/y;
// A house number: "150 Southampton Row".
const STREET_AFTER = /\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Row|Lane|Avenue|Square|Place|Way|Terrace|Gardens|Close|Drive|Crescent|Hill|Walk|Court|Embankment|Parade)(?![A-Za-z])/y;
const BRACKETED_REFERENCE = /\d{1,3}\]/y;
// "ISBN 978 1 915839 42 7": the groups of a book or serial number, however they are parted.
const BOOK_NUMBER_BEFORE = /\b(?:ISBN|ISSN)(?:-1[03])?:?\s*$/;
const BOOK_NUMBER = /\d+(?:[ -]\d+)*(?:[ -]?X)?(?![\dA-Za-z])/y;
// The inward half of a postcode, "7TB" after "N1 ".
const POSTCODE_OUTWARD_BEFORE = /\b[A-Z]{1,2}\d[A-Z\d]?\s$/;
const POSTCODE_INWARD_REST = /[A-Z]{2}(?![A-Za-z])/y;
const CAPS_CODE_BEFORE = /(?:^|[^A-Za-z])[A-Z]{2,6}\s$/;
const ORDINAL = /(?:st|nd|rd|th)(?![A-Za-z])/iy;

// Words that make the number after them a label: "page 17", "Method 1", "Year 1", "Band 5".
const LABELS = new Set(('page pages p pp para paras paragraph paragraphs section sections chapter chapters figure ' +
  'figures fig table tables chart graph annex appendix box part method year phase wave step stage tier option ' +
  'recommendation recommendations note notes footnote article clause schedule volume vol issue no number question ' +
  'q item line row column exhibit session level grade band case scenario ward room unit pillar objective priority ' +
  'principle theme standard qq category categories round conclusion conclusions finding findings period').split(' '));

function isTimeSeparator(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return code === 0x2e || code === 0x3a;
}

/** "9.00–17.30": where opening hours at `position` end. */
export function timeRangeEnd(text: string, position: number): number | undefined {
  if (!isTimeSeparator(text, position + 1) && !isTimeSeparator(text, position + 2)) return undefined;
  const times = sticky(TIME_RANGE, text, position);
  return times && Number(times[1]) <= 24 && Number(times[3]) <= 24 ? position + times[0].length : undefined;
}

/** Where a time of day ("14:16", "9am") or a phone number at `position` ends. */
export function timeOrPhoneEnd(text: string, position: number): number | undefined {
  const time = (mayBeTime(text, position) ? sticky(TIME, text, position) : null) ?? stickyStartingWith(PHONE, '0', text, position);
  return time ? position + time[0].length : undefined;
}

/** Whether TIME may match at `position`: one or two digits, then a colon, a dot, or "am" or "pm" after at most a blank. */
function mayBeTime(text: string, position: number): boolean {
  const index = afterOneOrTwoDigits(text, position);
  if (index < 0) return false;
  const code = text.charCodeAt(index);
  return code === 0x3a || code === 0x2e || isLetterOf('ap', code) || (isPatternSpace(code) && isLetterOf('ap', text.charCodeAt(index + 1)));
}

/** After a "+", the rest of an international phone number. */
export function phoneRestEnd(text: string, position: number): number {
  PHONE_REST.lastIndex = position;
  PHONE_REST.exec(text);
  return PHONE_REST.lastIndex;
}

/** "£12.3bn[12]", "[^3]": where a bracketed reference number at `position` ends. */
export function bracketedReferenceEnd(text: string, position: number): number | undefined {
  const before = text.charCodeAt(position - 1);
  if (before !== 0x5b && !(before === 0x5e && text.charCodeAt(position - 2) === 0x5b)) return undefined;
  return sticky(BRACKETED_REFERENCE, text, position) ? BRACKETED_REFERENCE.lastIndex : undefined;
}

/** "ISBN 978 1 915839 42 7": where a book or serial number at `position` ends. */
export function bookNumberEnd(text: string, position: number): number | undefined {
  // Every number is asked, and almost none follows an "IS": look for one before trying the pattern.
  if (!hasIsBefore(text, position) || !BOOK_NUMBER_BEFORE.test(text.slice(Math.max(0, position - 12), position))) return undefined;
  return sticky(BOOK_NUMBER, text, position) ? BOOK_NUMBER.lastIndex : undefined;
}

/** Whether "IS" is written in the 12 code units before `position`, as "ISBN" and "ISSN" are. */
function hasIsBefore(text: string, position: number): boolean {
  for (let index = Math.max(0, position - 12); index + 1 < position; index++) {
    if (text.charCodeAt(index) === 0x49 && text.charCodeAt(index + 1) === 0x53) return true;
  }
  return false;
}

/** "12. ", "3) ", "2 The…" at the start of a line: where a list number at `position` ends. */
export function listNumberEnd(text: string, position: number): number | undefined {
  return isLineStart(text, position) && sticky(LIST_NUMBER, text, position) ? LIST_NUMBER.lastIndex : undefined;
}

function isLineStart(text: string, position: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) return true;
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** "ABC-123-456": groups of digits joined by dashes after the number ending at `end`. */
export function digitGroupsAfter(text: string, end: number): boolean {
  return stickyStartingWith(DIGIT_GROUPS, '-–', text, end) !== null;
}

/** "150 Southampton Row". */
export function streetAfter(text: string, end: number): boolean {
  return stickyAfterBlanks(STREET_AFTER, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', text, end) !== null;
}

/** "1st", "22nd". */
export function ordinalSuffixAt(text: string, end: number): boolean {
  return sticky(ORDINAL, text, end) !== null;
}

/** The "7TB" of "N1 7TB". */
export function postcodeInwardAt(text: string, position: number, end: number): boolean {
  return sticky(POSTCODE_INWARD_REST, text, end) !== null && POSTCODE_OUTWARD_BEFORE.test(text.slice(Math.max(0, position - 6), position));
}

/** "page 17", and the numbers a label goes on to list: "Paragraphs 1 to 3", "Qq 12–15, 98–112". */
export function labelBefore(text: string, position: number): boolean {
  return isLabelBefore(text, Math.max(0, position - 16), position)
    || (followsNumberAndJoiner(text, position) && isLabel(labelAndNumbersBefore(text.slice(Math.max(0, position - 48), position))));
}

/**
 * The word LABEL_AND_NUMBERS_BEFORE captures in `before`, the text before a number. Its match
 * starts at the first letter of a run of letters and dots that blanks and a digit follow, and
 * from any letter of that run matches or fails alike: trying the first letters of such runs in
 * order finds the match a search from each position would find first.
 */
export function labelAndNumbersBefore(before: string): string | undefined {
  let index = 0;
  while (index < before.length) {
    if (!isLetterOrDot(before.charCodeAt(index))) {
      index++;
      continue;
    }
    let firstLetter = -1;
    let runEnd = index;
    for (; runEnd < before.length && isLetterOrDot(before.charCodeAt(runEnd)); runEnd++) {
      if (firstLetter < 0 && before.charCodeAt(runEnd) !== 0x2e) firstLetter = runEnd;
    }
    let next = runEnd;
    while (isPatternSpace(before.charCodeAt(next))) next++;
    if (firstLetter >= 0 && next > runEnd && isDigit(before.charCodeAt(next))) {
      const match = sticky(LABEL_AND_NUMBERS_BEFORE, before, firstLetter);
      if (match) return match[1];
    }
    index = runEnd;
  }
  return undefined;
}

function isLabel(word: string | undefined): boolean {
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return LABELS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** The labels, looked up in place: few words before a number share a label's length and first letter ("the", "of" and "in" none). */
const LABELS_IN_PLACE = new WordsInPlace(LABELS);

/**
 * `isLabel` of the word `wordBeforeBlanks` reads before `end`, read in place: every number not a
 * year asks, and the word is never cut out of the text.
 */
function isLabelBefore(text: string, from: number, end: number): boolean {
  const start = wordBeforeBlanksStart(text, from, end);
  if (start < 0) return false;
  let wordEnd = blanksStart(text, from, end);
  if (text.charCodeAt(wordEnd - 1) === 0x2e) wordEnd--;
  return LABELS_IN_PLACE.has(text, start, wordEnd);
}

/**
 * Whether a number, then a dash, a comma, "to" or "and", comes just before `position`, as in a
 * list of numbers; LABEL_AND_NUMBERS_BEFORE matches nothing else, and is tried at each position of
 * the text before.
 */
function followsNumberAndJoiner(text: string, position: number): boolean {
  let index = position - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  const character = text[index];
  let joinerStart: number;
  if (character === '–' || character === '-' || character === ',') joinerStart = index;
  else if (index < position - 1 && text.startsWith('to', index - 1)) joinerStart = index - 1;
  else if (index < position - 1 && text.startsWith('and', index - 2)) joinerStart = index - 2;
  else return false;
  return isDigit(text.charCodeAt(blanksStart(text, 0, joinerStart) - 1));
}

/** "HC 781", "ISBN 978…", "NHS 111": a bare number after a capitalised code is part of it. */
export function capsCodeBefore(text: string, position: number): boolean {
  // The pattern ends in two capitals and a blank: most numbers have neither before them.
  if (!isPatternSpace(text.charCodeAt(position - 1)) || !isAsciiUpperCase(text.charCodeAt(position - 2)) || !isAsciiUpperCase(text.charCodeAt(position - 3))) return false;
  return CAPS_CODE_BEFORE.test(text.slice(Math.max(0, position - 8), position));
}

/** A digit glued to a letter or an apostrophe before it: "WEV0121", "'45". */
export function gluedToWordBefore(text: string, position: number): boolean {
  const before = text.charCodeAt(position - 1);
  return isLetter(before) || before === 0x27 || before === 0x2019;
}
