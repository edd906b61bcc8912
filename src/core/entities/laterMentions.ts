import { mergeGiving } from './spans';
import type { Entity, NamedEntity } from './types';

/**
 * Once a text names a programme by its form ("the Ajax programme"), its later short mentions are
 * that programme too ("the lessons of Ajax"): every standalone use of a one-word programme name
 * found by rule becomes a mention of it. `entities` are sorted and without overlaps.
 */
export function addLaterMentions(text: string, entities: readonly Entity[]): readonly Entity[] {
  const named = new Map<string, NamedEntity>();
  for (const entity of entities) {
    if (entity.kind === 'programme' && entity.origin?.from === 'rule' && /^[A-Z][A-Za-z0-9-]+$/.test(entity.text) && !named.has(entity.text)) named.set(entity.text, entity);
  }
  if (named.size === 0) return entities;
  const taken = new Set(entities.map((entity) => entity.start));
  const mentions: NamedEntity[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![A-Za-z0-9'’-])(?:${[...named.keys()].join('|')})(?![A-Za-z0-9-])`, 'g'))) {
    const first = named.get(match[0])!;
    if (match.index > first.start && !taken.has(match.index)) mentions.push({ ...first, start: match.index, end: match.index + match[0].length });
  }
  return mentions.length === 0 ? entities : mergeGiving(entities, mentions);
}
