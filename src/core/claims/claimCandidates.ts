import type { Entity } from '../entities/types';
import type { Span } from '../textDocument';
import { canonicalName } from './attribution';
import { ABOUT_THE_AUTHOR_HEADING, COMMENT_FORM_HEADING, COMMENT_METADATA, COMMENTS_HEADING, presentsTheDocument } from './claimSignals';
import type { ClaimSource } from './claimSource';
import { splitParagraphs } from './paragraphs';
import { analyseSentence, type ClaimReason, type SentenceAnalysis, type SentenceContext } from './sentenceAnalysis';
import { isListItem, splitSentences } from './sentences';
import { resolveSources } from './sourceResolution';

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

interface AnalysedSentence {
  readonly span: Span;
  readonly paragraph: Span;
  readonly paragraphIndex: number;
  readonly listItem: boolean;
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
      statement: sentence.analysis.statement,
      authorVoice: AUTHOR_VOICE.test(text.slice(sentence.span.start, sentence.span.end)) || presentsTheDocument(text.slice(sentence.span.start, sentence.span.end)),
      attribution: sentence.analysis.attribution,
      opensQuoted: sentence.analysis.opensQuoted,
      quotation: sentence.analysis.quotation,
      listItem: sentence.listItem,
      leadIn: sentence.analysis.leadIn,
      subjectOrganisation: subjectOrganisation(text, sentence.span, sentence.entities),
      organisations: sentence.entities.filter((entity) => entity.kind === 'organisation').map(canonicalName),
    })));
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
    const byStart = [...entities].sort((a, b) => a.start - b.start);
    const used = new Map<string, SentenceAnalysis>();
    const sentences: AnalysedSentence[] = [];
    let firstEntity = 0;
    const paragraphs = splitParagraphs(text);
    let aboutTheAuthor = false;
    let insideQuote = false;
    let quotedParagraphs = 0;
    let underLeadIn = false;
    for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
      if (opensReaderComments(text, paragraphs, paragraphIndex)) break;
      const paragraphText = text.slice(paragraph.start, paragraph.end);
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
        for (let index = firstEntity; index < byStart.length && byStart[index].start < span.end; index++) {
          if (byStart[index].end <= span.end) sentenceEntities.push(byStart[index]);
        }
        const sentenceText = text.slice(span.start, span.end);
        const relative = sentenceEntities.map((entity) => ({ ...entity, start: entity.start - span.start, end: entity.end - span.start }));
        const onListLine = isListItem(text, span);
        const context: SentenceContext = { opensInsideQuote: insideQuote, listItem: onListLine && underLeadIn, wholeParagraph: spans.length === 1 };
        const key = cacheKey(sentenceText, relative, context);
        const analysis: SentenceAnalysis = used.get(key) ?? this.cache.get(key) ?? analyseSentence(sentenceText, relative, context);
        used.set(key, analysis);
        sentences.push({ span, paragraph, paragraphIndex, listItem: context.listItem, entities: sentenceEntities, analysis });
        insideQuote = analysis.endsInsideQuote;
        if (!onListLine) underLeadIn = analysis.leadIn;
      }
    }
    this.cache = used;
    return sentences;
  }
}

/** A sentence that opens in the author's first person. */
const AUTHOR_VOICE = /^(?:I|We|We[’']\w+|Our|My|In (?:our|my) (?:view|opinion))\b/;

/** Words that may stand before a sentence's subject: "The", "Last week, the", "But". */
const BEFORE_SUBJECT = /^(?:[\p{L}’',]+\s+){0,3}$/u;

/** The organisation a sentence opens with, as its subject: "Ofwat set new limits", "Last year the National Audit Office examined". */
function subjectOrganisation(text: string, span: Span, entities: readonly Entity[]): string | undefined {
  const first = entities.find((entity) => entity.kind === 'organisation');
  return first && BEFORE_SUBJECT.test(text.slice(span.start, first.start)) ? canonicalName(first) : undefined;
}

/** How many paragraphs after a "Comments" heading the first comment's metadata may stand. */
const COMMENT_METADATA_REACH = 3;

function opensReaderComments(text: string, paragraphs: readonly Span[], index: number): boolean {
  const heading = text.slice(paragraphs[index].start, paragraphs[index].end);
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

function cacheKey(sentence: string, entities: readonly Entity[], context: SentenceContext): string {
  const entityKeys = entities.map((entity) => `${entity.start}:${entity.end}:${entity.kind}:${JSON.stringify(entity.value)}`);
  const flags = [context.opensInsideQuote, context.listItem, context.wholeParagraph].map((flag) => (flag ? 1 : 0)).join('');
  return `${flags}\u0000${entityKeys.join(',')}\u0000${sentence}`;
}

/** Claim candidates of `text`, for one-off use; an editor re-ranking after edits keeps a `ClaimCandidateFinder`. */
export function findClaimCandidates(text: string, entities: readonly Entity[]): ClaimCandidate[] {
  return new ClaimCandidateFinder().find(text, entities);
}
