import type { Entity } from './types';

/**
 * Keeps the leftmost, then longest, of overlapping names; on a tie a name from `preferred` (the
 * curated list) wins over one from `others` (found by rule). Returns them sorted by start.
 */
export function longestWithoutOverlaps(preferred: readonly Entity[], others: readonly Entity[]): readonly Entity[] {
  // Most paragraphs have names from one source only, and each source's list is already sorted.
  if (others.length === 0) return preferred;
  if (preferred.length === 0) return others;
  const ranked = [...preferred.map((entity) => ({ entity, rank: 0 })), ...others.map((entity) => ({ entity, rank: 1 }))];
  ranked.sort((a, b) => a.entity.start - b.entity.start
    || (b.entity.end - b.entity.start) - (a.entity.end - a.entity.start)
    || a.rank - b.rank);
  const kept: Entity[] = [];
  let lastEnd = -1;
  for (const { entity } of ranked) {
    if (entity.start >= lastEnd) {
      kept.push(entity);
      lastEnd = entity.end;
    }
  }
  return kept;
}

/** Both sorted lists in one, dropping from `lower` whatever overlaps `upper`. */
export function mergeGiving(upper: readonly Entity[], lower: readonly Entity[]): Entity[] {
  const merged: Entity[] = [];
  let index = 0;
  for (const entity of lower) {
    while (index < upper.length && upper[index].end <= entity.start) merged.push(upper[index++]);
    if (index < upper.length && upper[index].start < entity.end) continue;
    merged.push(entity);
  }
  while (index < upper.length) merged.push(upper[index++]);
  return merged;
}
