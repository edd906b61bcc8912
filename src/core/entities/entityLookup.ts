import { type Entity, type FigureEntity, isFigure } from './types';

/** Index of the first entity that ends after `offset`; entities are in document order. */
export function firstEndingAfter(entities: readonly Entity[], offset: number): number {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entities[middle].end <= offset) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** The entity under a cursor at `offset`; a cursor just after an entity's last character is still on it. */
export function entityAt(entities: readonly Entity[], offset: number): Entity | undefined {
  const index = firstEndingAfter(entities, offset - 1);
  const entity = entities[index];
  return entity && entity.start <= offset && offset <= entity.end ? entity : undefined;
}

export type Direction = 'next' | 'previous';

/**
 * The figure after (or before) `offset`, wrapping around the document; `wrapped` says it did.
 * A cursor inside a figure moves on to the following one, or back to the start of the one before.
 */
export function adjacentFigure(entities: readonly Entity[], offset: number, direction: Direction): { figure: FigureEntity; wrapped: boolean } | undefined {
  const figures = entities.filter(isFigure);
  if (figures.length === 0) {
    return undefined;
  }
  const found = direction === 'next' ? figures.find((figure) => figure.start > offset) : [...figures].reverse().find((figure) => figure.start < offset);
  if (found) {
    return { figure: found, wrapped: false };
  }
  return { figure: direction === 'next' ? figures[0] : figures[figures.length - 1], wrapped: true };
}
