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

/** The four reading states, shared rather than one object per paragraph read. */
const READING_STATES: readonly ReadingState[] = [false, true].flatMap((insideQuote) => [false, true].map((underLeadIn) => ({ insideQuote, underLeadIn })));

/** The shared reading state with these values. */
export function readingState(insideQuote: boolean, underLeadIn: boolean): ReadingState {
  return READING_STATES[(insideQuote ? 2 : 0) + (underLeadIn ? 1 : 0)];
}

/**
 * Takes a paragraph's sentences in order, as a read gives them: where each stands in the
 * paragraph, whether it is a list item under a lead-in, which of the paragraph's entities it holds
 * (their indexes) and its analysis. Read once, a sentence is given without an object of its own.
 */
export type SentenceTaker = (start: number, end: number, listItem: boolean, entities: readonly number[], analysis: SentenceAnalysis) => void;

/** A sentence of a paragraph, analysed; its span and entities relative to the paragraph. */
interface ParagraphSentence extends Span {
  readonly listItem: boolean;
  /** Indexes into the paragraph's entities of those inside the sentence. */
  readonly entities: readonly number[];
  readonly analysis: SentenceAnalysis;
}

/** A paragraph's sentences, analysed, with what the analysis was made from besides its text. */
interface AnalysedParagraph {
  readonly entering: ReadingState;
  /** The paragraph's entities, in the offsets of the text it was read in, where it started at `origin`. */
  readonly entities: readonly Entity[];
  readonly origin: number;
  readonly sentences: readonly ParagraphSentence[];
  readonly leaving: ReadingState;
}

/**
 * A sentence's analysis with what it was made from besides the sentence's text. Its entities are
 * its paragraph's, not copies relative to it: the copies the analysis read die young rather than
 * being held (and copied by the garbage collector) for as long as the cache holds the sentence.
 */
interface CachedSentence {
  readonly context: number;
  /** The sentence's entities: those of `entities` at `indexes`, in offsets where the sentence starts at `origin`. */
  readonly entities: readonly Entity[];
  readonly indexes: readonly number[];
  readonly origin: number;
  readonly analysis: SentenceAnalysis;
}

const NO_ENTITIES: readonly Entity[] = [];

/** A sentence's context as bits (the cache compares them as one number), and the contexts they stand for. */
const OPENS_INSIDE_QUOTE = 1;
const LIST_ITEM = 2;
const WHOLE_PARAGRAPH = 4;
const CONTEXTS: readonly SentenceContext[] = Array.from({ length: 8 }, (_, bits) => ({
  opensInsideQuote: (bits & OPENS_INSIDE_QUOTE) !== 0, listItem: (bits & LIST_ITEM) !== 0, wholeParagraph: (bits & WHOLE_PARAGRAPH) !== 0,
}));
const NO_INDEXES: readonly number[] = [];

/** How many more sentences than the document holds the sentence cache may keep before it is rebuilt. */
const SPARE_SENTENCES = 1000;

/**
 * Paragraphs analysed sentence by sentence, remembered by their text (with the state they were
 * read in and their entities), so that re-reading a document after an edit analyses only the
 * paragraphs that changed, and in those only the sentences that changed (LTeX's per-sentence
 * cache). Each read keeps the paragraphs it used; the sentences are kept while their count stays
 * within the document's own plus a margin, and rebuilt from the document's when it grows past.
 *
 * Read once (`remembers` false), nothing is kept for another read: the paragraphs are not looked
 * up or stored, and the sentences are kept only for the read, where a sentence that recurs is
 * analysed once.
 */
export class ParagraphAnalyses {
  constructor(private readonly remembers = true) {}

  private paragraphs = new Map<string, AnalysedParagraph>();
  private sentences = new Map<string, CachedSentence>();
  private used = new Map<string, AnalysedParagraph>();
  private sentencesRead = 0;

  /** Starts reading a new version of the document. */
  begin(): void {
    this.used = new Map();
    this.sentencesRead = 0;
  }

