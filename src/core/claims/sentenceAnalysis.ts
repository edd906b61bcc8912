import type { Entity, EntityKind } from '../entities/types';
import { isPatternSpace } from '../entities/figures/reading';
import { canonicalName, findAttribution, type LocalAttribution } from './attribution';
import { assertsNothing, endsAsStatement, EVIDENTIAL, FORECAST, isAuthorNote, isBoilerplate, presentsTheDocument, RECOMMENDATION } from './claimSignals';
import { quotedRegions } from './quotations';
import { sentenceText, type SentenceText } from './sentenceText';

export type ClaimReason = 'figure' | 'attribution' | 'evidence' | 'forecast' | 'recommendation' | 'quotation';

/** Where a sentence stands, as far as judging it goes. */
export interface SentenceContext {
  /** A quotation opened before the sentence is still open. */
  readonly opensInsideQuote: boolean;
  /** The sentence is an item of a bulleted or numbered list under a lead-in ("The report found:"). */
  readonly listItem: boolean;
  /** The sentence is its paragraph's only one. */
  readonly wholeParagraph: boolean;
}

/** What one sentence holds, judged from its own text, entities and context (so it can be cached by them). */
export type SentenceAnalysis = SentenceFacts & (
  /**
   * What asserts nothing: headlines, bylines, author notes, navigation, questions, fragments,
   * lead-ins ending in a colon and other page furniture. Not offered, so not scored.
   */
  | { readonly statement: false }
  | StatementReading
);

/** What every sentence is read for: who speaks in it and how it stands towards what is around it. */
interface SentenceFacts {
  /** Ends with a colon: it introduces what follows ("The report found:"). */
  readonly leadIn: boolean;
  readonly attribution?: LocalAttribution;
  /** The sentence opens inside quoted speech or with a quotation mark. */
  readonly opensQuoted: boolean;
  /** The sentence is quoted speech with no speaker of its own, so its speaker is in the sentences around it. */
  readonly quotation: boolean;
  readonly endsInsideQuote: boolean;
  /** The organisation the sentence opens with, as its subject ("Ofwat set new limits …"). */
  readonly subjectOrganisation?: string;
  /** Canonical names of the organisations the sentence mentions, in order. */
  readonly organisations: readonly string[];
}

/** A statement, a claim candidate: how strong a one, and whose voice it is in. */
interface StatementReading {
  readonly statement: true;
  readonly reasons: readonly ClaimReason[];
  readonly score: number;
  /** Indexes into the sentence's entities of those that are figures. */
  readonly figures: readonly number[];
  /** In the author's own voice: opens in the first person ("We think …") or presents the document itself ("This note examines …"). */
  readonly authorVoice: boolean;
}

/** Every statement is arguable, so offered; what it holds raises it above the plain ones. */
export const STATEMENT_SCORE = 1;
/** Weights of the things a sentence can hold; a bare year is weak, an amount of money strong. */
const FIGURE_WEIGHT: Partial<Record<EntityKind, number>> = { money: 3, percent: 3, proportion: 2.5, quantity: 2, date: 1.5 };
const BARE_YEAR_WEIGHT = 0.5;
const FURTHER_FIGURE_WEIGHT = 0.25;
const MAX_FIGURE_SCORE = 4;
const ATTRIBUTION_WEIGHT = 2;
const EVIDENCE_WEIGHT = 2;
const FORECAST_WEIGHT = 1.5;
const RECOMMENDATION_WEIGHT = 1;
const QUOTATION_WEIGHT = 0.5;
/** Fewer words than this assert too little to tag ("Here’s why.", "Not so."). */
const MIN_WORDS = 3;
/** Holds MIN_WORDS words or more: that many runs of non-space with space between (as `split(/\s+/)` counts them). */
const ENOUGH_WORDS = new RegExp(`\\s(?:\\S+\\s+){${MIN_WORDS - 2}}`);

