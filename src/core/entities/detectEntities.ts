import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { paragraphDetectorFor } from './paragraphDetector';
import { detectAll } from './entityScanner';

export type { DetectOptions } from './detectOptions';

/**
 * The figures, organisations and programmes of `text`, sorted by start and without overlaps,
 * with offsets in UTF-16 code units.
 */
export function detectEntities(text: string, options?: DetectOptions): readonly Entity[] {
  return detectAll(paragraphDetectorFor(options), text);
}
