import { isNamed, type Entity, type NamedValue } from './types';

function namesOf(value: NamedValue): string[] {
  return [value.name, ...value.aliases].map((name) => name.toLowerCase());
}

/** Every mention of the same organisation or programme as `entity`, by canonical name or alias. */
export function findMentionsOf(entities: readonly Entity[], entity: Entity): Entity[] {
  if (!isNamed(entity)) return [];
  const names = new Set(namesOf(entity.value));
  const canonical = entity.value.name.toLowerCase();
  return entities.filter((other) => isNamed(other) && other.kind === entity.kind
    && (other.value.name.toLowerCase() === canonical || namesOf(other.value).some((name) => names.has(name))));
}