  /**
   * Gives `take` the analysed sentences of `paragraph` (trimmed, in `text`, reading
   * `paragraphText`), whose entities are `entities` (in document offsets); returns the state the
   * paragraph leaves the reading in.
   */
  read(text: string, paragraph: Span, paragraphText: string, entities: readonly Entity[], entering: ReadingState, take: SentenceTaker): ReadingState {
    if (!this.remembers) return this.analyse(text, paragraph, entities, entering, take);
    const known = this.used.get(paragraphText) ?? this.paragraphs.get(paragraphText);
    let analysed = known && sameState(known.entering, entering) && sameEntities(known.entities, known.origin, entities, paragraph.start) ? known : undefined;
    if (analysed === undefined) {
      const sentences: ParagraphSentence[] = [];
      const leaving = this.analyse(text, paragraph, entities, entering, (start, end, listItem, inside, analysis) => {
        sentences.push({ start, end, listItem, entities: inside, analysis });
      });
      analysed = { entering, entities, origin: paragraph.start, sentences, leaving };
    }
    this.used.set(paragraphText, analysed);
    this.sentencesRead += analysed.sentences.length;
    for (const sentence of analysed.sentences) take(sentence.start, sentence.end, sentence.listItem, sentence.entities, sentence.analysis);
    return analysed.leaving;
  }

  /** Ends the read: keeps what it used. */
  end(): void {
    if (!this.remembers) {
      this.sentences = new Map();
      return;
    }
    this.paragraphs = this.used;
    if (this.sentences.size > this.sentencesRead + SPARE_SENTENCES) this.sentences = this.sentencesOf(this.paragraphs);
  }

  /** Analyses `paragraph`'s sentences, giving them to `take`; returns the state it leaves the reading in. */
  private analyse(text: string, paragraph: Span, entities: readonly Entity[], entering: ReadingState, take: SentenceTaker): ReadingState {
    const spans = splitSentences(text, paragraph);
    let { insideQuote, underLeadIn } = entering;
    let next = 0;
    for (const span of spans) {
      while (next < entities.length && entities[next].start < span.start) next++;
      // Most sentences hold no entity: they share the empty list rather than each allocating one.
      let inside: number[] | undefined;
      for (let index = next; index < entities.length && entities[index].start < span.end; index++) {
        if (entities[index].end <= span.end) (inside ??= []).push(index);
      }
      const onListLine = isListItem(text, span);
      const listItem = onListLine && underLeadIn;
      const context = (insideQuote ? OPENS_INSIDE_QUOTE : 0) | (listItem ? LIST_ITEM : 0) | (spans.length === 1 ? WHOLE_PARAGRAPH : 0);
      const analysis = this.analyseSentence(text, span, entities, inside ?? NO_INDEXES, context);
      take(span.start - paragraph.start, span.end - paragraph.start, listItem, inside ?? NO_INDEXES, analysis);
      insideQuote = analysis.endsInsideQuote;
      if (!onListLine) underLeadIn = analysis.leadIn;
    }
    return readingState(insideQuote, underLeadIn);
  }

  /** The analysis of the sentence at `span`, which holds `entities[inside]` (in the offsets of `text`), read in `context`. */
  private analyseSentence(text: string, span: Span, entities: readonly Entity[], inside: readonly number[], context: number): SentenceAnalysis {
    const sentence = text.slice(span.start, span.end);
    const cached = this.sentences.get(sentence);
    if (cached && cached.context === context && sameEntities(cached.entities, cached.origin, entities, span.start, cached.indexes, inside)) return cached.analysis;
    const relative = inside.length === 0 ? NO_ENTITIES : inside.map((index) => shifted(entities[index], -span.start));
    const analysis = analyseSentence(sentence, relative, CONTEXTS[context]);
    this.sentences.set(sentence, { context, entities, indexes: inside, origin: span.start, analysis });
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
 * Whether `cached` (those at `cachedIndexes`, if given; in offsets where their text started at
 * `cachedOrigin`) are `entities` (those at `indexes`, if given; in offsets where the same text
 * starts at `origin`) in all an analysis reads: where they are, their kinds and values.
 */
function sameEntities(
  cached: readonly Entity[], cachedOrigin: number, entities: readonly Entity[], origin: number, cachedIndexes?: readonly number[], indexes?: readonly number[],
): boolean {
  const count = (cachedIndexes ?? cached).length;
  if (count !== (indexes ?? entities).length) return false;
  for (let index = 0; index < count; index++) {
    const x = cached[cachedIndexes === undefined ? index : cachedIndexes[index]];
    const y = entities[indexes === undefined ? index : indexes[index]];
    if (x.start - cachedOrigin !== y.start - origin || x.end - cachedOrigin !== y.end - origin || x.kind !== y.kind) return false;
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
