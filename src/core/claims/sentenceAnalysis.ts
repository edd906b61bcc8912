import type { DateValue, Entity, EntityKind } from '../entities/types';
import { findAttribution, type LocalAttribution } from './attribution';
import { ENDS_AS_STATEMENT, EVIDENTIAL, FORECAST, WEB_BOILERPLATE } from './claimSignals';
import { quotedRegions } from './quotations';

export type ClaimReason = 'figure' | 'attribution' | 'evidence' | 'forecast';

/** What one sentence holds, judged from its own text and entities (so it can be cached by them). */
export interface SentenceAnalysis {
  /** False for headlines, bylines, navigation, questions and other text that is not a statement. */
  readonly statement: boolean;
  readonly reasons: readonly ClaimReason[];
  readonly score: number;
  /** Indexes into the sentence's entities of those that are figures. */
  readonly figures: readonly number[];
  readonly attribution?: LocalAttribution;
  /** The sentence is quoted speech with no speaker of its own, so its speaker is in the sentences around it. */
  readonly quotation: boolean;
  readonly endsInsideQuote: boolean;
}

/** Weights of the things a sentence can hold; a bare year is weak, an amount of money strong. */
const FIGURE_WEIGHT: Partial<Record<EntityKind, number>> = { money: 3, percent: 3, proportion: 2.5, quantity: 2, date: 1.5 };
const BARE_YEAR_WEIGHT = 0.5;
const FURTHER_FIGURE_WEIGHT = 0.25;
const MAX_FIGURE_SCORE = 4;
const ATTRIBUTION_WEIGHT = 2;
const EVIDENCE_WEIGHT = 2;
const FORECAST_WEIGHT = 1.5;

/** `entities` are relative to `sentence`. */
export function analyseSentence(sentence: string, entities: readonly Entity[], opensInsideQuote: boolean): SentenceAnalysis {
  const quoted = quotedRegions(sentence, opensInsideQuote);
  const figures = entities.flatMap((entity, index) => (FIGURE_WEIGHT[entity.kind] === undefined ? [] : [index]));
  const attribution = findAttribution(sentence, entities, quoted.mask);
  const reasons: ClaimReason[] = [];
  let score = 0;
  const figureScore = scoreFigures(figures.map((index) => entities[index]));
  if (figureScore > 0) {
    reasons.push('figure');
    score += figureScore;
  }
  if (attribution) {
    reasons.push('attribution');
    score += ATTRIBUTION_WEIGHT;
  }
  if (EVIDENTIAL.test(sentence)) {
    reasons.push('evidence');
    score += EVIDENCE_WEIGHT;
  }
  if (FORECAST.test(sentence)) {
    reasons.push('forecast');
    score += FORECAST_WEIGHT;
  }
  return {
    statement: ENDS_AS_STATEMENT.test(sentence) && !WEB_BOILERPLATE.test(sentence),
    reasons,
    score,
    figures,
    attribution,
    quotation: !attribution && (opensInsideQuote || /^[“"]/.test(sentence)),
    endsInsideQuote: quoted.openAtEnd,
  };
}

function scoreFigures(figures: readonly Entity[]): number {
  const weights = figures.map((figure) => (isBareYear(figure) ? BARE_YEAR_WEIGHT : FIGURE_WEIGHT[figure.kind] ?? 0));
  if (weights.length === 0) return 0;
  return Math.min(MAX_FIGURE_SCORE, Math.max(...weights) + FURTHER_FIGURE_WEIGHT * (weights.length - 1));
}

function isBareYear(figure: Entity): boolean {
  const value = figure.value as DateValue;
  return figure.kind === 'date' && value.year !== undefined && value.from === undefined && value.date === undefined;
}
