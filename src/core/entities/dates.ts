import type { DateValue } from './types';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names and abbreviations, full names first so "June" is not read as "Jun". */
export const MONTH_PATTERN = Object.keys(MONTHS).join('|');
/** Month names and abbreviations in lower case. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);

export function monthNumber(lowerCaseName: string): number | undefined {
  return MONTHS[lowerCaseName];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Counted rather than asked of a `Date`, which cost a figure reader more than the rest of reading
 * a date; years 0 to 99 are 1900 to 1999, as `Date.UTC` takes them.
 */
function daysInMonth(year: number, month: number): number {
  const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = fullYear % 4 === 0 && (fullYear % 100 !== 0 || fullYear % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

function fullYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/**
 * ISO day for a day, month and year as written ("17" is 2017); without a year, the ISO 8601
 * partial form "--MM-DD". Undefined when the day cannot exist.
 */
export function dayDate(day: number, month: number, yearText: string | undefined): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (yearText === undefined) return day <= daysInMonth(2000, month) ? `--${pad(month)}-${pad(day)}` : undefined;
  const year = fullYear(yearText);
  return day <= daysInMonth(year, month) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

export function monthSpan(year: number, month: number): DateValue | undefined {
  if (month < 1 || month > 12) return undefined;
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

/** A calendar quarter, "Q3 2024" or the statisticians' "2024 Q3". */
export function quarterSpan(year: number, quarter: number): DateValue | undefined {
  if (!isPlausibleYear(year) || quarter < 1 || quarter > 4) return undefined;
  const lastMonth = quarter * 3;
  return { from: `${year}-${pad(lastMonth - 2)}-01`, to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}` };
}

/** A quarter of the UK fiscal year that starts in April of `firstYear`: Q1 is April to June, Q4 January to March. */
export function fiscalQuarterSpan(firstYear: number, quarter: number): DateValue | undefined {
  const calendarQuarter = quarter === 4 ? 1 : quarter + 1;
  return quarterSpan(quarter === 4 ? firstYear + 1 : firstYear, calendarQuarter);
}

function isPlausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2099;
}

/**
 * UK fiscal years, which run 1 April to 31 March: "2015-16", "2015/16", "2015–2016", and a run of
 * them such as "2017-19".
 */
export function fiscalYears(firstYear: number, lastText: string): DateValue | undefined {
  if (!isPlausibleYear(firstYear)) return undefined;
  let lastYear = Number(lastText);
  if (lastText.length === 2) {
    lastYear += firstYear - (firstYear % 100);
    if (lastYear <= firstYear) lastYear += 100;
    if (lastYear - firstYear > 10) return undefined;
  } else if (lastYear !== firstYear + 1) {
    return undefined;
  }
  return { from: `${firstYear}-04-01`, to: `${lastYear}-03-31` };
}

/** A span of calendar years written as one, "2011–2015". */
export function yearSpan(firstYear: number, lastText: string): DateValue | undefined {
  const lastYear = Number(lastText);
  if (lastText.length !== 4 || !isPlausibleYear(firstYear) || lastYear <= firstYear || lastYear - firstYear > 100) return undefined;
  return { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
}
