import type { Span } from '../textDocument';

export interface OverlapPairs<A, B> {
  readonly pairs: Array<[A, B]>;
  readonly onlyA: A[];
  readonly onlyB: B[];
}

/**
 * Pairs two annotators' spans one to one, largest shared stretch first (ties in the given order),
 * where `enough` accepts how much two spans share. An item without a span (`undefined`) pairs
 * with nothing.
 */
export function pairByOverlap<A, B>(
  a: readonly A[],
  b: readonly B[],
  spanOfA: (item: A) => Span | undefined,
  spanOfB: (item: B) => Span | undefined,
  enough: (shared: number, x: Span, y: Span) => boolean,
): OverlapPairs<A, B> {
  const candidates: Array<{ x: A; y: B; shared: number }> = [];
  const spansB = b.map(spanOfB);
  for (const x of a) {
    const spanA = spanOfA(x);
    if (!spanA) continue;
    b.forEach((y, index) => {
      const spanB = spansB[index];
      if (!spanB) return;
      const shared = Math.min(spanA.end, spanB.end) - Math.max(spanA.start, spanB.start);
      if (shared > 0 && enough(shared, spanA, spanB)) candidates.push({ x, y, shared });
    });
  }
  const usedA = new Set<A>();
  const usedB = new Set<B>();
  const pairs: Array<[A, B]> = [];
  for (const { x, y } of candidates.sort((p, q) => q.shared - p.shared)) {
    if (usedA.has(x) || usedB.has(y)) continue;
    usedA.add(x);
    usedB.add(y);
    pairs.push([x, y]);
  }
  return { pairs, onlyA: a.filter((x) => !usedA.has(x)), onlyB: b.filter((y) => !usedB.has(y)) };
}
