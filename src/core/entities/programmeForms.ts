import type { Entity, NamedEntity } from './types';
import { classOf, isAsciiLowerCase, isAsciiUpperCase, isLineBlank, nameValueOf, OTHER, wordBefore, type WordBefore } from './words';

/** Lower-case head nouns after a programme's name, left out of its span: "the Crossrail programme" → Crossrail. */
export const LOWER_CASE_PROGRAMME_HEADS: readonly string[] = ['programme', 'program', 'scheme', 'project', 'programmes', 'programs', 'schemes', 'projects'];

const ORIGIN = { from: 'rule', rule: 'a name before a lower-case "programme", "program", "scheme" or "project"' } as const;
// Lower-case words that may stand between the name and its head: "the Ajax armoured vehicle programme".
const MAX_MODIFIERS = 3;
const MAX_NAME_WORDS = 5;
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'its', 'their',
  'this', 'that', 'these', 'those', 'our', 'his', 'her', 'new', 'whole', 'same', 'government', 'national', 'local']);
// Capitalised words that are not a programme's name: places, owners, sentence words.
const NOT_NAMES = new Set(['The', 'This', 'That', 'A', 'An', 'England', 'Scotland', 'Wales', 'Britain', 'Ireland', 'London', 'Europe',
  'UK', 'EU', 'US', 'Government', 'Council', 'Department', 'Ministry', 'NHS', 'Our', 'Its', 'Their', 'Pilot', 'Local', 'National']);
// Words of a name may hold digits: "the F-35 program".
function isWordCharacter(code: number): boolean {
  return classOf(code) !== OTHER || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** The word before the blanks that end at `end`, looking back at most 40 code units. */
function programmeWordBefore(text: string, end: number): WordBefore | undefined {
  return wordBefore(text, end, Math.max(0, end - 40), isLineBlank, isWordCharacter);
}

/** A word of lower-case letters and hyphens, starting with a letter. */
function isLowerCaseWord(word: string): boolean {
  if (!isAsciiLowerCase(word.charCodeAt(0))) return false;
  for (let index = 1; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (!isAsciiLowerCase(code) && code !== 0x2d) return false;
  }
  return true;
}

/**
 * A programme named before a lower-case head noun, the head left out: "the Crossrail programme",
 * "the Ajax armoured vehicle programme", "the Kickstart scheme", "the Holiday Activities and
 * Food programme" when the list lacks it. One capitalised word needs "the" before it, so that a
 * sentence's first word or a place is not taken for a name; a listed body's programme ("the NHS
 * England programme") is not a programme's name.
 */
export function programmeBeforeHead(text: string, headStart: number, listed: readonly Entity[]): NamedEntity[] {
  const quoted = quotedNamesBefore(text, headStart);
  if (quoted.length > 0) return quoted;
  const named = nameBeforeHead(text, headStart, listed);
  return named ? [named] : [];
}

// “Delivering Better Value” programme: a name in quotation marks, and others joined to it by "or", "and" or a comma.
const QUOTED_NAME_BEFORE = /[“"]((?:[A-Z][A-Za-z0-9'’-]*)(?:[ \t]+(?:[A-Z][A-Za-z0-9'’-]*|and|of|for|to|the))*)[”"]$/;
const JOINER_BEFORE = /(?:[ \t]+(?:or|and)[ \t]+|,[ \t]*)$/;

/** The quoted programme names just before a head noun: “Safety Net” or “Fair Start” programmes. */
function quotedNamesBefore(text: string, headStart: number): NamedEntity[] {
  const names: NamedEntity[] = [];
  let end = headStart;
  while (end > 0 && /[ \t]/.test(text[end - 1])) end--;
  for (;;) {
    // The pattern ends in a closing quotation mark: without one there, there is nothing to try.
    const closing = text.charCodeAt(end - 1);
    if (closing !== 0x201d && closing !== 0x22) break;
    const quoted = QUOTED_NAME_BEFORE.exec(text.slice(Math.max(0, end - 80), end));
    if (!quoted) break;
    const nameEnd = end - 1;
    const start = nameEnd - quoted[1].length;
    names.unshift({ kind: 'programme', start, end: nameEnd, text: quoted[1], value: { name: quoted[1].replace(/’/g, "'"), aliases: [] }, origin: QUOTED_ORIGIN });
    const joiner = JOINER_BEFORE.exec(text.slice(Math.max(0, start - 1 - 6), start - 1));
    if (!joiner) break;
    end = start - 1 - joiner[0].length;
  }
  return names;
}

const QUOTED_ORIGIN = { from: 'rule', rule: 'a quoted name before "programme" or "scheme"' } as const;

function nameBeforeHead(text: string, headStart: number, listed: readonly Entity[]): NamedEntity | undefined {
  let position = headStart;
  let word = programmeWordBefore(text, position);
  for (let modifiers = 0; word && isLowerCaseWord(word.word) && !FUNCTION_WORDS.has(word.word); modifiers++) {
    if (modifiers === MAX_MODIFIERS) return undefined;
    position = word.start;
    word = programmeWordBefore(text, position);
  }
  const end = word ? word.gapStart : position;
  let start = end;
  const names: string[] = [];
  while (word && names.length < MAX_NAME_WORDS && word.word !== 'The' && (isAsciiUpperCase(word.word.charCodeAt(0)) || (names.length > 0 && word.word === 'and'))) {
    names.push(word.word);
    start = word.start;
    word = programmeWordBefore(text, start);
  }
  if (names[names.length - 1] === 'and') return undefined;
  if (names.length === 0 || names.some((name) => NOT_NAMES.has(name))) return undefined;
  if (names.length === 1 && !(word && word.word.toLowerCase() === 'the')) return undefined;
  if (listed.some((name) => name.start < end && start < name.end)) return undefined;
  const spanText = text.slice(start, end);
  return { kind: 'programme', start, end, text: spanText, value: { name: nameValueOf(spanText), aliases: [] }, origin: ORIGIN };
}
