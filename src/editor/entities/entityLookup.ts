import { EntityKind, Entity, FIGURE_KINDS, FigureKind } from '../../core/entities/types';

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

export function isFigureKind(kind: EntityKind): kind is FigureKind {
  return (FIGURE_KINDS as readonly EntityKind[]).includes(kind);
}
