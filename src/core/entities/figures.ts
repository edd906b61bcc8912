import type { FigureEntity } from './types';
import type { CandidateWords, OffsetList } from './candidateWords';
import { clean, FRACTION_WORDS, isNumberWordAt, NUMBER_WORDS, numberWordValue, WRITTEN_NUMBER, writtenNumberValue } from './numberWords';
import { shareRangeUnits } from './ranges';
import { hedgeBefore, NO_HEDGE } from './hedges';
import { isAsciiUpperCase, isBlank, isLetter, isWordJoiner } from './words';
import { MONTH_NAMES } from './dates';
import { type Figure, isDigit, isFourDigits, isPatternSpace, isYear, numberEnd, skipToken, type Step, sticky, stickyAfterBlanks, stickyStartingWith, valueOfDigits } from './figures/reading';
import { amountBefore, CURRENCY_WORD_FIRSTS, CURRENCY_WORDS, GLUED_SCALE, moneyAt, penceAt, SCALES, scaleAt } from './figures/money';
import { percentAfter } from './figures/percent';
import { fractionAfterNumber, fractionAt, proportionAfter } from './figures/proportion';
import { dateAt, decadeAt, monthAt, namedFiscalYear, quarterBefore, quarterWordAt, yearBeforeFootnote } from './figures/date';
import {
  bookNumberEnd, bracketedReferenceEnd, capsCodeBefore, digitGroupsAfter, gluedToWordBefore, labelBefore, listNumberEnd,
  ordinalSuffixAt, phoneRestEnd, postcodeInwardAt, streetAfter, timeOrPhoneEnd, timeRangeEnd,
} from './figures/lookAlikes';

/**
 * Finds the figures of one paragraph, looking where `findCandidateWords` found digits, currency
 * signs and words that may be a number or a month (the standard's money, percent, proportion, date and quantity
 * rows) and leaves out what only looks like one: footnote markers, list and page numbers, codes,
 * phone numbers, postcodes, times, ordinals and numbers inside names.
 */
export function detectFigures(text: string, candidates: Pick<CandidateWords, 'numbers' | 'figureWords'>): FigureEntity[] {
  if (candidates.numbers.length === 0 && candidates.figureWords.length === 0) return [];
  return shareRangeUnits(text, new FigureReader(text, candidates.numbers, candidates.figureWords).read());
}

/** What a word a figure may start with is: one look-up tells a word that starts none from the rest. */
type FigureWordKind = 'number' | 'fraction' | 'month';
const FIGURE_WORD_KINDS: ReadonlyMap<string, FigureWordKind> = new Map([
  ...NUMBER_WORDS.map((word) => [word, 'number'] as const),
  ...Object.keys(FRACTION_WORDS).map((word) => [word, 'fraction'] as const),
  ...MONTH_NAMES.map((word) => [word, 'month'] as const),
]);

/** The words a figure may start with, in their look-up form. */
export const FIGURE_START_WORDS: ReadonlySet<string> = new Set(FIGURE_WORD_KINDS.keys());

