import type { Entity, NamedValue } from './types';
import type { BodyMatcher } from './bodyMatcher';
import { mergeGiving } from './spans';

const DEFINITION = /^[ \t]?\(([A-Z][A-Za-z&]{1,11})\)/;

interface Definition {
  readonly kind: Entity['kind'];
  readonly value: NamedValue;
}

function isNamed(entity: Entity): boolean {
  return entity.kind === 'organisation' || entity.kind === 'programme';
}

/**
 * Links acronyms defined in brackets, "National Audit Office (NAO)": the acronym becomes an alias
 * of the full name in every mention, and every use of it in the document is a mention too.
 * `entities` are the document's, sorted and without overlaps.
 */
export function linkAcronyms(text: string, entities: readonly Entity[], bodies: BodyMatcher): readonly Entity[] {
  const byAcronym = new Map<string, Definition>();
  for (const entity of entities) {
    if (!isNamed(entity)) continue;
    const match = DEFINITION.exec(text.slice(entity.end, entity.end + 16));
    if (!match || (match[1].match(/[A-Z]/g) ?? []).length < 2) continue;
    const acronym = match[1];
    const name = (entity.value as NamedValue).name;
    if (bodies.lookup(acronym)?.value.name === name || byAcronym.has(acronym)) continue;
    const value = entity.value as NamedValue;
    byAcronym.set(acronym, { kind: entity.kind, value: { name, aliases: [...value.aliases.filter((alias) => alias !== acronym), acronym] } });
  }
  if (byAcronym.size === 0) return entities;
  const byName = new Map([...byAcronym.values()].map((definition) => [definition.value.name, definition]));
  const linked = entities.filter((entity) => !(isNamed(entity) && byAcronym.has(entity.text))).map((entity) => {
    const definition = isNamed(entity) ? byName.get((entity.value as NamedValue).name) : undefined;
    return definition ? { ...entity, value: definition.value } : entity;
  });
  return mergeGiving(linked, acronymUses(text, byAcronym));
}

function acronymUses(text: string, byAcronym: ReadonlyMap<string, Definition>): Entity[] {
  const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${[...byAcronym.keys()].join('|')})(?![A-Za-z0-9])`, 'g');
  const uses: Entity[] = [];
  for (const match of text.matchAll(pattern)) {
    const definition = byAcronym.get(match[0])!;
    uses.push({ kind: definition.kind, start: match.index, end: match.index + match[0].length, text: match[0], value: definition.value });
  }
  return uses;
}
