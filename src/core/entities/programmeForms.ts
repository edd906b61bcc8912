import type { Entity, NamedEntity } from './types';

/** Lower-case head nouns after a programme's name, left out of its span: "the Crossrail programme" → Crossrail. */
export const LOWER_CASE_PROGRAMME_HEADS: readonly string[] = ['programme', 'program', 'scheme', 'project'];

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
const WORD_BEFORE = /([A-Za-z0-9\u00C0-\u024F'’-]+)([ \t\r\n]+)$/;

/**
 * A programme named before a lower-case head noun, the head left out: "the Crossrail programme",
 * "the Ajax armoured vehicle programme", "the Kickstart scheme", "the Holiday Activities and
 * Food programme" when the list lacks it. One capitalised word needs "the" before it, so that a
 * sentence's first word or a place is not taken for a name; a listed body's programme ("the NHS
 * England programme") is not a programme's name.
 */
export function programmeBeforeHead(text: string, headStart: number, listed: readonly Entity[]): NamedEntity | undefined {
  let position = headStart;
  let word = WORD_BEFORE.exec(text.slice(Math.max(0, position - 40), position));
  for (let modifiers = 0; word && /^[a-z][a-z-]*$/.test(word[1]) && !FUNCTION_WORDS.has(word[1]); modifiers++) {
    if (modifiers === MAX_MODIFIERS) return undefined;
    position -= word[0].length;
    word = WORD_BEFORE.exec(text.slice(Math.max(0, position - 40), position));
  }
  const end = position - (word ? word[2].length : 0);
  let start = end;
  const names: string[] = [];
  while (word && names.length < MAX_NAME_WORDS && (/^[A-Z]/.test(word[1]) || (names.length > 0 && word[1] === 'and'))) {
    names.push(word[1]);
    start = position - word[0].length;
    position = start;
    word = WORD_BEFORE.exec(text.slice(Math.max(0, position - 40), position));
  }
  if (names[names.length - 1] === 'and') return undefined;
  if (names.length === 0 || names.some((name) => NOT_NAMES.has(name))) return undefined;
  if (names.length === 1 && !(word && word[1].toLowerCase() === 'the')) return undefined;
  if (listed.some((name) => name.start < end && start < name.end)) return undefined;
  const spanText = text.slice(start, end);
  return { kind: 'programme', start, end, text: spanText, value: { name: spanText.replace(/\s+/g, ' ').replace(/’/g, "'"), aliases: [] }, origin: ORIGIN };
}
