import type { Entity, NamedValue } from './types';

function namesOf(value: NamedValue): string[] {
  return [value.name, ...value.aliases].map((name) => name.toLowerCase());
}

/** Every mention of the same organisation or programme as `entity`, by canonical name or alias. */
export function findMentionsOf(entities: readonly Entity[], entity: Entity): Entity[] {
  if (entity.kind !== 'organisation' && entity.kind !== 'programme') return [];
  const value = entity.value as NamedValue;
  const names = new Set(namesOf(value));
  const canonical = value.name.toLowerCase();
  return entities.filter((other) => other.kind === entity.kind
    && (((other.value as NamedValue).name.toLowerCase() === canonical) || namesOf(other.value as NamedValue).some((name) => names.has(name))));
}
