import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { BodyMatcher } from './bodyMatcher';
import { BUILT_IN_BODIES } from './bodyList';
import { detectFigures } from './figures';
import { findNamesByRule } from './nameRules';
import { longestWithoutOverlaps, mergeGiving } from './spans';
import { addSlashPartners } from './slashPartners';

/** Detects the entities of one paragraph, with offsets into that paragraph. */
export class ParagraphDetector {
  readonly bodies: BodyMatcher;

  constructor(options: DetectOptions = {}) {
    // The user's own entries come first so they win over a built-in entry of the same name.
    this.bodies = new BodyMatcher([...(options.extraBodies ?? []), ...BUILT_IN_BODIES]);
  }

  detect(paragraph: string): Entity[] {
    const names = addSlashPartners(paragraph, longestWithoutOverlaps(this.bodies.find(paragraph), findNamesByRule(paragraph)));
    return mergeGiving(names, detectFigures(paragraph));
  }
}
