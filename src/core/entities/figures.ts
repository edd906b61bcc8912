import type { Currency, Entity, EntityValue, FigureKind } from './types';
import type { CandidateWords } from './candidateWords';
import { clean, FRACTION_WORDS, NUMBER_WORDS, WRITTEN_NUMBER, writtenNumberValue } from './numberWords';
import { shareRangeUnits } from './ranges';
import { hedgeBefore } from './hedges';
import { isWordJoiner } from './words';
import { dayDate, fiscalYears, monthNumber, monthSpan, MONTH_NAMES, MONTH_PATTERN, quarterSpan, yearSpan } from './dates';

/**
 * Finds the figures of one paragraph, looking where `findCandidateWords` found digits, currency
 * signs and words that may be a number or a month (the standard's money, percent, proportion, date and quantity
 * rows) and leaves out what only looks like one: footnote markers, list and page numbers, codes,
 * phone numbers, postcodes, times, ordinals and numbers inside names.
 */
export function detectFigures(text: string, candidates: Pick<CandidateWords, 'numbers' | 'figureWords'>): Entity[] {
  if (candidates.numbers.length === 0 && candidates.figureWords.length === 0) return [];
  return shareRangeUnits(text, new FigureReader(text, candidates.numbers, candidates.figureWords).read());
}

interface Figure {
  readonly kind: FigureKind;
  readonly start: number;
  readonly end: number;
  readonly value: EntityValue;
  readonly bound?: 'lower';
}

/** Where to continue after a figure or after something that only looks like one. */
type Step = Figure | { readonly skipTo: number };

// Every figure starts with a currency sign, a digit or one of these words.
/** The words a figure may start with, in their look-up form. */
export const FIGURE_START_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...Object.keys(FRACTION_WORDS), ...MONTH_NAMES]);

