import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { type ParagraphDetector, paragraphDetectorFor, paragraphDetectorSteps } from './paragraphDetector';
import { forEachParagraphFrom, isBlankLineCharacter, splitParagraphs, type Paragraph } from '../paragraphs';
import { commonEnds } from '../commonEnds';
import type { Span } from '../textDocument';
import { linkAcronyms } from './acronymLinks';
import { PARAGRAPHS_PASSED_PER_STEP, type ScannedParagraph } from './scannedParagraph';
import { addUndefinedAcronyms } from './undefinedAcronyms';
import { addLaterMentions } from './laterMentions';
import { drain, type Steps } from '../util/steps';

/** Paragraphs detected (or moved) between two stops of a scan in steps: about a millisecond's work. */
const PARAGRAPHS_PER_STEP = 32;

/**
 * Detects entities in a document, keeping the last scan's paragraphs so that re-scanning after an
 * edit re-splits and re-detects only what lies between the text the two versions share at their
 * start and at their end: the paragraphs before are reused as they are, those after are shifted
 * by the change in length. Work after an edit is proportional to what changed, and the scanner
 * holds one document's paragraphs, whatever their count. Acronym linking, which needs the whole
 * document, runs after the per-paragraph pass. `scanInSteps` does the same work in steps, so an
 * editor can spread a large document's scan over slices; `scan` runs it to its end at once. The
 * shared detector for `options` is taken when first needed, so a scan in steps builds it in steps
 * if no one has yet (the first document of a session).
 */
export class EntityScanner {
  private detector: ParagraphDetector | undefined;
  private last: LastScan = { text: '', paragraphs: [], entities: undefined };

  constructor(private readonly options?: DetectOptions) {}

  scan(text: string): readonly Entity[] {
    return drain(this.scanInSteps(text));
  }

  /**
   * `scan` in steps of a few dozen paragraphs. A scan given up half-way (a newer version came)
   * leaves the scanner as it was, or, once every paragraph is detected, as if it had scanned
   * `text`: either way the next scan is right.
   */
  *scanInSteps(text: string): Steps<readonly Entity[]> {
    const detector = this.detector ??= yield* paragraphDetectorSteps(this.options);
    const previous = this.last;
    const paragraphs = yield* this.rescanned(text, detector);
    // The record is this scan's own: a newer scan begun while this one waits replaces it, and
    // the entities gathered here then go with the paragraphs they came from, not the newer ones.
    const scanned: LastScan = { text, paragraphs, entities: undefined };
    this.last = scanned;
    const entities = yield* gatheredEntities(paragraphs, previous);
    scanned.entities = entities;
    return yield* linkedEntities(text, detector, paragraphs, entities);
  }

  /**
   * A first look at a piece of a document (what is on screen) before the document's scan is
   * done: the piece's entities, linked within it alone (an acronym defined elsewhere is not
   * linked yet), at offsets into the document, whose piece starts at `offset`. Leaves the scanner
   * as it was.
   */
  scanPiece(piece: string, offset: number): readonly Entity[] {
    const entities = detectAll(this.detector ??= paragraphDetectorFor(this.options), piece);
    return offset === 0 ? entities : entities.map((entity) => shifted(entity, offset));
  }

