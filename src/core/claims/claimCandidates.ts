import { shifted } from '../entities/entityScanner';
import type { Entity } from '../entities/types';
import type { Span } from '../textDocument';
import { ABOUT_THE_AUTHOR_HEADING, COMMENT_FORM_HEADING, COMMENT_METADATA, COMMENTS_HEADING } from './claimSignals';
import type { ClaimSource } from './claimSource';
import { splitParagraphs } from './paragraphs';
import { analyseSentence, type ClaimReason, type SentenceAnalysis, type SentenceContext } from './sentenceAnalysis';
import { isListItem, splitSentences } from './sentences';
import { resolveSources, type SentenceForSources } from './sourceResolution';

export type { ClaimReason } from './sentenceAnalysis';

/** A sentence worth tagging as a claim, with what makes it one. */
export interface ClaimCandidate extends Span {
  readonly text: string;
  /** Higher is a stronger candidate: a plain statement scores 1; figures, attribution, evidence and forecasts add up. */
  readonly score: number;
  readonly reasons: readonly ClaimReason[];
  /** Who the text says made the claim; none where the author speaks. */
  readonly source?: ClaimSource;
  readonly figures: readonly Entity[];
  /** The paragraph the sentence stands in (code lenses go one per paragraph). */
  readonly paragraph: Span;
}

/** A sentence of the document, analysed, as source resolution and the candidates need it. */
interface AnalysedSentence extends SentenceForSources {
  readonly span: Span;
  readonly paragraph: Span;
  /** The document's entities inside the sentence, in document offsets. */
  readonly entities: readonly Entity[];
  readonly analysis: SentenceAnalysis;
}

/** A sentence's analysis with what it was made from besides the sentence's text. */
interface CachedAnalysis {
  readonly context: number;
  /** The sentence's entities, relative to it. */
  readonly entities: readonly Entity[];
  readonly analysis: SentenceAnalysis;
}

/**
 * Finds claim candidates, remembering each sentence's analysis so that after an edit only the
 * sentences that changed are analysed again (LTeX's per-sentence cache). Use one finder per
 * document: the cache keeps only the sentences of the last text it was given.
 */
export class ClaimCandidateFinder {
  /** By sentence text: one analysis each, checked against the sentence's context and entities before use. */
  private cache = new Map<string, CachedAnalysis>();

