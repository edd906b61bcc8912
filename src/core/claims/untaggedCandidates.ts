import { overlaps, type Span } from '../textDocument';
import type { ClaimCandidate } from './claimCandidates';

/** A paragraph's candidates that are not tagged yet, best first. */
export interface ParagraphCandidates {
  readonly paragraph: Span;
  readonly candidates: readonly ClaimCandidate[];
}

/**
 * The candidates no tagged claim overlaps, scoring at least `minScore`, grouped by paragraph in
 * document order (one lens each) and ordered within a paragraph by score, best first (the order
 * the quick pick offers them), then by position.
 */
export function untaggedByParagraph(candidates: readonly ClaimCandidate[], tagged: readonly Span[], minScore: number): ParagraphCandidates[] {
  const groups = new Map<number, { paragraph: Span; candidates: ClaimCandidate[] }>();
  for (const candidate of candidates) {
    if (candidate.score < minScore || tagged.some((span) => overlaps(span, candidate))) continue;
    const group = groups.get(candidate.paragraph.start) ?? { paragraph: candidate.paragraph, candidates: [] };
    group.candidates.push(candidate);
    groups.set(candidate.paragraph.start, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.paragraph.start - b.paragraph.start)
    .map((group) => ({ paragraph: group.paragraph, candidates: group.candidates.sort((a, b) => b.score - a.score || a.start - b.start) }));
}

/** The untagged candidates of the paragraphs `within` touches, best first in each paragraph. */
export function untaggedWithin(candidates: readonly ClaimCandidate[], tagged: readonly Span[], minScore: number, within: Span): ClaimCandidate[] {
  return untaggedByParagraph(candidates.filter((candidate) => overlaps(candidate, within)), tagged, minScore)
    .flatMap((group) => group.candidates);
}
