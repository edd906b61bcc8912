import type { Entity } from '../entities/types';
import type { Span } from '../textDocument';
import { ABOUT_THE_AUTHOR_HEADING, COMMENT_FORM_HEADING, COMMENT_METADATA, COMMENTS_HEADING } from './claimSignals';
import type { ClaimSource } from './claimSource';
import { splitParagraphs } from './paragraphs';
import { ParagraphAnalyses, readingState } from './paragraphAnalysis';
import type { ClaimReason, SentenceAnalysis } from './sentenceAnalysis';
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

/** A paragraph of the document with its entities (in document offsets), shared by its sentences. */
interface PlacedParagraph {
  readonly span: Span;
  readonly entities: readonly Entity[];
}

/**
 * A sentence of the document, analysed, as source resolution and the candidates need it. Only
 * statements become candidates, so where the sentence is and which entities it holds are kept as
 * its paragraph's (not copied into document offsets for every sentence), and what the analysis
 * read is the analysis itself, not copied.
 */
interface AnalysedSentence extends SentenceForSources {
  readonly reading: SentenceAnalysis;
  readonly paragraph: PlacedParagraph;
  /** Where the sentence stands in its paragraph. */
  readonly start: number;
  readonly end: number;
  /** Indexes into its paragraph's entities of those inside the sentence. */
  readonly entities: readonly number[];
}

/**
 * Finds claim candidates, remembering each paragraph's and sentence's analysis so that after an
 * edit only what changed is analysed again. Use one finder per document: it keeps what the last
 * text it was given used.
 */
export class ClaimCandidateFinder {
  private readonly analyses: ParagraphAnalyses;

  /** `remembers` false: for one find only, keeping nothing for the next (a whole text read once, as the command line does). */
  constructor(remembers = true) {
    this.analyses = new ParagraphAnalyses(remembers);
  }

  /** Candidates in document order; `entities` are the document's, in UTF-16 offsets. */
  find(text: string, entities: readonly Entity[]): ClaimCandidate[] {
    const sentences = this.analyse(text, entities);
    const sources = resolveSources(sentences);
    const candidates: ClaimCandidate[] = [];
    sentences.forEach((sentence, index) => {
      const { paragraph, reading: analysis } = sentence;
      if (!analysis.statement) return;
      const start = paragraph.span.start + sentence.start;
      const end = paragraph.span.start + sentence.end;
      const source = sources[index];
      const found = text.slice(start, end);
      const figures = analysis.figures.length === 0 ? NO_ENTITIES : analysis.figures.map((figure) => paragraph.entities[sentence.entities[figure]]);
      // Two literals rather than a spread of the source: candidates keep two shapes, built fast.
      candidates.push(source === undefined
        ? { start, end, text: found, score: analysis.score, reasons: analysis.reasons, figures, paragraph: paragraph.span }
        : { start, end, text: found, score: analysis.score, reasons: analysis.reasons, source, figures, paragraph: paragraph.span });
    });
    return candidates;
  }

  private analyse(text: string, entities: readonly Entity[]): AnalysedSentence[] {
    const byStart = isSortedByStart(entities) ? entities : [...entities].sort((a, b) => a.start - b.start);
    const sentences: AnalysedSentence[] = [];
    let firstEntity = 0;
    const paragraphs = splitParagraphs(text);
    let aboutTheAuthor = false;
    let insideQuote = false;
    let quotedParagraphs = 0;
    let underLeadIn = false;
    this.analyses.begin();
    // An index loop: `entries()` allocates a pair for every paragraph.
    for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
      const paragraph = paragraphs[paragraphIndex];
      const paragraphText = text.slice(paragraph.start, paragraph.end);
      if (opensReaderComments(text, paragraphs, paragraphIndex, paragraphText)) break;
      if (ABOUT_THE_AUTHOR_HEADING.test(paragraphText)) aboutTheAuthor = true;
      else if (isHeading(paragraphText)) aboutTheAuthor = false;
      if (aboutTheAuthor) continue;
      // A quotation left open at a paragraph's end goes on into the next, unless that one opens
      // with a quotation mark of its own; a stray mark carries for a few paragraphs at most.
      quotedParagraphs = insideQuote ? quotedParagraphs + 1 : 0;
      insideQuote = insideQuote && !/^[“"]/.test(paragraphText) && quotedParagraphs <= MAX_QUOTED_PARAGRAPHS;
      while (firstEntity < byStart.length && byStart[firstEntity].start < paragraph.start) firstEntity++;
      let endEntity = firstEntity;
      while (endEntity < byStart.length && byStart[endEntity].start < paragraph.end) endEntity++;
      const paragraphEntities = byStart.slice(firstEntity, endEntity);
      const placed: PlacedParagraph = { span: paragraph, entities: paragraphEntities };
      const leaving = this.analyses.read(text, paragraph, paragraphText, paragraphEntities, readingState(insideQuote, underLeadIn), (start, end, listItem, inside, reading) => {
        sentences.push({ paragraphIndex, listItem, reading, paragraph: placed, start, end, entities: inside });
      });
      ({ insideQuote, underLeadIn } = leaving);
    }
    this.analyses.end();
    return sentences;
  }
}

const NO_ENTITIES: readonly Entity[] = [];

function isSortedByStart(entities: readonly Entity[]): boolean {
  for (let index = 1; index < entities.length; index++) {
    if (entities[index - 1].start > entities[index].start) return false;
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
  return paragraph.length <= HEADING_MAX_LENGTH && !paragraph.includes('\n') && !/[.!?:;,]$/.test(paragraph);
}

const HEADING_MAX_LENGTH = 120;
const MAX_QUOTED_PARAGRAPHS = 3;

/** Claim candidates of `text`, for one-off use; an editor re-ranking after edits keeps a `ClaimCandidateFinder`. */
export function findClaimCandidates(text: string, entities: readonly Entity[]): ClaimCandidate[] {
  return new ClaimCandidateFinder(false).find(text, entities);
}