  /** Candidates in document order; `entities` are the document's, in UTF-16 offsets. */
  find(text: string, entities: readonly Entity[]): ClaimCandidate[] {
    const sentences = this.analyse(text, entities);
    const sources = resolveSources(sentences);
    const candidates: ClaimCandidate[] = [];
    sentences.forEach(({ span, paragraph, entities: sentenceEntities, analysis }, index) => {
      if (!analysis.statement) return;
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
    const byStart = isSortedByStart(entities) ? entities : [...entities].sort((a, b) => a.start - b.start);
    const used = new Map<string, CachedAnalysis>();
    const sentences: AnalysedSentence[] = [];
    let firstEntity = 0;
    const paragraphs = splitParagraphs(text);
    let aboutTheAuthor = false;
    let insideQuote = false;
    let quotedParagraphs = 0;
    let underLeadIn = false;
    for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
      const paragraphText = text.slice(paragraph.start, paragraph.end);
      if (opensReaderComments(text, paragraphs, paragraphIndex, paragraphText)) break;
      if (ABOUT_THE_AUTHOR_HEADING.test(paragraphText)) aboutTheAuthor = true;
      else if (isHeading(paragraphText)) aboutTheAuthor = false;
      if (aboutTheAuthor) continue;
      // A quotation left open at a paragraph's end goes on into the next, unless that one opens
      // with a quotation mark of its own; a stray mark carries for a few paragraphs at most.
      quotedParagraphs = insideQuote ? quotedParagraphs + 1 : 0;
      insideQuote = insideQuote && !/^[“"]/.test(paragraphText) && quotedParagraphs <= MAX_QUOTED_PARAGRAPHS;
      const spans = splitSentences(text, paragraph);
      for (const span of spans) {
        while (firstEntity < byStart.length && byStart[firstEntity].start < span.start) firstEntity++;
        const sentenceEntities: Entity[] = [];
        const relative: Entity[] = [];
        for (let index = firstEntity; index < byStart.length && byStart[index].start < span.end; index++) {
          const entity = byStart[index];
          if (entity.end > span.end) continue;
          sentenceEntities.push(entity);
          relative.push(shifted(entity, -span.start));
        }
        const sentenceText = text.slice(span.start, span.end);
        const onListLine = isListItem(text, span);
        const listItem = onListLine && underLeadIn;
        const context: SentenceContext = { opensInsideQuote: insideQuote, listItem, wholeParagraph: spans.length === 1 };
        const contextKey = (context.opensInsideQuote ? 1 : 0) | (context.listItem ? 2 : 0) | (context.wholeParagraph ? 4 : 0);
        const cached = used.get(sentenceText) ?? this.cache.get(sentenceText);
        const analysis = cached && cached.context === contextKey && sameEntities(cached.entities, relative) ? cached.analysis : analyseSentence(sentenceText, relative, context);
        used.set(sentenceText, cached?.analysis === analysis ? cached : { context: contextKey, entities: relative, analysis });
        sentences.push({
          span,
          paragraph,
          paragraphIndex,
          listItem,
          entities: sentenceEntities,
          analysis,
          statement: analysis.statement,
          authorVoice: analysis.statement && analysis.authorVoice,
          attribution: analysis.attribution,
          opensQuoted: analysis.opensQuoted,
          quotation: analysis.quotation,
          leadIn: analysis.leadIn,
          subjectOrganisation: analysis.subjectOrganisation,
          organisations: analysis.organisations,
        });
        insideQuote = analysis.endsInsideQuote;
        if (!onListLine) underLeadIn = analysis.leadIn;
      }
    }
    this.cache = used;
    return sentences;
  }
}

function isSortedByStart(entities: readonly Entity[]): boolean {
  for (let index = 1; index < entities.length; index++) {
    if (entities[index - 1].start > entities[index].start) return false;
  }
  return true;
}

/** Whether two sentences' entities are alike in all a sentence's analysis reads: where they are, their kinds and values. */
function sameEntities(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const [x, y] = [a[index], b[index]];
    if (x.start !== y.start || x.end !== y.end || x.kind !== y.kind) return false;
    // A re-scan shifts an unchanged paragraph's entities keeping their values: compare by reference first.
    if (x.value !== y.value && JSON.stringify(x.value) !== JSON.stringify(y.value)) return false;
  }
  return true;
}

/** How many paragraphs after a "Comments" heading the first comment's metadata may stand. */
const COMMENT_METADATA_REACH = 3;

function opensReaderComments(text: string, paragraphs: readonly Span[], index: number, heading: string): boolean {
  if (COMMENT_FORM_HEADING.test(heading)) return true;
  return COMMENTS_HEADING.test(heading) && paragraphs.slice(index + 1, index + 1 + COMMENT_METADATA_REACH)
    .some((paragraph) => COMMENT_METADATA.test(text.slice(paragraph.start, paragraph.end)));
}

/** A paragraph that is a heading: one short line that does not end as a sentence does. */
function isHeading(paragraph: string): boolean {
  return !paragraph.includes('\n') && paragraph.length <= HEADING_MAX_LENGTH && !/[.!?:;,]$/.test(paragraph);
}

const HEADING_MAX_LENGTH = 120;
const MAX_QUOTED_PARAGRAPHS = 3;

/** Claim candidates of `text`, for one-off use; an editor re-ranking after edits keeps a `ClaimCandidateFinder`. */
export function findClaimCandidates(text: string, entities: readonly Entity[]): ClaimCandidate[] {
  return new ClaimCandidateFinder().find(text, entities);
}