  private *rescanned(text: string, detector: ParagraphDetector): Steps<ScannedParagraph[]> {
    const { text: before, paragraphs: previous } = this.last;
    const { prefix, suffix } = commonEnds(before, text);
    const shift = text.length - before.length;
    // The split resumes at a paragraph whose first non-blank character lies inside the shared
    // start: the breaks before it were decided by text up to that character, which is unchanged.
    // Paragraphs are in order, so those begun before the end of the shared start are found by
    // halving: a pass over them read the old text at each one's start, a cache miss per paragraph.
    let begunBefore = 0;
    for (let after = previous.length; begunBefore < after;) {
      const middle = (begunBefore + after) >>> 1;
      if (firstNonBlank(before, previous[middle]) < prefix) begunBefore = middle + 1;
      else after = middle;
    }
    const resumeAt = Math.max(0, begunBefore - 1);
    const paragraphs = previous.slice(0, resumeAt);
    let old = resumeAt;
    let reusedFrom: number | undefined;
    // The split goes a step at a time: each ends at a paragraph's start, where the next resumes.
    for (let from: number | undefined = begunBefore === 0 ? 0 : previous[resumeAt].start; from !== undefined;) {
      let detected = 0;
      const at: number = from;
      from = undefined;
      forEachParagraphFrom(text, at, (paragraph) => {
        // From a paragraph start inside the shared end, the split goes on as it did in the old text.
        if (paragraph.start >= text.length - suffix) {
          while (old < previous.length && previous[old].start + shift < paragraph.start) old++;
          if (old < previous.length && previous[old].start + shift === paragraph.start) {
            reusedFrom = old;
            return false;
          }
        }
        if (detected === PARAGRAPHS_PER_STEP) {
          from = paragraph.start;
          return false;
        }
        paragraphs.push(detectParagraph(detector, text, paragraph));
        detected++;
        return true;
      });
      if (from !== undefined) yield;
    }
    if (reusedFrom !== undefined) {
      for (let index = reusedFrom; index < previous.length; index++) {
        paragraphs.push(shift === 0 ? previous[index] : shiftedParagraph(previous[index], shift));
        if (shift !== 0 && index % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
      }
    }
    return paragraphs;
  }
}

/** Where `paragraph` of `text` has its first character that is not a space, tab or the like. */
function firstNonBlank(text: string, paragraph: Span): number {
  let index = paragraph.start;
  while (index < paragraph.end && isBlankLineCharacter(text.charCodeAt(index))) index++;
  return index;
}

/** `paragraph` of `text` with its entities. */
function detectParagraph(detector: ParagraphDetector, text: string, paragraph: Paragraph): ScannedParagraph {
  const found = detector.detect(paragraph.text, text, paragraph.start);
  // Most paragraphs have no entity: they share one empty list rather than each keeping its own.
  const entities = found.length === 0 ? NO_ENTITIES : paragraph.start === 0 ? found : found.map((entity) => shifted(entity, paragraph.start));
  // The searches' fields are there from the start, so every paragraph has one shape.
  return { start: paragraph.start, end: paragraph.end, entities, wordSearch: undefined, acronyms: undefined, definitions: undefined };
}

const NO_ENTITIES: readonly Entity[] = [];

function shiftedParagraph(paragraph: ScannedParagraph, offset: number): ScannedParagraph {
  return { start: paragraph.start + offset, end: paragraph.end + offset, entities: paragraph.entities.map((entity) => shifted(entity, offset)), wordSearch: paragraph.wordSearch, acronyms: paragraph.acronyms, definitions: paragraph.definitions };
}

/**
 * `entity` moved `offset` code units on; spelt out because a spread is slower on this hot path.
 * Its kind and value are copied together, so the copy is the same member of the union. A name's
 * origin, the one field most copies have besides the five, is written in the same literal: added
 * afterwards, it took each name a second block of memory, kept as long as the scan's results.
 */
export function shifted(entity: Entity, offset: number): Entity {
  const { kind, text, value, approx, bound, origin } = entity;
  const start = entity.start + offset;
  const end = entity.end + offset;
  if (origin && !approx && !bound) return { kind, start, end, text, value, origin } as Entity;
  const moved = { kind, start, end, text, value } as { -readonly [K in keyof Entity]: Entity[K] };
  if (approx) moved.approx = approx;
  if (bound) moved.bound = bound;
  if (origin) moved.origin = origin;
  return moved as Entity;
}

/** A scan's text and paragraphs, and the paragraphs' entities in order once gathered. */
interface LastScan {
  readonly text: string;
  readonly paragraphs: readonly ScannedParagraph[];
  entities: readonly Entity[] | undefined;
}

/** All the entities of `text`, scanned at once with no earlier scan to reuse. */
export function detectAll(detector: ParagraphDetector, text: string): readonly Entity[] {
  const paragraphs = splitParagraphs(text).map((paragraph) => detectParagraph(detector, text, paragraph));
  return drain(function* () {
    return yield* linkedEntities(text, detector, paragraphs, yield* gatheredEntities(paragraphs, undefined));
  }());
}

/**
 * The entities of `paragraphs` in order, in steps. Those of the paragraphs `previous` scan had
 * first too (the same records, up to the edit) are copied from its gathered list at once: going
 * through each paragraph's record read memory all over the heap, a cache miss a paragraph.
 */
function* gatheredEntities(paragraphs: readonly ScannedParagraph[], previous: LastScan | undefined): Steps<Entity[]> {
  let from = 0;
  let entities: Entity[] = [];
  if (previous?.entities !== undefined) {
    const before = previous.paragraphs;
    while (from < paragraphs.length && from < before.length && paragraphs[from] === before[from]) from++;
    entities = previous.entities.slice(0, from < before.length ? entitiesBefore(previous.entities, before[from].start) : previous.entities.length);
  }
  for (let index = from; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (index % PARAGRAPHS_PASSED_PER_STEP === PARAGRAPHS_PASSED_PER_STEP - 1) yield;
    for (const entity of paragraph.entities) entities.push(entity);
  }
  return entities;
}

/** How many of `entities`, in order, start before `offset`. */
function entitiesBefore(entities: readonly Entity[], offset: number): number {
  let low = 0;
  for (let high = entities.length; low < high;) {
    const middle = (low + high) >>> 1;
    if (entities[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `entities`, those of `paragraphs` of `text` in order, after the document-level linking, in steps. */
function* linkedEntities(text: string, detector: ParagraphDetector, paragraphs: readonly ScannedParagraph[], entities: readonly Entity[]): Steps<readonly Entity[]> {
  yield;
  const linked = yield* linkAcronyms(text, paragraphs, entities, detector.bodies);
  yield;
  const withAcronyms = yield* addUndefinedAcronyms(text, paragraphs, linked, detector.bodies);
  yield;
  return addLaterMentions(text, withAcronyms);
}
