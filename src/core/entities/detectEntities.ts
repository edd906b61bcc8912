import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { ParagraphDetector } from './paragraphDetector';
import { detectParagraph, scanDocument } from './entityScanner';
import { drain } from '../anchoring/steps';
import { splitParagraphs } from '../paragraphs';

export type { DetectOptions } from './detectOptions';

const detectors = new WeakMap<readonly unknown[], ParagraphDetector>();
let defaultDetector: ParagraphDetector | undefined;

function detectorFor(options: DetectOptions | undefined): ParagraphDetector {
  const extra = options?.extraBodies;
  if (!extra || extra.length === 0) return defaultDetector ??= new ParagraphDetector();
  let detector = detectors.get(extra);
  if (!detector) {
    detector = new ParagraphDetector(options);
    detectors.set(extra, detector);
  }
  return detector;
}

/**
 * The figures, organisations and programmes of `text`, sorted by start and without overlaps,
 * with offsets in UTF-16 code units.
 */
export function detectEntities(text: string, options?: DetectOptions): readonly Entity[] {
  const detector = detectorFor(options);
  return drain(scanDocument(text, detector, splitParagraphs(text).map((paragraph) => detectParagraph(detector, text, paragraph))));
}
