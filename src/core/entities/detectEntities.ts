import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { paragraphDetectorFor } from './paragraphDetector';
import { detectParagraph, scanDocument } from './entityScanner';
import { drain } from '../util/steps';
import { splitParagraphs } from '../paragraphs';

export type { DetectOptions } from './detectOptions';

/**
 * The figures, organisations and programmes of `text`, sorted by start and without overlaps,
 * with offsets in UTF-16 code units.
 */
export function detectEntities(text: string, options?: DetectOptions): readonly Entity[] {
  const detector = paragraphDetectorFor(options);
  return drain(scanDocument(text, detector, splitParagraphs(text).map((paragraph) => detectParagraph(detector, text, paragraph))));
}
