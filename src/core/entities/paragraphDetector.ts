import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { BodyMatcher } from './bodyMatcher';
import { BUILT_IN_BODIES } from './bodyList';
import { detectFigures, FIGURE_START_WORDS } from './figures';
import { CandidateWords, findCandidateWords, FIGURE_WORD, LOWER_CASE_HEAD, NAME_HEAD, WordFilter } from './candidateWords';
import { findNamesByRule, LOWER_CASE_HEAD_WORDS, NAME_HEAD_WORDS } from './nameRules';
import { longestWithoutOverlaps, mergeGiving } from './spans';
import { addSlashPartners } from './slashPartners';

/** Detects the entities of one paragraph, with offsets into that paragraph. */
export class ParagraphDetector {
  readonly bodies: BodyMatcher;

  readonly wordFilter = new WordFilter();

  /** Filled afresh for each paragraph; `detect` runs to its end before it is called again. */
  private readonly candidates = new CandidateWords();

  constructor(options: DetectOptions = {}) {
    this.bodies = new BodyMatcher(BUILT_IN_BODIES, options.extraBodies);
    for (const [first, second] of this.bodies.nameOpenings()) this.wordFilter.addNameOpening(first, second);
    this.wordFilter.addKeys(FIGURE_START_WORDS, FIGURE_WORD);
    this.wordFilter.addKeys(NAME_HEAD_WORDS, NAME_HEAD);
    this.wordFilter.addKeys(LOWER_CASE_HEAD_WORDS, LOWER_CASE_HEAD);
  }

  /** `paragraph` is `document.slice(start)`, up to its end. */
  detect(paragraph: string, document = paragraph, start = 0): readonly Entity[] {
    // One pass over the words finds where each detector need look.
    const candidates = findCandidateWords(document, this.wordFilter, start, start + paragraph.length, this.candidates);
    const listed = this.bodies.find(paragraph, candidates.nameStarts);
    const names = addSlashPartners(paragraph, longestWithoutOverlaps(listed, findNamesByRule(paragraph, candidates.nameHeads, listed)));
    return mergeGiving(names, detectFigures(paragraph, candidates));
  }
}

const detectors = new WeakMap<readonly unknown[], ParagraphDetector>();
let defaultDetector: ParagraphDetector | undefined;

/**
 * The detector for `options`, built once per list of extra bodies: building one indexes the whole
 * built-in list, which costs more than scanning a short document, and a detector holds nothing
 * from one paragraph to the next, so scanners and calls of `detectEntities` share it.
 */
export function paragraphDetectorFor(options: DetectOptions | undefined): ParagraphDetector {
  const extra = options?.extraBodies;
  if (!extra || extra.length === 0) return defaultDetector ??= new ParagraphDetector();
  let detector = detectors.get(extra);
  if (!detector) {
    detector = new ParagraphDetector(options);
    detectors.set(extra, detector);
  }
  return detector;
}
