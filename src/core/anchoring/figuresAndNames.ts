import { describeEntityValue } from '../entities/describeEntity';
import { detectEntities } from '../entities/detectEntities';
import type { Entity } from '../entities/types';

/** Finds the entities of a piece of text; the editor passes one that knows the user's own organisations. */
export type DetectEntities = (text: string) => readonly Entity[];

/** How the figures and names of a claim's quote compare with the text at a new place. */
export interface FiguresAndNamesDifference {
  /** Stated by the quote but not at the place, as "money £261,000,000 (GBP)". */
  readonly missing: readonly string[];
  /** At the place but not in the quote. */
  readonly added: readonly string[];
}

/**
 * The figures (by kind and normalised value), organisations and programmes (by canonical name)
 * and other numbers that `quote` states and `found` does not, and the reverse; undefined when they
 * state the same.
 * This is what decides whether a fuzzy match is the claim edited or another claim that reads alike.
 */
export function compareFiguresAndNames(quote: string, found: string, detect: DetectEntities = detectEntities): FiguresAndNamesDifference | undefined {
  const stated = signatures(quote, detect(quote));
  const there = signatures(found, detect(found));
  const missing = without(stated, there);
  const added = without(there, stated);
  return missing.length === 0 && added.length === 0 ? undefined : { missing, added };
}

/**
 * Each entity by kind and normalised value (or canonical name), and each number the detector does
 * not take for a figure ("Year 1", "3rd") as written: a changed number is never passed over.
 */
function signatures(text: string, entities: readonly Entity[]): string[] {
  const described = entities.map((entity) => `${entity.kind} ${'name' in entity.value ? entity.value.name : describeEntityValue(entity)}`);
  const bare = [...text.matchAll(/\d+(?:[.,]\d+)*/g)]
    .filter((number) => !entities.some((entity) => entity.start <= number.index && number.index < entity.end))
    .map((number) => `number ${number[0]}`);
  return [...described, ...bare];
}

/** `a` less `b`, as multisets: a figure stated twice must be there twice. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const index = left.indexOf(item);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}
