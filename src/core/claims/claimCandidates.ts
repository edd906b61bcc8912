import type { Entity } from '../entities/types';
import type { Span } from '../textDocument';
import { canonicalName } from './attribution';
import { COMMENT_FORM_HEADING, COMMENT_METADATA, COMMENTS_HEADING } from './claimSignals';
import { splitParagraphs } from './paragraphs';
import { analyseSentence, type ClaimReason, type SentenceAnalysis } from './sentenceAnalysis';
import { splitSentences } from './sentences';
import { resolveSources } from './sourceResolution';

export type { ClaimReason } from './sentenceAnalysis';

/** A sentence worth tagging as a claim, with what makes it one. */
export interface ClaimCandidate extends Span {
  readonly text: string;
  /** Higher is a stronger candidate: figures, attribution, evidence and forecasts add up. */
  readonly score: number;
  readonly reasons: readonly ClaimReason[];
  /** The organisation or speaker the claim is attributed to. */
  readonly source?: string;
  readonly figures: readonly Entity[];
  /** The paragraph the sentence stands in (code lenses go one per paragraph). */
  readonly paragraph: Span;
}

/** Below this a sentence holds too little to offer as a claim (a bare year alone scores 0.5). */
const MIN_CANDIDATE_SCORE = 1;

interface AnalysedSentence {
  readonly span: Span;
  readonly paragraph: Span;
  readonly paragraphIndex: number;
  readonly entities: readonly Entity[];
  readonly analysis: SentenceAnalysis;
}

/**
 * Finds claim candidates, remembering each sentence's analysis so that after an edit only the
 * sentences that changed are analysed again (LTeX's per-sentence cache). Use one finder per
 * document: the cache keeps only the sentences of the last text it was given.
 */
export class ClaimCandidateFinder {
  private cache = new Map<string, SentenceAnalysis>();

  /** Candidates in document order; `entities` are the document's, in UTF-16 offsets. */
  find(text: string, entities: readonly Entity[]): ClaimCandidate[] {
    const sentences = this.analyse(text, entities);
    const sources = resolveSources(sentences.map((sentence) => ({
      paragraphIndex: sentence.paragraphIndex,
      attribution: sentence.analysis.statement ? sentence.analysis.attribution : undefined,
      quotation: sentence.analysis.quotation,
      organisations: sentence.entities.filter((entity) => entity.kind === 'organisation').map(canonicalName),
    })));
    const candidates: ClaimCandidate[] = [];
    sentences.forEach(({ span, paragraph, entities: sentenceEntities, analysis }, index) => {
      if (!analysis.statement || analysis.score < MIN_CANDIDATE_SCORE) return;
      candidates.push({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        score: analysis.score,
        reasons: analysis.reasons,
        ...(sources[index] === undefined ? {} : { source: sources[index] }),
        figures: analysis.figures.map((figure) => sentenceEntities[figure]),
        paragraph,
      });
    });
    return candidates;
  }

  private analyse(text: string, entities: readonly Entity[]): AnalysedSentence[] {
    const byStart = [...entities].sort((a, b) => a.start - b.start);
    const used = new Map<string, SentenceAnalysis>();
    const sentences: AnalysedSentence[] = [];
    let firstEntity = 0;
    const paragraphs = splitParagraphs(text);
    for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
      if (opensReaderComments(text, paragraphs, paragraphIndex)) break;
      let insideQuote = false;
      for (const span of splitSentences(text, paragraph)) {
        while (firstEntity < byStart.length && byStart[firstEntity].start < span.start) firstEntity++;
        const sentenceEntities: Entity[] = [];
        for (let index = firstEntity; index < byStart.length && byStart[index].start < span.end; index++) {
          if (byStart[index].end <= span.end) sentenceEntities.push(byStart[index]);
        }
        const sentenceText = text.slice(span.start, span.end);
        const relative = sentenceEntities.map((entity) => ({ ...entity, start: entity.start - span.start, end: entity.end - span.start }));
        const key = cacheKey(sentenceText, relative, insideQuote);
        const analysis: SentenceAnalysis = used.get(key) ?? this.cache.get(key) ?? analyseSentence(sentenceText, relative, insideQuote);
        used.set(key, analysis);
        sentences.push({ span, paragraph, paragraphIndex, entities: sentenceEntities, analysis });
        insideQuote = analysis.endsInsideQuote;
      }
    }
    this.cache = used;
    return sentences;
  }
}

/** How many paragraphs after a "Comments" heading the first comment's metadata may stand. */
const COMMENT_METADATA_REACH = 3;

function opensReaderComments(text: string, paragraphs: readonly Span[], index: number): boolean {
  const heading = text.slice(paragraphs[index].start, paragraphs[index].end);
  if (COMMENT_FORM_HEADING.test(heading)) return true;
  return COMMENTS_HEADING.test(heading) && paragraphs.slice(index + 1, index + 1 + COMMENT_METADATA_REACH)
    .some((paragraph) => COMMENT_METADATA.test(text.slice(paragraph.start, paragraph.end)));
}

function cacheKey(sentence: string, entities: readonly Entity[], opensInsideQuote: boolean): string {
  const entityKeys = entities.map((entity) => `${entity.start}:${entity.end}:${entity.kind}:${JSON.stringify(entity.value)}`);
  return `${opensInsideQuote ? 1 : 0}\u0000${entityKeys.join(',')}\u0000${sentence}`;
}

/** Claim candidates of `text`, for one-off use; an editor re-ranking after edits keeps a `ClaimCandidateFinder`. */
export function findClaimCandidates(text: string, entities: readonly Entity[]): ClaimCandidate[] {
  return new ClaimCandidateFinder().find(text, entities);
}