const UNIT = /(?:km|kg|mg|ml|cm|mm|mph|kwh|kw|mwh|mw|gwh|gw|twh|ha|ft|gb|tb|mb)(?![A-Za-z])/iy;
// "Forty-fourth", "twenty-fifth": an ordinal, not a number and not a fraction.
const ORDINAL_AFTER_TENS = /-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![A-Za-z])/iy;
const ONE_COUNTED_WITH = /\s+(?:or|to)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)/iy;
// "the three-strikes rule": a number word hyphened to a plural names a rule or a slogan; a count
// is hyphened to a singular ("a three-year plan", "the two-child limit").
const HYPHENED_PLURAL = /-[a-z]+[^s\W]s(?![A-Za-z-])/y;
// What comes before a sentence's first word: its start, or the end of the sentence before.
const SENTENCE_START_BEFORE = /(?:^|[.!?:;]["”’')\]]*\s+|\n\s*|^["“‘(]|[•*–-]\s+)$/;
// Prefixes that may be hyphened to a year without making it a name: "mid-2015", "pre-2010".
const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late']);

// What glues a footnote marker to the text before it, and what joins a number to a word before it;
// each read by one look at a character rather than a pattern, as every number is asked.
const FOOTNOTE_GLUE = '.,;:)]”"%';
const WORD_JOINERS = '-–/';

const HYPHEN = 0x2d;
const MINUS = 0x2212;
const OPENING_BRACKET = 0x28;
// Beyond any offset into a paragraph: no candidate left.
const NONE_LEFT = 0x7fffffff;

/** The same amount, share or count below zero. */
function negated(figure: Figure): Figure {
  switch (figure.kind) {
    case 'money': return { ...figure, value: { ...figure.value, amount: -figure.value.amount } };
    case 'percent': return { ...figure, value: { ...figure.value, percent: -figure.value.percent } };
    case 'quantity': return { ...figure, value: { number: -figure.value.number } };
    default: return figure;
  }
}

class FigureReader {
  private readonly figures: FigureEntity[] = [];
  private lastEnd = 0;

  constructor(private readonly text: string, private readonly numberList: OffsetList, private readonly wordList: OffsetList) {}

  read(): FigureEntity[] {
    const text = this.text;
    const numbers = this.numberList.values;
    const words = this.wordList.values;
    const numberCount = this.numberList.length;
    const wordCount = this.wordList.length;
    let numberIndex = 0;
    let wordIndex = 0;
    let from = 0;
    for (;;) {
      while (numberIndex < numberCount && numbers[numberIndex + 1] <= from) numberIndex += 2;
      while (wordIndex < wordCount && words[wordIndex] < from) wordIndex += 2;
      // Any digit may start a figure, so one inside a run of digits is looked at too. Offsets
      // past the paragraph stand for none left: compared as small integers, not as Infinity.
      const nextNumber = numberIndex < numberCount ? Math.max(numbers[numberIndex], from) : NONE_LEFT;
      const nextWord = wordIndex < wordCount ? words[wordIndex] : NONE_LEFT;
      if (nextNumber === NONE_LEFT && nextWord === NONE_LEFT) break;
      let step: Step;
      if (nextNumber <= nextWord) {
        step = isDigit(text.charCodeAt(nextNumber)) ? this.digitsAt(nextNumber) : moneyAt(text, nextNumber) ?? { skipTo: nextNumber + 1 };
      } else {
        step = this.wordStepAt(nextWord, words[wordIndex + 1]);
      }
      const position = nextNumber <= nextWord ? nextNumber : nextWord;
      if ('skipTo' in step) {
        from = Math.max(step.skipTo, position + 1);
      } else {
        this.push(step);
        from = step.end;
      }
    }
    return this.figures;
  }

  /**
   * A figure word written whole, not glued to a digit or an underscore, read from `start` to
   * `end`; the word's text is sliced only once the characters around it let it through.
   */
  private wordStepAt(start: number, end: number): Step {
    const text = this.text;
    if (isWordJoiner(text.charCodeAt(start - 1)) || isWordJoiner(text.charCodeAt(end))) return { skipTo: start + 1 };
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    switch (FIGURE_WORD_KINDS.get(lower)) {
      case undefined: return { skipTo: start + 1 };
      case 'number': return this.writtenNumberAt(start, end, lower);
      case 'month': return monthAt(text, start, word);
      case 'fraction': return (lower === 'quarter' ? quarterWordAt(text, start) : undefined) ?? fractionAt(text, start, lower, this.lastEnd);
    }
  }

  private push(found: Figure): void {
    const hedge = found.kind === 'date' ? NO_HEDGE : hedgeBefore(this.text, found.start);
    const bound = hedge.bound ?? found.bound;
    const negative = this.isMinusBefore(found);
    const figure = negative ? negated(found) : found;
    const start = negative ? figure.start - 1 : figure.start;
    // Spelt out in one order rather than spread, so every figure has the same shape: the
    // scanner's hot loops stay fast. Kind and value come from one figure, so they agree. The
    // optional fields are set after, not spread in: spreading took a call and an object each.
    const entity: { -readonly [K in keyof FigureEntity]: FigureEntity[K] } = { kind: figure.kind, start, end: figure.end, text: this.text.slice(start, figure.end), value: figure.value } as FigureEntity;
    if (hedge.approx) entity.approx = true;
    if (bound) entity.bound = bound;
    this.figures.push(entity as FigureEntity);
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
    if (!isBlank(before)) return false;
    let index = figure.start - 2;
    while (index > 0 && isBlank(text.charCodeAt(index))) index--;
    return !/[\d%]/.test(text[index]);
  }

  private digitsAt(position: number): Step {
    const text = this.text;
    if (position > 0) {
      const quarter = quarterBefore(text, position);
      if (quarter) return quarter;
      if (gluedToWordBefore(text, position)) return skipToken(text, position);
      // A number glued to the end of a sentence, a figure or a quotation is a footnote marker.
      if (FOOTNOTE_GLUE.includes(text[position - 1])) return skipToken(text, position);
      // So is a number alone in square brackets, "£12.3bn[12]", "as reported [4]", "[^3]".
      const reference = bracketedReferenceEnd(text, position);
      if (reference !== undefined) return { skipTo: reference };
      if (WORD_JOINERS.includes(text[position - 1]) && isLetter(text.charCodeAt(position - 2))) {
        const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, position - 12), position - 1));
        if (!word || !YEAR_PREFIXES.has(word[1].toLowerCase())) return skipToken(text, position);
      }
      if (text.charCodeAt(position - 1) === 0x2b) return { skipTo: phoneRestEnd(text, position) };
    }
    const skipEnd = timeRangeEnd(text, position);
    if (skipEnd !== undefined) return { skipTo: skipEnd };
    const year = yearBeforeFootnote(text, position);
    if (year) return year;
    const bookNumber = bookNumberEnd(text, position);
    if (bookNumber !== undefined) return { skipTo: bookNumber };
    const date = dateAt(text, position);
    if (date) return date;
    const lookAlike = listNumberEnd(text, position) ?? timeOrPhoneEnd(text, position);
    if (lookAlike !== undefined) return { skipTo: lookAlike };
    return this.numberAt(position);
  }

  private numberAt(position: number): Step {
    const text = this.text;
    const end = numberEnd(text, position);
    if (end < 0) return { skipTo: position + 1 };
    const digits = text.slice(position, end);
    if (digits.length > 1 && digits.startsWith('0') && !digits.includes('.')) return skipToken(text, position);
    if (digitGroupsAfter(text, end)) return skipToken(text, position);
    if (text[end] === '/' && isDigit(text.charCodeAt(end + 1))) return skipToken(text, position);
    const value = valueOfDigits(digits);
    const yearLike = isFourDigits(digits) && isYear(value);
    // A label's number is not a figure ("page 17", "wave 2, 85"), but a percentage after it is ("wave 2, 85%").
    if (!yearLike && labelBefore(text, position) && !percentAfter(text, position, end, value)) return skipToken(text, position);
    if (streetAfter(text, end)) return skipToken(text, position);
    // "7.In 2019": a paragraph number glued to the paragraph's first word.
    if (text.charCodeAt(end) === 0x2e && isAsciiUpperCase(text.charCodeAt(end + 1))) return { skipTo: end + 1 };
    const apostropheDecade = yearLike && (text[end] === '’' || text[end] === "'") ? decadeAt(text, position, end, value) : undefined;
    if (apostropheDecade) return apostropheDecade;
    if (isLetter(text.charCodeAt(end))) {
      // "3.5pc", "5percent": a percentage glued to its number.
      const gluedPercent = percentAfter(text, position, end, value);
      if (gluedPercent) return gluedPercent;
      if (ordinalSuffixAt(text, end) || postcodeInwardAt(text, position, end)) return skipToken(text, position);
      const glued = (yearLike ? decadeAt(text, position, end, value) : undefined) ?? penceAt(text, position, end, value);
      if (glued) return glued;
      const unit = sticky(UNIT, text, end);
      if (unit && !sticky(GLUED_SCALE, text, end)) return { kind: 'quantity', start: position, end: end + unit[0].length, value: { number: value } };
      if (!sticky(GLUED_SCALE, text, end)) return skipToken(text, position);
    }
    const figure = this.afterNumber(position, end, value, !yearLike);
    if (figure) return figure;
    if (text[end] === '+' && !isDigit(text.charCodeAt(end + 1))) {
      return { kind: 'quantity', start: position, end: end + 1, value: { number: value }, bound: 'lower' };
    }
    if (yearLike) return namedFiscalYear(text, position, value) ?? { kind: 'date', start: position, end, value: { year: value } };
    if (capsCodeBefore(text, position)) return skipToken(text, position);
    // Counts this large are written with commas or a scale word; six bare digits are a charity,
    // company or reference number.
    if (digits.length >= 6 && /^\d+$/.test(digits)) return skipToken(text, position);
    return { kind: 'quantity', start: position, end, value: { number: value } };
  }

  /** Reads what follows a number: a percent sign, a scale word, a currency word, "out of ten". */
  private afterNumber(start: number, end: number, value: number, scalable: boolean): Figure | undefined {
    const text = this.text;
    const share = percentAfter(text, start, end, value) ?? proportionAfter(text, start, end, value);
    if (share) return share;
    const scale = scalable ? scaleAt(text, end) : null;
    // A bare number is left to the caller, unless a currency word makes it money ("500 euros").
    if (!scale) return stickyAfterBlanks(CURRENCY_WORDS, CURRENCY_WORD_FIRSTS, text, end) ? amountBefore(text, start, end, value) : undefined;
    return amountBefore(text, start, end + scale[0].length, clean(value * SCALES[scale[1].toLowerCase()]));
  }

  /** The number written in words from the number word `lower` at `position` to `wordEnd`, and perhaps on. */
  private writtenNumberAt(position: number, wordEnd: number, lower: string): Step {
    let words: string;
    let value: number;
    if (this.goesOnAfterNumberWord(wordEnd)) {
      const match = sticky(WRITTEN_NUMBER, this.text, position);
      if (!match) return { skipTo: position + 1 };
      words = match[0];
      value = writtenNumberValue(words);
      if (Number.isNaN(value)) {
        words = /^[A-Za-z]+/.exec(words)![0];
        value = writtenNumberValue(words);
      }
    } else {
      // The number is the word alone, as most are ("one of", "two years"): read without the pattern.
      words = this.text.slice(position, wordEnd);
      value = numberWordValue(lower);
    }
    const end = position + words.length;
    const isTens = value >= 20 && value <= 90 && value % 10 === 0;
    if (isTens && sticky(ORDINAL_AFTER_TENS, this.text, end)) return { skipTo: ORDINAL_AFTER_TENS.lastIndex };
    if (labelBefore(this.text, position)) return { skipTo: end };
    const figure = fractionAfterNumber(this.text, position, end, value) ?? this.afterNumber(position, end, value, true);
    if (figure) return figure;
    // Number words inside names and slogans: "the three-strikes rule", "the Big Four".
    if (this.isInsideName(position, words, end)) return { skipTo: end };
    // "one" on its own is a determiner or a pronoun ("one reason", "one of the pillars"), but it
    // counts in "one or two children".
    if (words.toLowerCase() === 'one' && !stickyAfterBlanks(ONE_COUNTED_WITH, 'ot', this.text, end)) return { skipTo: end };
    // "zero" counts only with a unit ("zero per cent", read above): "zero waste", "net zero" are targets.
    if (value === 0) return { skipTo: end };
    return { kind: 'quantity', start: position, end, value: { number: value } };
  }

  /**
   * Whether WRITTEN_NUMBER may read on past the number word that ends at `wordEnd`: a blank or a
   * hyphen and a number word written whole (the pattern keeps a word only before a non-letter),
   * or a blank and an "a" that may start "and".
   */
  private goesOnAfterNumberWord(wordEnd: number): boolean {
    const joiner = this.text.charCodeAt(wordEnd);
    const next = this.text.charCodeAt(wordEnd + 1);
    return ((joiner === 0x20 || joiner === HYPHEN) && isNumberWordAt(this.text, wordEnd + 1))
      || (isPatternSpace(joiner) && (next | 0x20) === 0x61);
  }

  /** A number word that is part of a name or a slogan rather than a count. */
  private isInsideName(position: number, words: string, end: number): boolean {
    if (stickyStartingWith(HYPHENED_PLURAL, '-', this.text, end)) return true;
    // Capitalised in mid-sentence: "Stage Three", "the Big Four", "the Five Eyes".
    return isAsciiUpperCase(words.charCodeAt(0)) && !SENTENCE_START_BEFORE.test(this.text.slice(Math.max(0, position - 6), position));
  }
}