const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const CURRENCY_NUMBER = /([£$€])\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/y;
const NUMERIC_DATE = /(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4})(?!\\d))?(?![A-Za-z])`, 'iy');
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iy');
const MONTH_YEAR = new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{4})(?![\\d])`, 'iy');
// Not a quarter of a fiscal year ("Q3 2024-25"): that is read as the fiscal year.
const QUARTER_YEAR = /Q([1-4])\s(\d{4})(?![\d/–-])/y;
const YEAR_QUARTER = /(\d{4})\sQ([1-4])(?![\dA-Za-z])/y;
const YEAR_SPAN = /(\d{4})(\s?[-–—]\s?|\/)(\d{4}|\d{2})(?![\d%])(?!\.\d)/y;
const TIME = /\d{1,2}(?::\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|(?:[.]\d{2})?\s?[ap]\.?m\b\.?)/iy;
const PHONE = /0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/y;
const DIGIT_GROUPS = /(?:[-–]\d+){2,}/y;
const LIST_NUMBER = /\d+(?:\.\d+)*(?:[.)](?=\s)|\s+(?=[A-Z]))/y;
const TOKEN_REST = /[\w./'’–-]*/y;
const PHONE_REST = /[\d\s()-]*/y;

const PERCENT_SIGN = /\s?%(?:\s?(points?)(?![A-Za-z]))?/y;
const PERCENT_WORDS = /\s?(?:per\s?cent|percent|pc)(?![A-Za-z])/iy;
const PERCENTAGE_POINTS = /\s(?:percentage\s)points?(?![A-Za-z])/iy;
const GLUED_SCALE = /(bn|mn|m|k|tn|billion|million)(?![A-Za-z\d])/iy;
const SPACED_SCALE = /\s(billion|million|thousand|trillion|bn|mn)(?![A-Za-z\d])/iy;
const FRACTION_OF_SCALE = /\s+(?:of\s+)?an?\s+(thousand|million|billion)(?![A-Za-z])/iy;
const CURRENCY_WORDS = /\s(pounds(?:\ssterling)?|sterling|euros?|(?:US\s)?dollars?)(?![A-Za-z])/iy;
const PENCE = /p(?![A-Za-z\d])/y;
const ORDINAL = /(?:st|nd|rd|th)(?![A-Za-z])/iy;
const DECADE = /s(?![A-Za-z])/y;
const UNIT = /(?:km|kg|mg|ml|cm|mm|mph|kwh|kw|mwh|mw|gwh|gw|twh|ha|ft|gb|tb|mb)(?![A-Za-z])/iy;
const OUT_OF = /\s+out\s+of\s+/iy;
const IN_EVERY = /\s+in\s+(?:every\s+)?/iy;
const FRACTION_AFTER_NUMBER = new RegExp(`[\\s-](${Object.keys(FRACTION_WORDS).filter((word) => word !== 'half').join('|')})(?![A-Za-z])`, 'iy');
const WORD_BEFORE = /([A-Za-z][A-Za-z.]*)\s+$/;
// A label and the numbers it goes on to list before this one: "Paragraphs 1 to ", "Qq 12–15, 98–".
const LABEL_AND_NUMBERS_BEFORE = /([A-Za-z][A-Za-z.]*)\s+\d+(?:\.\d+)*(?:(?:\s?[–-]\s?|\s+(?:to|and)\s+|,\s*)\d+(?:\.\d+)*)*(?:\s?[–-]\s?|\s+(?:to|and)\s+|,\s*)$/;
// Opening hours, "9.00–17.30": two times of day.
const TIME_RANGE = /(\d{1,2})[.:]([0-5]\d)\s?[–-]\s?(\d{1,2})[.:]([0-5]\d)(?![\d%])/y;
// A house number: "150 Southampton Row".
const STREET_AFTER = /\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Row|Lane|Avenue|Square|Place|Way|Terrace|Gardens|Close|Drive|Crescent|Hill|Walk|Court|Embankment|Parade)(?![A-Za-z])/y;
// "Forty-fourth", "twenty-fifth": an ordinal, not a number and not a fraction.
const ORDINAL_AFTER_TENS = /-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![A-Za-z])/iy;
const ONE_COUNTED_WITH = /\s+(?:or|to)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)/iy;
const BRACKETED_REFERENCE = /\d{1,3}\]/y;
// "ISBN 978 1 915839 42 7": the groups of a book or serial number, however they are parted.
const BOOK_NUMBER_BEFORE = /\b(?:ISBN|ISSN)(?:-1[03])?:?\s*$/;
const BOOK_NUMBER = /\d+(?:[ -]\d+)*(?:[ -]?X)?(?![\dA-Za-z])/y;
// The inward half of a postcode, "7TB" after "N1 ".
const POSTCODE_OUTWARD_BEFORE = /\b[A-Z]{1,2}\d[A-Z\d]?\s$/;
const POSTCODE_INWARD_REST = /[A-Z]{2}(?![A-Za-z])/y;
// "in 2017.3 We heard": a year and a footnote marker, not 2017.3.
const YEAR_AND_FOOTNOTE = /(\d{4})\.\d{1,2}(?=\s+[A-Z“"‘]|\s*$)/y;
const CAPS_CODE_BEFORE = /(?:^|[^A-Za-z])[A-Z]{2,6}\s$/;

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};
const CURRENCY_SIGNS: Record<string, Currency> = { '£': 'GBP', '$': 'USD', '€': 'EUR' };

// Words that make the number after them a label: "page 17", "Method 1", "Year 1", "Band 5".
const LABELS = new Set(('page pages p pp para paras paragraph paragraphs section sections chapter chapters figure ' +
  'figures fig table tables chart graph annex appendix box part method year phase wave step stage tier option ' +
  'recommendation recommendations note notes footnote article clause schedule volume vol issue no number question ' +
  'q item line row column exhibit session level grade band case scenario ward room unit pillar objective priority ' +
  'principle theme standard qq category categories round conclusion conclusions finding findings period').split(' '));
// Prefixes that may be hyphened to a year without making it a name: "mid-2015", "pre-2010".
const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late']);
// Words before "half" that make it a share: "nearly half", "by half".
const HALF_CUES = new Set(['nearly', 'almost', 'over', 'about', 'around', 'roughly', 'approximately', 'than', 'by',
  'just', 'some', 'only', 'under', 'barely', 'fully', 'cut', 'halved']);

const HYPHEN = 0x2d;
const MINUS = 0x2212;
const OPENING_BRACKET = 0x28;

function isBlankOrBreak(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

/** The same amount, share or count below zero. */
function negated(value: EntityValue): EntityValue {
  if ('amount' in value) return { ...value, amount: -value.amount };
  if ('percent' in value) return { ...value, percent: -value.percent };
  if ('number' in value) return { ...value, number: -value.number };
  return value;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isYear(value: number): boolean {
  return value >= 1800 && value <= 2099;
}


class FigureReader {
  private readonly figures: Entity[] = [];
  private lastEnd = 0;

  constructor(private readonly text: string, private readonly numbers: readonly number[], private readonly words: readonly number[]) {}

  read(): Entity[] {
    const { numbers, words } = this;
    let numberIndex = 0;
    let wordIndex = 0;
    let from = 0;
    for (;;) {
      while (numberIndex < numbers.length && numbers[numberIndex + 1] <= from) numberIndex += 2;
      while (wordIndex < words.length && words[wordIndex] < from) wordIndex += 2;
      // Any digit may start a figure, so one inside a run of digits is looked at too.
      const nextNumber = numberIndex < numbers.length ? Math.max(numbers[numberIndex], from) : Infinity;
      const nextWord = wordIndex < words.length ? words[wordIndex] : Infinity;
      const position = Math.min(nextNumber, nextWord);
      if (position === Infinity) break;
      let step: Step;
      if (position === nextNumber) {
        step = this.stepAt(position, this.text[position]);
      } else {
        const word = this.text.slice(position, words[wordIndex + 1]);
        step = this.isFigureWord(position, word) ? this.stepAt(position, word) : { skipTo: position + 1 };
      }
      if ('skipTo' in step) {
        from = Math.max(step.skipTo, position + 1);
      } else {
        this.push(step);
        from = step.end;
      }
    }
    return this.figures;
  }

  /** A candidate is a figure word written whole, not glued to a digit or an underscore. */
  private isFigureWord(start: number, word: string): boolean {
    const end = start + word.length;
    return FIGURE_START_WORDS.has(word.toLowerCase()) && !isWordJoiner(this.text.charCodeAt(start - 1)) && !isWordJoiner(this.text.charCodeAt(end));
  }

  private push(figure: Figure): void {
    const hedge = figure.kind === 'date' ? {} : hedgeBefore(this.text, figure.start);
    const bound = hedge.bound ?? figure.bound;
    const negative = this.isMinusBefore(figure);
    const start = negative ? figure.start - 1 : figure.start;
    this.figures.push({
      kind: figure.kind,
      start,
      end: figure.end,
      text: this.text.slice(start, figure.end),
      value: negative ? negated(figure.value) : figure.value,
      ...(hedge.approx ? { approx: true as const } : {}),
      ...(bound ? { bound } : {}),
    });
    this.lastEnd = figure.end;
  }

  /**
   * A minus sign glued to an amount, a percentage or a count ("-1.7%" in a table, "−£2bn"), with a
   * blank or an opening bracket before it and no figure just before that, which would make it a range.
   */
  private isMinusBefore(figure: Figure): boolean {
    if (figure.kind === 'date' || figure.kind === 'proportion') return false;
    const text = this.text;
    const sign = text.charCodeAt(figure.start - 1);
    if (sign !== HYPHEN && sign !== MINUS) return false;
    if (figure.start === 1) return true;
    const before = text.charCodeAt(figure.start - 2);
    if (before === OPENING_BRACKET) return true;
    if (!isBlankOrBreak(before)) return false;
    let index = figure.start - 2;
    while (index > 0 && isBlankOrBreak(text.charCodeAt(index))) index--;
    return !/[\d%]/.test(text[index]);
  }

  private stepAt(position: number, matched: string): Step {
    const code = matched.charCodeAt(0);
    if (isDigit(code)) return this.digitsAt(position);
    if (matched.length === 1 && !isLetter(code)) return this.moneyAt(position);
    const lower = matched.toLowerCase();
    if (lower in FRACTION_WORDS) return this.fractionAt(position, lower);
    if (monthNumber(lower) !== undefined) return this.monthAt(position, matched);
    return this.writtenNumberAt(position);
  }

  private sticky(pattern: RegExp, position: number): RegExpExecArray | null {
    pattern.lastIndex = position;
    return pattern.exec(this.text);
  }

  private skipToken(position: number): Step {
    TOKEN_REST.lastIndex = position;
    TOKEN_REST.exec(this.text);
    let end = TOKEN_REST.lastIndex;
    while (end > position && /[.'’–-]/.test(this.text[end - 1])) end--;
    return { skipTo: end };
  }

  private moneyAt(position: number): Step {
    const match = this.sticky(CURRENCY_NUMBER, position);
    if (!match) return { skipTo: position + 1 };
    const number = Number(match[2].replace(/,/g, ''));
    let end = position + match[0].length;
    let scale = 1;
    const scaleMatch = this.sticky(GLUED_SCALE, end) ?? this.sticky(SPACED_SCALE, end);
    if (scaleMatch) {
      scale = SCALES[scaleMatch[1].toLowerCase()];
      end += scaleMatch[0].length;
    }
    return { kind: 'money', start: position, end, value: { amount: clean(number * scale), currency: CURRENCY_SIGNS[match[1]] } };
  }

  private digitsAt(position: number): Step {
    const text = this.text;
    const before = text.charCodeAt(position - 1);
    if (position > 0) {
      if (before === 0x51 && !isLetter(text.charCodeAt(position - 2)) && !isDigit(text.charCodeAt(position - 2))) {
        const quarter = this.sticky(QUARTER_YEAR, position - 1);
        const value = quarter && quarterSpan(Number(quarter[2]), Number(quarter[1]));
        if (value) return { kind: 'date', start: position - 1, end: QUARTER_YEAR.lastIndex, value };
      }
      if (isLetter(before) || before === 0x27 || before === 0x2019) return this.skipToken(position);
      // A number glued to the end of a sentence, a figure or a quotation is a footnote marker.
      if (/[.,;:)\]”"%]/.test(text[position - 1])) return this.skipToken(position);
      // So is a number alone in square brackets, "£12.3bn[12]", "as reported [4]", "[^3]".
      if ((before === 0x5b || (before === 0x5e && text.charCodeAt(position - 2) === 0x5b)) && this.sticky(BRACKETED_REFERENCE, position)) {
        return { skipTo: BRACKETED_REFERENCE.lastIndex };
      }
      if (/[-–/]/.test(text[position - 1]) && isLetter(text.charCodeAt(position - 2))) {
        const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, position - 12), position - 1));
        if (!word || !YEAR_PREFIXES.has(word[1].toLowerCase())) return this.skipToken(position);
      }
      if (before === 0x2b) {
        PHONE_REST.lastIndex = position;
        PHONE_REST.exec(text);
        return { skipTo: PHONE_REST.lastIndex };
      }
    }
    // Cheap tests on the code units first, as these patterns seldom match.
    const times = this.isTimeSeparator(position + 1) || this.isTimeSeparator(position + 2) ? this.sticky(TIME_RANGE, position) : null;
    if (times && Number(times[1]) <= 24 && Number(times[3]) <= 24) return { skipTo: position + times[0].length };
    const yearAndFootnote = text[position + 4] === '.' ? this.sticky(YEAR_AND_FOOTNOTE, position) : null;
    if (yearAndFootnote && isYear(Number(yearAndFootnote[1]))) {
      return { kind: 'date', start: position, end: position + 4, value: { year: Number(yearAndFootnote[1]) } };
    }
    if (BOOK_NUMBER_BEFORE.test(text.slice(Math.max(0, position - 12), position)) && this.sticky(BOOK_NUMBER, position)) {
      return { skipTo: BOOK_NUMBER.lastIndex };
    }
    const date = this.dateAt(position);
    if (date) return date;
    if (this.isLineStart(position) && this.sticky(LIST_NUMBER, position)) return { skipTo: LIST_NUMBER.lastIndex };
    const time = this.sticky(TIME, position);
    if (time) return { skipTo: position + time[0].length };
    const phone = this.sticky(PHONE, position);
    if (phone) return { skipTo: position + phone[0].length };
    return this.numberAt(position);
  }

  private isTimeSeparator(position: number): boolean {
    const code = this.text.charCodeAt(position);
    return code === 0x2e || code === 0x3a;
  }

  private isLineStart(position: number): boolean {
    for (let index = position - 1; index >= 0; index--) {
      const char = this.text[index];
      if (char === '\n') return true;
      if (char !== ' ' && char !== '\t') return false;
    }
    return true;
  }

  private dateAt(position: number): Figure | undefined {
    const numeric = this.sticky(NUMERIC_DATE, position);
    if (numeric) {
      const date = dayDate(Number(numeric[1]), Number(numeric[3]), numeric[4]);
      if (date) return { kind: 'date', start: position, end: position + numeric[0].length, value: { date } };
    }
    const dayMonth = this.sticky(DAY_MONTH_YEAR, position);
    if (dayMonth && /^[A-Z]/.test(dayMonth[2])) {
      const date = dayDate(Number(dayMonth[1]), monthNumber(dayMonth[2].toLowerCase()) ?? 0, dayMonth[3]);
      // A full stop after the month ends the sentence unless the month is abbreviated ("8 Feb. 2017").
      const end = position + dayMonth[0].length - (dayMonth[3] === undefined && dayMonth[0].endsWith('.') ? 1 : 0);
      if (date) return { kind: 'date', start: position, end, value: { date } };
    }
    const yearQuarter = this.text.charCodeAt(position + 5) === 0x51 ? this.sticky(YEAR_QUARTER, position) : null;
    if (yearQuarter) {
      const value = quarterSpan(Number(yearQuarter[1]), Number(yearQuarter[2]));
      if (value) return { kind: 'date', start: position, end: position + yearQuarter[0].length, value };
    }
    const span = this.sticky(YEAR_SPAN, position);
    if (span) {
      const value = fiscalYears(Number(span[1]), span[3]) ?? yearSpan(Number(span[1]), span[3]);
      if (value) return { kind: 'date', start: position, end: position + span[0].length, value };
    }
    return undefined;
  }

  private numberAt(position: number): Step {
    const match = this.sticky(NUMBER, position);
    if (!match) return { skipTo: position + 1 };
    const digits = match[0];
    const text = this.text;
    const end = position + digits.length;
    if (digits.length > 1 && digits.startsWith('0') && !digits.includes('.')) return this.skipToken(position);
    if (this.sticky(DIGIT_GROUPS, end)) return this.skipToken(position);
    if (text[end] === '/' && isDigit(text.charCodeAt(end + 1))) return this.skipToken(position);
    const value = Number(digits.replace(/,/g, ''));
    const next = text.charCodeAt(end);
    const yearLike = /^\d{4}$/.test(digits) && isYear(value);
    if (!yearLike && this.labelBefore(position)) return this.skipToken(position);
    if (this.sticky(STREET_AFTER, end)) return this.skipToken(position);
    if (isLetter(next)) {
      if (this.sticky(ORDINAL, end)) return this.skipToken(position);
      if (this.sticky(POSTCODE_INWARD_REST, end) && POSTCODE_OUTWARD_BEFORE.test(text.slice(Math.max(0, position - 6), position))) {
        return this.skipToken(position);
      }
      if (yearLike && value % 10 === 0 && this.sticky(DECADE, end)) {
        return { kind: 'date', start: position, end: end + 1, value: { from: `${value}-01-01`, to: `${value + 9}-12-31` } };
      }
      if (this.sticky(PENCE, end)) return { kind: 'money', start: position, end: end + 1, value: { amount: clean(value / 100), currency: 'GBP' } };
      const unit = this.sticky(UNIT, end);
      if (unit && !this.sticky(GLUED_SCALE, end)) return { kind: 'quantity', start: position, end: end + unit[0].length, value: { number: value } };
      if (!this.sticky(GLUED_SCALE, end)) return this.skipToken(position);
    }
    const figure = this.afterNumber(position, end, value, !yearLike);
    if (figure) return figure;
    if (text[end] === '+' && !isDigit(text.charCodeAt(end + 1))) {
      return { kind: 'quantity', start: position, end: end + 1, value: { number: value }, bound: 'lower' };
    }
    if (yearLike) return { kind: 'date', start: position, end, value: { year: value } };
    if (this.capsCodeBefore(position)) return this.skipToken(position);
    // Counts this large are written with commas or a scale word; six bare digits are a charity,
    // company or reference number.
    if (digits.length >= 6 && /^\d+$/.test(digits)) return this.skipToken(position);
    return { kind: 'quantity', start: position, end, value: { number: value } };
  }

  /** Reads what follows a number: a percent sign, a scale word, a currency word, "out of ten". */
  private afterNumber(start: number, end: number, value: number, scalable: boolean): Figure | undefined {
    const percentSign = this.sticky(PERCENT_SIGN, end);
    if (percentSign) {
      return { kind: 'percent', start, end: end + percentSign[0].length, value: percentSign[1] ? { percent: value, points: true } : { percent: value } };
    }
    const points = this.sticky(PERCENTAGE_POINTS, end);
    if (points) return { kind: 'percent', start, end: end + points[0].length, value: { percent: value, points: true } };
    const percentWords = this.sticky(PERCENT_WORDS, end);
    if (percentWords) return { kind: 'percent', start, end: end + percentWords[0].length, value: { percent: value } };
    const proportion = this.proportionAfter(start, end, value);
    if (proportion) return proportion;
    let scaled = value;
    let scaledEnd = end;
    const scale = scalable ? this.sticky(GLUED_SCALE, end) ?? this.sticky(SPACED_SCALE, end) : null;
    if (scale) {
      scaled = clean(value * SCALES[scale[1].toLowerCase()]);
      scaledEnd += scale[0].length;
    }
    // A bare number is left to the caller, unless a currency word makes it money ("500 euros").
    if (!scale && !this.sticky(CURRENCY_WORDS, scaledEnd)) return undefined;
    return this.amountBefore(start, scaledEnd, scaled);
  }

  /** Money when a currency word follows `end` ("3 million euros", "half a billion pounds"), else a quantity. */
  private amountBefore(start: number, end: number, amount: number): Figure {
    const currency = this.sticky(CURRENCY_WORDS, end);
    if (currency) {
      const word = currency[1].toLowerCase();
      const code: Currency = word.includes('dollar') ? 'USD' : word.startsWith('euro') ? 'EUR' : 'GBP';
      return { kind: 'money', start, end: end + currency[0].length, value: { amount, currency: code } };
    }
    return { kind: 'quantity', start, end, value: { number: amount } };
  }

  /** "8 out of 10", "one in five", "six in ten". */
  private proportionAfter(start: number, end: number, numerator: number): Figure | undefined {
    const outOf = this.sticky(OUT_OF, end);
    const inEvery = outOf ? null : this.sticky(IN_EVERY, end);
    const joiner = outOf ?? inEvery;
    if (!joiner) return undefined;
    const denominatorStart = end + joiner[0].length;
    const denominator = this.countAt(denominatorStart);
    if (!denominator || denominator.value <= 0) return undefined;
    if (inEvery && (denominator.value <= numerator || denominator.yearLike)) return undefined;
    return { kind: 'proportion', start, end: denominator.end, value: { ratio: clean(numerator / denominator.value) } };
  }

  private countAt(position: number): { value: number; end: number; yearLike: boolean } | undefined {
    const digits = this.sticky(NUMBER, position);
    if (digits) {
      const value = Number(digits[0].replace(/,/g, ''));
      const end = position + digits[0].length;
      if (isLetter(this.text.charCodeAt(end))) return undefined;
      return { value, end, yearLike: /^\d{4}$/.test(digits[0]) };
    }
    const words = this.sticky(WRITTEN_NUMBER, position);
    if (!words) return undefined;
    const value = writtenNumberValue(words[0]);
    return Number.isNaN(value) ? undefined : { value, end: position + words[0].length, yearLike: false };
  }

  private writtenNumberAt(position: number): Step {
    const match = this.sticky(WRITTEN_NUMBER, position);
    if (!match) return { skipTo: position + 1 };
    let words = match[0];
    let value = writtenNumberValue(words);
    if (Number.isNaN(value)) {
      words = /^[A-Za-z]+/.exec(words)![0];
      value = writtenNumberValue(words);
    }
    const end = position + words.length;
    const isTens = value >= 20 && value <= 90 && value % 10 === 0;
    if (isTens && this.sticky(ORDINAL_AFTER_TENS, end)) return { skipTo: ORDINAL_AFTER_TENS.lastIndex };
    if (this.labelBefore(position)) return { skipTo: end };
    const fraction = this.sticky(FRACTION_AFTER_NUMBER, end);
    if (fraction) {
      return { kind: 'proportion', start: position, end: end + fraction[0].length, value: { ratio: clean(value * FRACTION_WORDS[fraction[1].toLowerCase()]) } };
    }
    const figure = this.afterNumber(position, end, value, true);
    if (figure) return figure;
    // "one" on its own is a determiner or a pronoun ("one reason", "one of the pillars"), but it
    // counts in "one or two children".
    if (words.toLowerCase() === 'one' && !this.sticky(ONE_COUNTED_WITH, end)) return { skipTo: end };
    return { kind: 'quantity', start: position, end, value: { number: value } };
  }

  /** "a quarter of services", "nearly half of", "cut by a third". */
  private fractionAt(position: number, word: string): Step {
    const end = position + word.length;
    const skip = { skipTo: end };
    const before = this.text.slice(Math.max(this.lastEnd, position - 40), position);
    const after = this.text.slice(end, end + 6);
    const followedByOf = /^\s+of\b/i.test(after);
    const ratio = FRACTION_WORDS[word];
    const article = /(?:^|[^A-Za-z])(an?)\s+$/i.exec(before);
    const start = article ? position - article[0].length + article[0].indexOf(article[1]) : position;
    // "half a million", "a quarter of a billion pounds": an amount, not a share of something.
    const ofScale = word === 'half' || (article && !word.endsWith('s')) ? this.sticky(FRACTION_OF_SCALE, end) : null;
    if (ofScale) return this.amountBefore(word === 'half' ? position : start, end + ofScale[0].length, clean(ratio * SCALES[ofScale[1].toLowerCase()]));
    if (word === 'half') {
      const cue = WORD_BEFORE.exec(before);
      if (!followedByOf && !(cue && HALF_CUES.has(cue[1].toLowerCase()))) return skip;
      // "the first half", "one and a half"; but "and half of the posts" is a share.
      if (cue && (/^(?:first|second|latter|former|a)$/i.test(cue[1]) || (!followedByOf && /^and$/i.test(cue[1])))) return skip;
      return { kind: 'proportion', start: position, end, value: { ratio: clean(ratio) } };
    }
    if (!article || word.endsWith('s')) return skip;
    const cue = WORD_BEFORE.exec(before.slice(0, start - (position - before.length)));
    const endsPhrase = /^\s*(?:[.,;:)]|$)/.test(after);
    if (!followedByOf && !endsPhrase && !(cue && HALF_CUES.has(cue[1].toLowerCase()))) return skip;
    return { kind: 'proportion', start, end, value: { ratio: clean(ratio) } };
  }

  private monthAt(position: number, word: string): Step {
    if (!/^[A-Z]/.test(word)) return { skipTo: position + word.length };
    const full = this.sticky(MONTH_DAY_YEAR, position);
    if (full) {
      const date = dayDate(Number(full[2]), monthNumber(full[1].toLowerCase()) ?? 0, full[3]);
      if (date) return { kind: 'date', start: position, end: position + full[0].length, value: { date } };
    }
    const monthYear = this.sticky(MONTH_YEAR, position);
    if (monthYear) {
      const value = monthSpan(Number(monthYear[2]), monthNumber(monthYear[1].toLowerCase()) ?? 0);
      if (value) return { kind: 'date', start: position, end: position + monthYear[0].length, value };
    }
    return { skipTo: position + word.length };
  }

  /** "page 17", and the numbers a label goes on to list: "Paragraphs 1 to 3", "Qq 12–15, 98–112". */
  private labelBefore(position: number): boolean {
    const isLabel = (match: RegExpExecArray | null) => match !== null && LABELS.has(match[1].toLowerCase().replace(/\.$/, ''));
    return isLabel(WORD_BEFORE.exec(this.text.slice(Math.max(0, position - 16), position)))
      || (this.followsJoiner(position) && isLabel(LABEL_AND_NUMBERS_BEFORE.exec(this.text.slice(Math.max(0, position - 48), position))));
  }

  /** Whether a dash, a comma, "to" or "and" comes just before `position`, as in a list of numbers. */
  private followsJoiner(position: number): boolean {
    let index = position - 1;
    while (index >= 0 && (this.text[index] === ' ' || this.text[index] === '\t')) index--;
    const character = this.text[index];
    if (character === '–' || character === '-' || character === ',') return true;
    return index < position - 1 && (this.text.startsWith('to', index - 1) || this.text.startsWith('and', index - 2));
  }

  /** "HC 781", "ISBN 978…", "NHS 111": a bare number after a capitalised code is part of it. */
  private capsCodeBefore(position: number): boolean {
    return CAPS_CODE_BEFORE.test(this.text.slice(Math.max(0, position - 8), position));
  }
}
