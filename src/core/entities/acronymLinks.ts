import type { Steps } from '../util/steps';
import { isNamed, type Entity, type NamedEntity, type NamedValue, type Origin } from './types';
import type { BodyMatcher } from './bodyMatcher';
import { isPatternSpace } from './figures/reading';
import { mergeGiving } from './spans';
import { type BracketDefinition, ENTITIES_PER_STEP, type ScannedParagraph, standaloneUses } from './scannedParagraph';

const DEFINITION = /^[ \t]?\(([A-Z][A-Za-z&]{1,11})\)/;
// "the Equipment Plan (the Plan)": a programme's or an Act's own short name, its head word.
const SHORT_FORM = /^[ \t]?\((?:the|The)[ \t]+([A-Z][a-z]+)\)/;
const MINOR_WORDS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in', 'to', 'at']);
const MAX_MINOR_WORD = 3;

interface Definition {
  readonly kind: NamedEntity['kind'];
  readonly value: NamedValue;
  readonly origin: Origin;
}

const DEFINED_IN_BRACKETS: Origin = { from: 'rule', rule: 'an acronym defined in brackets after a name' };
const SHORT_FORM_ORIGIN: Origin = { from: 'rule', rule: 'a short name defined in brackets, "(the Plan)"' };
const INITIALS: Origin = { from: 'rule', rule: "the initials of a name in this document" };

/**
 * "Education Policy Institute" → "EPI": the capitals of the words that are not "of", "for",
 * "and"…, read in place: every distinct name of a document is asked, and splitting each into
 * words cost a short document's scan a twentieth.
 */
export function initialsOf(name: string): string {
  let initials = '';
  let index = 0;
  while (index < name.length) {
    while (index < name.length && isPatternSpace(name.charCodeAt(index))) index++;
    const start = index;
    while (index < name.length && !isPatternSpace(name.charCodeAt(index))) index++;
    if (index > start && !(index - start <= MAX_MINOR_WORD && MINOR_WORDS.has(name.slice(start, index).toLowerCase()))) initials += name[start];
  }
  return initials.toUpperCase();
}

/**
 * Links acronyms to full names in the document: an acronym defined in brackets, "National Audit
 * Office (NAO)", and one that is the initials of a name the document uses ("EPI" after
 * "Education Policy Institute"). The acronym becomes an alias of the full name in every mention,
 * and every use of it in the document is a mention too. `entities` are the document's, sorted and
 * without overlaps; `paragraphs` are the document's. In steps: the search of the document stops
 * every few paragraphs, each pass over its entities every thousand or so.
 */
export function* linkAcronyms(text: string, paragraphs: readonly ScannedParagraph[], entities: readonly Entity[], bodies: BodyMatcher): Steps<readonly Entity[]> {
  const byAcronym = new Map<string, Definition>();
  const define = (acronym: string, entity: NamedEntity, origin: Origin): void => {
    const value = entity.value;
    if (bodies.lookup(acronym)?.value.name === value.name || byAcronym.has(acronym)) return;
    byAcronym.set(acronym, { kind: entity.kind, value: { name: value.name, aliases: [...value.aliases.filter((alias) => alias !== acronym), acronym] }, origin });
  };
  const named: NamedEntity[] = [];
  // The paragraph the entity lies in, whose record has the definitions after its names.
  let at = 0;
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    if (index % ENTITIES_PER_STEP === ENTITIES_PER_STEP - 1) yield;
    if (!isNamed(entity)) continue;
    named.push(entity);
    while (paragraphs[at].end < entity.end) at++;
    const paragraph = paragraphs[at];
    const definitions = paragraph.definitions ??= definitionsOf(text, paragraph);
    if (definitions.length === 0) continue;
    const end = entity.end - paragraph.start;
    for (const definition of definitions) {
      if (definition.end === end) define(definition.acronym, entity, definition.origin);
    }
  }
  // One search of the document finds the uses of both kinds of acronym.
  const byInitials = yield* namesByInitials(named, bodies);
  const searched = new Set([...byAcronym.keys(), ...byInitials.keys()]);
  if (searched.size === 0) return entities;
  const uses = yield* standaloneUses(text, paragraphs, [...searched]);
  for (const { word } of uses) {
    const entity = byInitials.get(word);
    if (entity) define(word, entity, INITIALS);
  }
  if (byAcronym.size === 0) return entities;
  const byName = new Map([...byAcronym.values()].map((definition) => [definition.value.name, definition]));
  const linked: Entity[] = [];
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    if (index % ENTITIES_PER_STEP === ENTITIES_PER_STEP - 1) yield;
    if (!isNamed(entity)) {
      linked.push(entity);
    } else if (!byAcronym.has(entity.text)) {
      const definition = byName.get(entity.value.name);
      linked.push(definition ? { ...entity, value: definition.value } : entity);
    }
  }
  return mergeGiving(linked, uses.flatMap(({ word, index }): NamedEntity[] => {
    const definition = byAcronym.get(word);
    return definition ? [{ kind: definition.kind, start: index, end: index + word.length, text: word, value: definition.value, origin: definition.origin }] : [];
  }));
}

const NO_DEFINITIONS: readonly BracketDefinition[] = [];

/** What the names of `paragraph` of `text` define in brackets after them, in order. */
function definitionsOf(text: string, paragraph: ScannedParagraph): readonly BracketDefinition[] {
  let definitions: BracketDefinition[] | undefined;
  for (const entity of paragraph.entities) {
    // Most names are not followed by a bracket: look before slicing.
    if (!isNamed(entity) || (text[entity.end] !== '(' && text[entity.end + 1] !== '(')) continue;
    const end = entity.end - paragraph.start;
    const after = text.slice(entity.end, entity.end + 24);
    const match = DEFINITION.exec(after);
    if (match && (match[1].match(/[A-Z]/g) ?? []).length >= 2) (definitions ??= []).push({ end, acronym: match[1], origin: DEFINED_IN_BRACKETS });
    // A body's "(the Commission)" is a back reference, not a name; a programme's is its short name.
    const shortForm = entity.kind !== 'organisation' ? SHORT_FORM.exec(after) : null;
    if (shortForm && entity.text.endsWith(shortForm[1])) (definitions ??= []).push({ end, acronym: shortForm[1], origin: SHORT_FORM_ORIGIN });
  }
  return definitions ?? NO_DEFINITIONS;
}

/**
 * The names of the document by their initials, which count as the name's acronym where the
 * document uses them. Short initials ("DH", "IT") stand for too many things to count.
 */
function* namesByInitials(named: readonly NamedEntity[], bodies: BodyMatcher): Steps<Map<string, NamedEntity>> {
  const byInitials = new Map<string, NamedEntity>();
  const seen = new Set<string>();
  for (let index = 0; index < named.length; index++) {
    const entity = named[index];
    if (index % ENTITIES_PER_STEP === ENTITIES_PER_STEP - 1) yield;
    const { name } = entity.value;
    if (seen.has(name)) continue;
    seen.add(name);
    const initials = initialsOf(name);
    if (initials.length >= 3 && /^[A-Z]+$/.test(initials) && !byInitials.has(initials) && !bodies.lookup(initials)) byInitials.set(initials, entity);
  }
  return byInitials;
}
