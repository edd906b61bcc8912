import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { ParagraphDetector } from './paragraphDetector';
import { type Paragraph, splitParagraphs } from '../paragraphs';
import { linkAcronyms } from './acronymLinks';
import { addUndefinedAcronyms } from './undefinedAcronyms';
import { addLaterMentions } from './laterMentions';

/**
 * Detects entities in a document, remembering each paragraph's entities by its text so that
 * re-scanning after an edit only re-detects the paragraphs that changed. The cache holds exactly
 * the paragraphs of the last scan, rebuilt on every scan: no eviction, so a re-scan never costs
 * more than a fresh one at any paragraph count, and memory does not grow with edits. Acronym
 * linking, which needs the whole document, runs after the per-paragraph pass.
 */
export class EntityScanner {
  private readonly detector: ParagraphDetector;
  private lastScan = new Map<string, readonly Entity[]>();

  constructor(options?: DetectOptions) {
    this.detector = new ParagraphDetector(options);
  }

  scan(text: string): readonly Entity[] {
    const previous = this.lastScan;
    const current = new Map<string, readonly Entity[]>();
    const entities = scanDocument(text, this.detector, ({ start, text: paragraph }) => {
      let found = current.get(paragraph) ?? previous.get(paragraph);
      if (!found) found = this.detector.detect(paragraph, text, start);
      current.set(paragraph, found);
      return found;
    });
    this.lastScan = current;
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
