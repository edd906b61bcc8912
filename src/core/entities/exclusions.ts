import type { Exclusion } from './bodyListSchema';
import type { Entity } from './types';

/** How a text is compared with an exclusion: case and runs of white space do not matter. */
export function exclusionKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The texts excluded in the document at `documentPath` (relative to the folder that holds the
 * list, with forward slashes): those excluded everywhere, and those excluded in that document.
 */
export function excludedTextsFor(exclusions: readonly Exclusion[], documentPath: string | undefined): ReadonlySet<string> {
  return new Set(exclusions.filter((exclusion) => !exclusion.documents || (documentPath !== undefined && exclusion.documents.includes(documentPath)))
    .map((exclusion) => exclusionKey(exclusion.notAnEntity)));
}

/** `entities` without those whose text the user said is not an entity. */
export function withoutExcluded(entities: readonly Entity[], excluded: ReadonlySet<string>): readonly Entity[] {
  if (excluded.size === 0) return entities;
  return entities.filter((entity) => !excluded.has(exclusionKey(entity.text)));
}
