import { dayDate, fiscalQuarterSpan, fiscalYears, monthNumber, monthSpan, MONTH_PATTERN, quarterSpan, yearSpan } from '../dates';
import { afterOneOrTwoDigits, type Figure, isDigit, isLetterOf, isPatternSpace, isYear, type Step, sticky } from './reading';
import { isAsciiUpperCase, isLetter } from '../words';

const NUMERIC_DATE = /(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4})(?!\\d))?(?![A-Za-z])`, 'iy');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iy');
const MONTH_YEAR = new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?![\\d])`, 'iy');
// A calendar quarter "Q3 2024", or a quarter of a fiscal year "Q3 2024-25".
const QUARTER_YEAR = /Q([1-4])\s(\d{4})(?:([-/–])(\d{2}|\d{4}))?(?![\d/–-])/y;
// "Quarter 2, 2026-27", "Quarter 3 of 2024".
const QUARTER_WORD_YEAR = /Quarter\s+([1-4])(?:\s+of)?,?\s+(\d{4})(?:([-/–])(\d{2}|\d{4}))?(?![\d/–-])/iy;
const YEAR_QUARTER = /(\d{4})\sQ([1-4])(?![\dA-Za-z])/y;
const YEAR_SPAN = /(\d{4})(\s?[-–—]\s?|\/)(\d{4}|\d{2})(?![\d%])(?!\.\d)/y;
// "in 2017.3 We heard": a year and a footnote marker, not 2017.3.
const YEAR_AND_FOOTNOTE = /(\d{4})\.\d{1,2}(?=\s+[A-Z“"‘]|\s*$)/y;
const DECADE = /s(?![A-Za-z])/y;
// "the mid 2040’s": a decade written with an apostrophe, told from a year's possessive by the word before.
const APOSTROPHE_DECADE = /['’]s(?![A-Za-z])/y;
const DECADE_CUE_BEFORE = /(?:^|[^A-Za-z])(?:mid|early|late|the)[ \t-]?$/i;

/** "Q3 2024" whose digits start at `position`, just after the "Q". */
export function quarterBefore(text: string, position: number): Figure | undefined {
  if (text.charCodeAt(position - 1) !== 0x51 || isLetter(text.charCodeAt(position - 2)) || isDigit(text.charCodeAt(position - 2))) return undefined;
  return quarterDate(sticky(QUARTER_YEAR, text, position - 1), position - 1);
}

/** "Quarter 2, 2026-27": a quarter named in words, at `position`. */
export function quarterWordAt(text: string, position: number): Figure | undefined {
  return quarterDate(sticky(QUARTER_WORD_YEAR, text, position), position);
}

/** The date a quarter pattern matched: groups 1 quarter, 2 year, 4 the fiscal year's end when there is one. */
function quarterDate(match: RegExpExecArray | null, start: number): Figure | undefined {
  if (!match) return undefined;
  const quarter = Number(match[1]);
  const year = Number(match[2]);
  const value = match[4] === undefined ? quarterSpan(year, quarter) : fiscalYears(year, match[4]) && fiscalQuarterSpan(year, quarter);
  return value ? { kind: 'date', start, end: start + match[0].length, value } : undefined;
}

/** "in 2017.3": the year alone, the digit after the full stop being a footnote marker. */
export function yearBeforeFootnote(text: string, position: number): Figure | undefined {
  const match = text[position + 4] === '.' ? sticky(YEAR_AND_FOOTNOTE, text, position) : null;
  if (!match || !isYear(Number(match[1]))) return undefined;
  return { kind: 'date', start: position, end: position + 4, value: { year: Number(match[1]) } };
}

/**
 * Whether DAY_MONTH_YEAR may match at `position`: one or two digits, perhaps an ordinal's two
 * letters, blanks, then a month's first letter. Most numbers fail at the first look.
 */
function mayBeDayAndMonth(text: string, position: number): boolean {
  let index = afterOneOrTwoDigits(text, position);
  if (index < 0) return false;
  if (isLetter(text.charCodeAt(index))) index += 2;
  if (!isPatternSpace(text.charCodeAt(index))) return false;
  while (isPatternSpace(text.charCodeAt(index))) index++;
  return isLetterOf('jfmasond', text.charCodeAt(index));
}

/**
 * Whether NUMERIC_DATE may match at `position`: one or two digits, a dot or a slash, one or two
 * digits and the same again. A decimal ("5.3bn") or a number ending a sentence fails at the second digits.
 */
function mayBeNumericDate(text: string, position: number): boolean {
  const separatorAt = afterOneOrTwoDigits(text, position);
  if (separatorAt < 0) return false;
  const separator = text.charCodeAt(separatorAt);
  if (separator !== 0x2e && separator !== 0x2f) return false;
  const secondSeparatorAt = afterOneOrTwoDigits(text, separatorAt + 1);
  return secondSeparatorAt >= 0 && text.charCodeAt(secondSeparatorAt) === separator;
}

/** What YEAR_SPAN allows after a year's digits: a slash, or a dash after at most one blank. */
function isSpanJoinerAt(text: string, position: number): boolean {
  const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;
  const code = text.charCodeAt(position);
  return code === 0x2f || isDash(code) || (isPatternSpace(code) && isDash(text.charCodeAt(position + 1)));
}

/** A date that starts with digits: "08.02.17", "8 February 2017", "2024 Q3", "2015-16". */
export function dateAt(text: string, position: number): Figure | undefined {
  const numeric = mayBeNumericDate(text, position) ? sticky(NUMERIC_DATE, text, position) : null;
  if (numeric) {
    const date = dayDate(Number(numeric[1]), Number(numeric[3]), numeric[4]);
    if (date) return { kind: 'date', start: position, end: position + numeric[0].length, value: { date } };
  }
  const dayMonth = mayBeDayAndMonth(text, position) ? sticky(DAY_MONTH_YEAR, text, position) : null;
  if (dayMonth && isAsciiUpperCase(dayMonth[2].charCodeAt(0))) {
    const date = dayDate(Number(dayMonth[1]), monthNumber(dayMonth[2].toLowerCase()) ?? 0, dayMonth[3]);
    // A full stop after the month ends the sentence unless the month is abbreviated ("8 Feb. 2017").
    const end = position + dayMonth[0].length - (dayMonth[3] === undefined && dayMonth[0].endsWith('.') ? 1 : 0);
    if (date) return { kind: 'date', start: position, end, value: { date } };
  }
  const yearQuarter = text.charCodeAt(position + 5) === 0x51 ? sticky(YEAR_QUARTER, text, position) : null;
  if (yearQuarter) {
    const value = quarterSpan(Number(yearQuarter[1]), Number(yearQuarter[2]));
    if (value) return { kind: 'date', start: position, end: position + yearQuarter[0].length, value };
  }
  // YEAR_SPAN needs a dash or a slash after four digits.
  const span = isDigit(text.charCodeAt(position + 3)) && isSpanJoinerAt(text, position + 4) ? sticky(YEAR_SPAN, text, position) : null;
  if (span) {
    const value = fiscalYears(Number(span[1]), span[3]) ?? yearSpan(Number(span[1]), span[3]);
    if (value) return { kind: 'date', start: position, end: position + span[0].length, value };
  }
  return undefined;
}

// "fiscal year 2024", "FY 2024": a US federal fiscal year, October to September, named by the year it ends in.
const FISCAL_YEAR_BEFORE = /(?:\b[Ff]iscal[ \t]+[Yy]ear|\bFY)[ \t]?$/;

/** "fiscal year 2024" as one date, whose digits start at `position`. */
export function namedFiscalYear(text: string, position: number, year: number): Figure | undefined {
  const words = FISCAL_YEAR_BEFORE.exec(text.slice(Math.max(0, position - 14), position));
  if (!words) return undefined;
  return { kind: 'date', start: position - words[0].length, end: position + 4, value: { from: `${year - 1}-10-01`, to: `${year}-09-30` } };
}

/** "1980s", "the mid 2040’s": a decade, when `value` is a round year and an "s" follows it at `end`. */
export function decadeAt(text: string, start: number, end: number, value: number): Figure | undefined {
  if (value % 10 !== 0) return undefined;
  const suffix = sticky(DECADE, text, end)
    ?? (DECADE_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ? sticky(APOSTROPHE_DECADE, text, end) : null);
  if (!suffix) return undefined;
  return { kind: 'date', start, end: end + suffix[0].length, value: { from: `${value}-01-01`, to: `${value + 9}-12-31` } };
}

/** "March 14, 2019", "October 2014": a date that starts with a month's name. */
export function monthAt(text: string, position: number, word: string): Step {
  if (!isAsciiUpperCase(word.charCodeAt(0))) return { skipTo: position + word.length };
  const full = sticky(MONTH_DAY_YEAR, text, position);
  if (full) {
    const date = dayDate(Number(full[2]), monthNumber(full[1].toLowerCase()) ?? 0, full[3]);
    if (date) return { kind: 'date', start: position, end: position + full[0].length, value: { date } };
  }
  const monthYear = sticky(MONTH_YEAR, text, position);
  if (monthYear) {
    const value = monthSpan(Number(monthYear[2]), monthNumber(monthYear[1].toLowerCase()) ?? 0);
    if (value) return { kind: 'date', start: position, end: position + monthYear[0].length, value };
  }
  return { skipTo: position + word.length };
}
