import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { ParagraphDetector } from './paragraphDetector';
import { type Paragraph, splitParagraphs } from './paragraphs';
import { linkAcronyms } from './acronymLinks';

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

/** `entity` moved `offset` code units on; spelt out because a spread is several times slower. */
function shifted(entity: Entity, offset: number): Entity {
  const moved: { -readonly [K in keyof Entity]: Entity[K] } = { kind: entity.kind, start: entity.start + offset, end: entity.end + offset, text: entity.text, value: entity.value };
  if (entity.approx) moved.approx = entity.approx;
  if (entity.bound) moved.bound = entity.bound;
  return moved;
}

/** One pass over the paragraphs of `text`, then document-level linking. */
export function scanDocument(text: string, detector: ParagraphDetector, detectParagraph: (paragraph: Paragraph) => readonly Entity[]): readonly Entity[] {
  const entities: Entity[] = [];
  for (const paragraph of splitParagraphs(text)) {
    for (const entity of detectParagraph(paragraph)) {
      entities.push(paragraph.start === 0 ? entity : shifted(entity, paragraph.start));
    }
  }
  return linkAcronyms(text, entities, detector.bodies);
}