/** `entities` are relative to `text`. */
export function analyseSentence(text: string, entities: readonly Entity[], context: SentenceContext): SentenceAnalysis {
  const quoted = quotedRegions(text, context.opensInsideQuote);
  const organisations = ofKind(entities, 'organisation');
  const attribution = findAttribution(text, organisations, ofKind(entities, 'programme'), quoted);
  const opensQuoted = context.opensInsideQuote || /^[“"]/.test(text);
  // Every analysis is built with the same properties in the same order, so that V8 gives them one
  // shape and reads them fast wherever they go.
  const leadIn = endsWithColon(text);
  const quotation = !attribution && opensQuoted;
  const endsInsideQuote = quoted.openAtEnd;
  const subject = subjectOrganisation(text, organisations);
  const names = organisations.length === 0 ? NONE : organisations.map(canonicalName);
  const sentence = statementText(text, context);
  if (sentence === undefined) return notAStatement(leadIn, attribution, opensQuoted, quotation, endsInsideQuote, subject, names);
  let figures: number[] | undefined;
  entities.forEach((entity, index) => {
    if (FIGURE_WEIGHT[entity.kind] !== undefined) (figures ??= []).push(index);
  });
  const figureScore = figures === undefined ? 0 : scoreFigures(figures.map((index) => entities[index]));
  const signposting = presentsTheDocument(sentence);
  if (assertsNothing(sentence, figureScore > 0, signposting)) return notAStatement(leadIn, attribution, opensQuoted, quotation, endsInsideQuote, subject, names);
  const reasons = (figureScore > 0 ? 1 << FIGURE : 0) | (attribution ? 1 << ATTRIBUTION : 0) | (EVIDENTIAL.test(sentence) ? 1 << EVIDENCE : 0)
    | (FORECAST.test(text) ? 1 << FORECAST_REASON : 0) | (RECOMMENDATION.test(sentence) ? 1 << RECOMMENDATION_REASON : 0) | (opensQuoted ? 1 << QUOTATION : 0);
  return {
    statement: true, leadIn, attribution, opensQuoted, quotation, endsInsideQuote, subjectOrganisation: subject, organisations: names,
    reasons: REASON_LISTS[reasons], score: scoreOf(reasons, figureScore), figures: figures ?? NONE, authorVoice: signposting || AUTHOR_VOICE.test(text),
  };
}

/** What every sentence that is no statement is read for; a function, not a closure in analyseSentence, which runs for every sentence. */
function notAStatement(leadIn: boolean, attribution: LocalAttribution | undefined, opensQuoted: boolean, quotation: boolean, endsInsideQuote: boolean, subject: string | undefined, names: readonly string[]): SentenceAnalysis {
  return { statement: false, leadIn, attribution, opensQuoted, quotation, endsInsideQuote, subjectOrganisation: subject, organisations: names };
}

/** The reasons in the order they are listed and added up, as bit positions. */
const REASONS: readonly ClaimReason[] = ['figure', 'attribution', 'evidence', 'forecast', 'recommendation', 'quotation'];
const [FIGURE, ATTRIBUTION, EVIDENCE, FORECAST_REASON, RECOMMENDATION_REASON, QUOTATION] = REASONS.map((_, bit) => bit);
const REASON_WEIGHTS: readonly number[] = [0, ATTRIBUTION_WEIGHT, EVIDENCE_WEIGHT, FORECAST_WEIGHT, RECOMMENDATION_WEIGHT, QUOTATION_WEIGHT];
/** The list of reasons for each set of them, shared by every sentence with that set rather than one list each. */
const REASON_LISTS: readonly (readonly ClaimReason[])[] = Array.from({ length: 1 << REASONS.length }, (_, bits) => REASONS.filter((_, bit) => (bits & (1 << bit)) !== 0));

/** A statement's score: the plain statement's, then each reason's weight (a figure's by its figures) in order. */
function scoreOf(reasons: number, figureScore: number): number {
  let score = STATEMENT_SCORE;
  for (let bit = 0; bit < REASONS.length; bit++) {
    if ((reasons & (1 << bit)) !== 0) score += bit === FIGURE ? figureScore : REASON_WEIGHTS[bit];
  }
  return score;
}

/** `:\s*$` without trying the pattern at every position: the last character that is not white space is a colon. */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && isPatternSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === 0x3a;
}

/** Shared by the many sentences with no organisation or figure, rather than an empty list each. */
const NONE: readonly never[] = [];

/** The entities of one kind, in order; the shared empty list where there are none. */
function ofKind(entities: readonly Entity[], kind: EntityKind): readonly Entity[] {
  let found: Entity[] | undefined;
  for (const entity of entities) {
    if (entity.kind === kind) (found ??= []).push(entity);
  }
  return found ?? NONE;
}

/**
 * The sentence as the wording tests read it if it is a statement, else undefined; lowered only
 * once its ending and length allow it to be one (a third of sentences are not).
 */
function statementText(text: string, context: SentenceContext): SentenceText | undefined {
  if (!endsAsStatement(text) && !(context.listItem && /[\p{Ll}\d%)]$/u.test(text))) return undefined;
  if (!ENOUGH_WORDS.test(text)) return undefined;
  const sentence = sentenceText(text);
  return isBoilerplate(sentence) || (context.wholeParagraph && isAuthorNote(text)) ? undefined : sentence;
}

/** A sentence that opens in the author's first person. */
const AUTHOR_VOICE = /^(?:I|We|We[’']\w+|Our|My|In (?:our|my) (?:view|opinion))\b/;

/** Words that may stand before a sentence's subject: "The", "Last week, the", "But". */
const BEFORE_SUBJECT = /^(?:[\p{L}’',]+\s+){0,3}$/u;

/** The organisation a sentence opens with, as its subject: "Ofwat set new limits", "Last year the National Audit Office examined". */
function subjectOrganisation(text: string, organisations: readonly Entity[]): string | undefined {
  const first = organisations[0];
  return first && BEFORE_SUBJECT.test(text.slice(0, first.start)) ? canonicalName(first) : undefined;
}

function scoreFigures(figures: readonly Entity[]): number {
  const weights = figures.map((figure) => (isBareYear(figure) ? BARE_YEAR_WEIGHT : FIGURE_WEIGHT[figure.kind] ?? 0));
  if (weights.length === 0) return 0;
  return Math.min(MAX_FIGURE_SCORE, Math.max(...weights) + FURTHER_FIGURE_WEIGHT * (weights.length - 1));
}

function isBareYear(figure: Entity): boolean {
  return figure.kind === 'date' && figure.value.year !== undefined && figure.value.from === undefined && figure.value.date === undefined;
}
