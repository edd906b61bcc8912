import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { ParagraphDetector } from './paragraphDetector';
import { type Paragraph, splitParagraphs } from '../paragraphs';
import { linkAcronyms } from './acronymLinks';
import { addUndefinedAcronyms } from './undefinedAcronyms';
import { addLaterMentions } from './laterMentions';

const DEFAULT_CACHE_SIZE = 20_000;

/**
 * Detects entities in a document, remembering each paragraph's entities by its text so that
 * re-scanning after an edit only re-detects the paragraphs that changed. Acronym linking, which
 * needs the whole document, runs after the per-paragraph pass.
 */
export class EntityScanner {
  private readonly detector: ParagraphDetector;
  private readonly cache = new Map<string, readonly Entity[]>();

  constructor(options?: DetectOptions, private readonly cacheSize = DEFAULT_CACHE_SIZE) {
    this.detector = new ParagraphDetector(options);
  }

  scan(text: string): readonly Entity[] {
    return scanDocument(text, this.detector, (paragraph) => this.cached(text, paragraph));
  }

  private cached(text: string, { start, text: paragraph }: Paragraph): readonly Entity[] {
    const hit = this.cache.get(paragraph);
    if (hit) {
      // Re-inserting keeps the map in least-recently-used order for eviction.
      this.cache.delete(paragraph);
      this.cache.set(paragraph, hit);
      return hit;
    }
    const entities = this.detector.detect(paragraph, text, start);
    this.cache.set(paragraph, entities);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    return entities;
  }
}

/**
 * `entity` moved `offset` code units on; spelt out because a spread is slower on this hot path.
 * Its kind and value are copied together, so the copy is the same member of the union.
 */
function shifted(entity: Entity, offset: number): Entity {
  const moved = { kind: entity.kind, start: entity.start + offset, end: entity.end + offset, text: entity.text, value: entity.value } as { -readonly [K in keyof Entity]: Entity[K] };
  if (entity.approx) moved.approx = entity.approx;
  if (entity.bound) moved.bound = entity.bound;
  if (entity.origin) moved.origin = entity.origin;
  return moved as Entity;
}

/** One pass over the paragraphs of `text`, then document-level linking. */
export function scanDocument(text: string, detector: ParagraphDetector, detectParagraph: (paragraph: Paragraph) => readonly Entity[]): readonly Entity[] {
  const entities: Entity[] = [];
  for (const paragraph of splitParagraphs(text)) {
    for (const entity of detectParagraph(paragraph)) {
      entities.push(paragraph.start === 0 ? entity : shifted(entity, paragraph.start));
    }
  }
  return addLaterMentions(text, addUndefinedAcronyms(text, linkAcronyms(text, entities, detector.bodies), detector.bodies));
}
