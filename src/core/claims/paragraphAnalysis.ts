import { shifted } from '../entities/entityScanner';
import type { Entity } from '../entities/types';
import type { Span } from '../textDocument';
import { analyseSentence, type SentenceAnalysis, type SentenceContext } from './sentenceAnalysis';
import { isListItem, splitSentences } from './sentences';

/** How a paragraph's sentences are read depends on these, carried from the paragraphs before it. */
export interface ReadingState {
  /** A quotation opened before is still open. */
  readonly insideQuote: boolean;
  /** The last sentence off a list line was a lead-in ("The report found:"), so list items under it take its source. */
  readonly underLeadIn: boolean;
}

/** A sentence of a paragraph, analysed; its span and entities relative to the paragraph. */
export interface ParagraphSentence extends Span {
  readonly listItem: boolean;
  /** Indexes into the paragraph's entities of those inside the sentence. */
  readonly entities: readonly number[];
  readonly analysis: SentenceAnalysis;
}

/** A paragraph's sentences, analysed, with what the analysis was made from besides its text. */
export interface AnalysedParagraph {
  readonly entering: ReadingState;
  /** The paragraph's entities, relative to it. */
  readonly entities: readonly Entity[];
  readonly sentences: readonly ParagraphSentence[];
  readonly leaving: ReadingState;
}

/** A sentence's analysis with what it was made from besides the sentence's text. */
interface CachedSentence {
  readonly context: number;
  /** The sentence's entities, relative to it. */
  readonly entities: readonly Entity[];
  readonly analysis: SentenceAnalysis;
}

const NO_ENTITIES: readonly Entity[] = [];
const NO_INDEXES: readonly number[] = [];

/** How many more sentences than the document holds the sentence cache may keep before it is rebuilt. */
const SPARE_SENTENCES = 1000;

/**
 * Paragraphs analysed sentence by sentence, remembered by their text (with the state they were
 * read in and their entities), so that re-reading a document after an edit analyses only the
 * paragraphs that changed, and in those only the sentences that changed (LTeX's per-sentence
 * cache). Each read keeps the paragraphs it used; the sentences are kept while their count stays
 * within the document's own plus a margin, and rebuilt from the document's when it grows past.
 */
export class ParagraphAnalyses {
  private paragraphs = new Map<string, AnalysedParagraph>();
  private sentences = new Map<string, CachedSentence>();
  private used = new Map<string, AnalysedParagraph>();
  private sentencesRead = 0;

  /** Starts reading a new version of the document. */
  begin(): void {
    this.used = new Map();
    this.sentencesRead = 0;
  }

  /** The analysed sentences of `paragraph` (trimmed, in `text`, reading `paragraphText`), whose entities are `entities` (in document offsets). */
  read(text: string, paragraph: Span, paragraphText: string, entities: readonly Entity[], entering: ReadingState): AnalysedParagraph {
    const known = this.used.get(paragraphText) ?? this.paragraphs.get(paragraphText);
    const analysed = known && sameState(known.entering, entering) && sameEntities(known.entities, entities, paragraph.start)
      ? known : this.analyse(text, paragraph, entities, entering);
    this.used.set(paragraphText, analysed);
    this.sentencesRead += analysed.sentences.length;
    return analysed;
  }

  /** Ends the read: keeps what it used. */
  end(): void {
    this.paragraphs = this.used;
    if (this.sentences.size > this.sentencesRead + SPARE_SENTENCES) this.sentences = this.sentencesOf(this.paragraphs);
  }

  private analyse(text: string, paragraph: Span, entities: readonly Entity[], entering: ReadingState): AnalysedParagraph {
    const spans = splitSentences(text, paragraph);
    const sentences: ParagraphSentence[] = [];
    let { insideQuote, underLeadIn } = entering;
    let next = 0;
    for (const span of spans) {
      while (next < entities.length && entities[next].start < span.start) next++;
      // Most sentences hold no entity: they share the empty lists rather than each allocating two.
      let inside: number[] | undefined;
      let relative: Entity[] | undefined;
      for (let index = next; index < entities.length && entities[index].start < span.end; index++) {
        if (entities[index].end > span.end) continue;
        (inside ??= []).push(index);
        (relative ??= []).push(shifted(entities[index], -span.start));
      }
      const onListLine = isListItem(text, span);
      const context: SentenceContext = { opensInsideQuote: insideQuote, listItem: onListLine && underLeadIn, wholeParagraph: spans.length === 1 };
      const analysis = this.analyseSentence(text.slice(span.start, span.end), relative ?? NO_ENTITIES, context);
      sentences.push({ start: span.start - paragraph.start, end: span.end - paragraph.start, listItem: context.listItem, entities: inside ?? NO_INDEXES, analysis });
      insideQuote = analysis.endsInsideQuote;
      if (!onListLine) underLeadIn = analysis.leadIn;
    }
    return { entering, entities: entities.map((entity) => shifted(entity, -paragraph.start)), sentences, leaving: { insideQuote, underLeadIn } };
  }

  private analyseSentence(sentence: string, entities: readonly Entity[], context: SentenceContext): SentenceAnalysis {
    const contextKey = (context.opensInsideQuote ? 1 : 0) | (context.listItem ? 2 : 0) | (context.wholeParagraph ? 4 : 0);
    const cached = this.sentences.get(sentence);
    if (cached && cached.context === contextKey && sameEntities(cached.entities, entities, 0)) return cached.analysis;
    const analysis = analyseSentence(sentence, entities, context);
    this.sentences.set(sentence, { context: contextKey, entities, analysis });
    return analysis;
  }

  /** The sentence cache rebuilt from the paragraphs kept. */
  private sentencesOf(paragraphs: ReadonlyMap<string, AnalysedParagraph>): Map<string, CachedSentence> {
    const sentences = new Map<string, CachedSentence>();
    for (const [paragraphText, paragraph] of paragraphs) {
      for (const sentence of paragraph.sentences) {
        const cached = this.sentences.get(paragraphText.slice(sentence.start, sentence.end));
        if (cached?.analysis === sentence.analysis) sentences.set(paragraphText.slice(sentence.start, sentence.end), cached);
      }
    }
    return sentences;
  }
}

function sameState(a: ReadingState, b: ReadingState): boolean {
  return a.insideQuote === b.insideQuote && a.underLeadIn === b.underLeadIn;
}

/**
 * Whether `cached` (relative to their text) are `entities` (at `offset`) in all an analysis reads:
 * where they are, their kinds and values.
 */
function sameEntities(cached: readonly Entity[], entities: readonly Entity[], offset: number): boolean {
  if (cached.length !== entities.length) return false;
  for (let index = 0; index < cached.length; index++) {
    const [x, y] = [cached[index], entities[index]];
    if (x.start !== y.start - offset || x.end !== y.end - offset || x.kind !== y.kind) return false;
    if (!sameValue(x.value, y.value)) return false;
  }
  return true;
}

/**
 * Whether two entity values (small objects of numbers, strings and lists) hold the same. A re-scan
 * keeps an unchanged paragraph's values, so most compare by reference.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
