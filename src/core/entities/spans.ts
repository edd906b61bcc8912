import type { Entity } from './types';

/**
 * Keeps the leftmost, then longest, of overlapping names; on a tie a name from `preferred` (the
 * curated list) wins over one from `others` (found by rule). Returns them sorted by start.
 */
export function longestWithoutOverlaps(preferred: readonly Entity[], others: readonly Entity[]): readonly Entity[] {
  // Most paragraphs have names from one source only, and each source's list is already sorted.
  if (others.length === 0) return preferred;
  if (preferred.length === 0) return others;
  const byStartThenLength = (a: Entity, b: Entity) => a.start - b.start || (b.end - b.start) - (a.end - a.start);
  // Names by rule may overlap one another; the curated list's are sorted and apart already.
  const sortedOthers = [...others].sort(byStartThenLength);
  const kept: Entity[] = [];
  let lastEnd = -1;
  let next = 0;
  const keep = (entity: Entity) => {
    if (entity.start >= lastEnd) {
      kept.push(entity);
      lastEnd = entity.end;
    }
  };
  for (const entity of preferred) {
    while (next < sortedOthers.length && byStartThenLength(sortedOthers[next], entity) < 0) keep(sortedOthers[next++]);
    keep(entity);
  }
  while (next < sortedOthers.length) keep(sortedOthers[next++]);
  return kept;
}

/** Both sorted lists in one, dropping from `lower` whatever overlaps `upper`. */
export function mergeGiving(upper: readonly Entity[], lower: readonly Entity[]): readonly Entity[] {
  if (lower.length === 0) return upper;
  if (upper.length === 0) return lower;
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
