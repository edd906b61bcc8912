import type { DetectOptions } from './detectOptions';
import type { Entity } from './types';
import { BodyMatcher } from './bodyMatcher';
import { BUILT_IN_BODIES } from './bodyList';
import { detectFigures, FIGURE_START_WORDS } from './figures';
import { CandidateWords, findCandidateWords, FIGURE_WORD, LOWER_CASE_HEAD, NAME_HEAD, WordFilter } from './candidateWords';
import { findNamesByRule, LOWER_CASE_HEAD_WORDS, NAME_HEAD_WORDS } from './nameRules';
import { longestWithoutOverlaps, mergeGiving } from './spans';
import { addSlashPartners } from './slashPartners';
import { drain, type Steps } from '../util/steps';

/** Detects the entities of one paragraph, with offsets into that paragraph. */
export class ParagraphDetector {
  readonly wordFilter = new WordFilter();

  /** Filled afresh for each paragraph; `detect` runs to its end before it is called again. */
  private readonly candidates = new CandidateWords();

  private constructor(readonly bodies: BodyMatcher) {
    for (const [first, second] of this.bodies.nameOpenings()) this.wordFilter.addNameOpening(first, second);
    this.wordFilter.addKeys(FIGURE_START_WORDS, FIGURE_WORD);
    this.wordFilter.addKeys(NAME_HEAD_WORDS, NAME_HEAD);
    this.wordFilter.addKeys(LOWER_CASE_HEAD_WORDS, LOWER_CASE_HEAD);
  }

  /** The detector for `options`, built in steps (see BodyMatcher.inSteps). */
  static *inSteps(options: DetectOptions = {}): Steps<ParagraphDetector> {
    const bodies = yield* BodyMatcher.inSteps(BUILT_IN_BODIES, options.extraBodies);
    yield;
    return new ParagraphDetector(bodies);
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

/**
 * The one build of a detector, which whoever needs the detector runs on: at once (the first look
 * at a document, `detectEntities`) or a step at a time (a scan in slices, or the editor building
 * it ahead of the first document).
 */
class DetectorBuild {
  private detector: ParagraphDetector | undefined;

  constructor(private readonly job: Steps<ParagraphDetector>) {}

  *steps(): Steps<ParagraphDetector> {
    while (this.detector === undefined) {
      const step = this.job.next();
      if (step.done) this.detector = step.value;
      else yield;
    }
    return this.detector;
  }
}

const builds = new WeakMap<readonly unknown[], DetectorBuild>();
let defaultBuild: DetectorBuild | undefined;

/**
 * The build of the detector for `options`, one per list of extra bodies: building one indexes the
 * whole built-in list, which costs more than scanning a short document, and a detector holds
 * nothing from one paragraph to the next, so scanners and calls of `detectEntities` share it.
 */
function buildFor(options: DetectOptions | undefined): DetectorBuild {
  const extra = options?.extraBodies;
  if (!extra || extra.length === 0) return defaultBuild ??= new DetectorBuild(ParagraphDetector.inSteps());
  let build = builds.get(extra);
  if (!build) {
    build = new DetectorBuild(ParagraphDetector.inSteps(options));
    builds.set(extra, build);
  }
  return build;
}

/** The detector for `options`, the shared one, finished now if its build is under way. */
export function paragraphDetectorFor(options: DetectOptions | undefined): ParagraphDetector {
  return drain(buildFor(options).steps());
}

/** The detector for `options`, the shared one, built (or its build under way carried on) in steps. */
export function paragraphDetectorSteps(options: DetectOptions | undefined): Steps<ParagraphDetector> {
  return buildFor(options).steps();
}
