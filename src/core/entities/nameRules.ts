import type { Entity, Origin } from './types';
import type { OffsetList } from './candidateWords';
import type { NamedKind } from './bodyMatcher';
import { classOf, isApostrophe, isAsciiLowerCase, isAsciiUpperCase, isBlank, isLineBlank, isWordJoiner, nameValueOf, OTHER, wordBefore, type WordBefore } from './words';
import { LOWER_CASE_PROGRAMME_HEADS, programmeBeforeHead } from './programmeForms';

/**
 * Finds names the list lacks by their shape, looking at `nameHeads` (start and end pairs of the
 * words `findCandidateWords` found may be a head word): capitalised words ending in a word such as Trust,
 * Commission or Partnership ("Moore Adamson Craig Partnership"), optionally followed by
 * "of/for/on" and more capitalised words ("Commission on Hospital Care for Frail Older People"),
 * and joined names ("HSJ/Serco Commission …").
 */
export function findNamesByRule(text: string, nameHeads: OffsetList, listed: readonly Entity[] = []): Entity[] {
  const found: Entity[] = [];
  let searchedTo = 0;
  for (let index = 0; index < nameHeads.length; index += 2) {
    const start = nameHeads.values[index];
    const end = nameHeads.values[index + 1];
    if (start < searchedTo) continue;
    const head = text.slice(start, end);
    if (!HEAD_SET.has(head) || isWordJoiner(text.charCodeAt(start - 1)) || isWordJoiner(text.charCodeAt(end))) continue;
    // "2. Increase Child Benefit", "the US Government Accountability Office": the list knows where the name starts.
    if (listed.some((name) => name.start <= start && end <= name.end && isSentenceFirstWordBefore(text, name.start))) continue;
    // Names found by rule so far count as known names, where a name read backwards stops.
    const known = found.length > 0 ? listed.concat(found) : listed;
    if (LOWER_CASE_PROGRAMME_SET.has(head)) {
      for (const name of programmeBeforeHead(text, start, known)) searchedTo = addFound(found, name, end, searchedTo);
    } else {
      const name = nameAround(text, start, end, head, known);
      if (name) searchedTo = addFound(found, name, end, searchedTo);
    }
  }
  return found;
}

/**
 * Adds `name`, found at the head word ending at `headEnd`, unless it still reaches into the name
 * before it (the earlier one stands); gives where the search goes on.
 */
function addFound(found: Entity[], name: Entity, headEnd: number, searchedTo: number): number {
  if (found.length > 0 && name.start < found[found.length - 1].end) return searchedTo;
  found.push(name);
  return Math.max(headEnd, name.end);
}

const LEGAL_FORMS = new Set(['Ltd', 'Limited', 'LLP', 'PLC', 'plc']);
const ORGANISATION_HEADS = ['Trust', 'Office', 'Commission', 'Committee', 'College', 'Council', 'Department',
  'Association', 'Foundation', 'Partnership', 'Institute', 'Agency', 'Authority', 'Board', 'Service', 'Party',
  'University', 'Society', 'Federation', 'Confederation', 'Alliance', 'Network', 'Forum', 'Centre', 'Center',
  'Union', 'Inspectorate', 'Ombudsman', 'Bank', 'Group', 'Company', 'Corporation', 'Academy', 'School',
  'Hospital', 'Observatory', 'Consortium', 'Collaborative', 'Tribunal', 'Ministry', 'Executive', 'Assembly',
  // Local NHS bodies by their short kind: "Mid and South Essex ICB", "NHS Bristol CCG".
  'ICB', 'CCG', 'ICS', 'STP',
  'Coalition', 'Taskforce', 'Organisation', 'Organization',
  // Parts of a body and bodies of other countries: "the Statistics Directorate", "the Subcommittee
  // on Rural Development", "Thames Valley Police", "the Social Security Administration".
  'Directorate', 'Division', 'Subcommittee', 'Secretariat', 'Bureau', 'Police', 'Constabulary', 'Administration',
  'Regulator', 'Unit',
  // A government named by a proper qualifier: "the Commonwealth Government" (not "the Government", "Local Government").
  'Government',
  // Companies by their legal form, which is left out of the span as the list leaves it out of
  // "Serco": "Balfour Beatty plc" → "Balfour Beatty".
  ...LEGAL_FORMS];
const PROGRAMME_HEADS = ['Fund', 'Programme', 'Plan', 'Strategy', 'Initiative', 'Scheme', 'Framework', 'Grant',
  // Schemes, facilities and named benefits: "the Covid Corporate Financing Facility", "Winter Fuel Payment".
  'Project', 'Facility', 'Guarantee', 'Payment', 'Credit', 'Benefit', 'Levy', 'Deal',
  // Government style writes "the Supporting Families programme"; the lower-case head is left out of the span.
  ...LOWER_CASE_PROGRAMME_HEADS];
// Acts and Bills are legislation, whose name ends at the head word: a year after it is a date.
const LEGISLATION_HEADS = ['Act', 'Bill'];
const PROGRAMME_HEAD_SET = new Set(PROGRAMME_HEADS);
const LOWER_CASE_PROGRAMME_SET = new Set(LOWER_CASE_PROGRAMME_HEADS);
const LEGISLATION_HEAD_SET = new Set(LEGISLATION_HEADS);
const ORGANISATION_HEAD_SET = new Set(ORGANISATION_HEADS);
const HEAD_SET = new Set([...ORGANISATION_HEADS, ...PROGRAMME_HEADS, ...LEGISLATION_HEADS]);
/** The words a name found by rule ends with, in their look-up form. */
export const NAME_HEAD_WORDS: readonly string[] = [...HEAD_SET].map((head) => head.toLowerCase());
/** Head words that count in lower case too. */
export const LOWER_CASE_HEAD_WORDS: readonly string[] = [...HEAD_SET].filter((head) => head === head.toLowerCase());

// Words that are capitalised for another reason: they start a sentence or are a title.
const NOT_NAME_WORDS = new Set(('The A An This That These Those Its It Their Our His Her My Your In On At By For From To ' +
  'With As And But Or If When While Under After Before Both Each Every Some Many Most Any All No Not Meanwhile ' +
  'However Yet So Also Then Than Sir Dame Lord Lady Professor Prof Dr Mr Mrs Ms Miss Chief Deputy Director ' +
  'Secretary Minister Chair Chairman President Executive Former Said Says Monday Tuesday Wednesday Thursday ' +
  'Friday Saturday Sunday January February March April May June July August September October November ' +
  'December Last Next Every Why What How Who Where Which Is Are Was Were Will Would Could Should May Might ' +
  'Yesterday Today Tomorrow Recently Currently Earlier Later Since Until Although Though Because Instead Indeed ' +
  'Overall Finally Similarly Likewise Moreover Furthermore Nevertheless Nonetheless Thus Therefore Hence ' +
  'Accordingly Despite During Across Among Between Through Within Including Following Unlike').split(' '));

// Names made only of these words describe a kind of body ("NHS Foundation Trust", "Local Authority").
const GENERIC_WORDS = new Set(('NHS Foundation Trust Trusts Care Health Local Strategic Primary Acute Mental Community ' +
  'Ambulance Hospital Hospitals Clinical Commissioning Group Authority Council County District Borough City Unitary ' +
  'Combined Integrated Partnership Board Service Services Social Public National Specialist General Teaching ' +
  'University Committee Commission Department Office Fund Plan Programme Act Government Select Joint Party ' +
  'Management Executive Agency Academy School College Network Centre Group New Our Policy Care Quality').split(' '));

// A sentence's first word, or a country's short name ("the US Government Accountability Office" →
// the listed Government Accountability Office), before a listed name is not part of it.
const SENTENCE_FIRST_WORD_BEFORE = /(?:(?:^|[.!?:;]["”’)]*[ \t]+|\n[ \t]*|\d+[.)][ \t]+)[A-Z][a-z]+|(?:^|[^A-Za-z])(?:UK|US|USA))[ \t]+$/;
// A line end may break a name: blanks here include line breaks.
const OF_PHRASE = /[ \t\r\n]+(?:of|for|on)[ \t\r\n]+(?:the[ \t\r\n]+)?((?:[A-Z][A-Za-z\u00C0-\u024F'’-]*)(?:[ \t\r\n]+[A-Z][A-Za-z\u00C0-\u024F'’-]*)*)/y;
const CLOSING_BRACKET = 0x29;
// The bracketed part of an Act's or a Bill's name: "Housing (Scotland) Act", "Renters (Reform) Bill".
const BRACKETED_PART_BEFORE = /\([A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|and|of|for|to|the))*\)[ \t]+$/;
const NEXT_CAPITAL = /[ \t\u00A0]+[A-Z][a-z]/y;
const POSSESSIVE_AFTER = /['’]s\b/y;
// "England’s", and the plural "Widgets’".
const POSSESSIVE_END = /^(.+?)(?:['’]s|(?<=s)['’])$/;
// Owners whose possessive comes before a name of something else: places and the government.
const OWNER_WORDS = new Set(['England', 'Scotland', 'Wales', 'Britain', 'Ireland', 'London', 'Europe', 'Government', 'Council', 'Country', 'Nation']);

/** A letter, a digit, or ' ’ . & - */
function isNameCharacter(code: number): boolean {
  return classOf(code) !== OTHER || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x26 || code === 0x2d;
}

/** NEXT_CAPITAL's blanks. */
function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Where the run of `isBlank` characters from `from` ends. */
function afterBlanks(text: string, from: number, isBlank: (code: number) => boolean): number {
  let index = from;
  while (isBlank(text.charCodeAt(index))) index++;
  return index;
}

/**
 * Whether SENTENCE_FIRST_WORD_BEFORE holds before `start`. The pattern needs blanks before
 * `start` and, before them, a capitalised word or a capital: a look at those few characters
 * answers most names ("the Better Care Fund") without the pattern, which tries every position
 * of the text before and cost a tenth of finding names by rule.
 */
function isSentenceFirstWordBefore(text: string, start: number): boolean {
  let blanksStart = start;
  while (blanksStart > 0 && (text.charCodeAt(blanksStart - 1) === 0x20 || text.charCodeAt(blanksStart - 1) === 0x09)) blanksStart--;
  if (blanksStart === start || blanksStart === 0) return false;
  const last = text.charCodeAt(blanksStart - 1);
  if (isAsciiLowerCase(last)) {
    let wordStart = blanksStart - 1;
    while (wordStart > 0 && isAsciiLowerCase(text.charCodeAt(wordStart - 1))) wordStart--;
    if (!isAsciiUpperCase(text.charCodeAt(wordStart - 1))) return false;
  } else if (!isAsciiUpperCase(last)) {
    return false;
  }
  return SENTENCE_FIRST_WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** A word of a name before `end`, and what parts it from the text after it: blanks or a slash. */
interface NameWordBefore extends WordBefore {
  readonly gap: string;
}

/** The word of a name that ends at a gap just before `end`, read backwards no further than `reach` code units. */
function nameWordBefore(text: string, end: number, reach: number): NameWordBefore | undefined {
  const before = wordBefore(text, end, Math.max(0, end - reach), isBlank, isNameCharacter, true);
  return before && { word: before.word, start: before.start, gapStart: before.gapStart, gap: text.slice(before.gapStart, end) };
}

/**
 * A capital, then letters, digits ("the F-35 Joint Program Office") and ' ’ . -; checked by hand,
 * as a pattern's call cost a tenth of finding names by rule.
 */
function isCapitalised(word: string): boolean {
  if (!isAsciiUpperCase(word.charCodeAt(0))) return false;
  for (let index = 1; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (classOf(code) === OTHER && code !== 0x27 && code !== 0x2019 && code !== 0x2e && code !== 0x2d) return false;
  }
  return true;
}

/**
 * Two or more capitals and nothing else ("NHS"), or, with `lowerCaseEnd`, with one lower-case
 * letter after them ("NHSx"); by hand, as every word before a head word is asked.
 */
function isInCapitals(word: string, lowerCaseEnd: boolean): boolean {
  const capitals = lowerCaseEnd && isAsciiLowerCase(word.charCodeAt(word.length - 1)) ? word.length - 1 : word.length;
  if (capitals < 2) return false;
  for (let index = 0; index < capitals; index++) {
    if (!isAsciiUpperCase(word.charCodeAt(index))) return false;
  }
  return true;
}

function isNameWord(word: string): boolean {
  return isCapitalised(word) && !NOT_NAME_WORDS.has(word);
}

/**
 * Whether a possessive before a name belongs to someone else: "Homes England’s Affordable Homes
 * Programme", "NHS’s", "the Government’s Industrial Strategy" — but not "King’s Fund" or
 * "St Mary’s Hospital".
 */
function isOwnerBefore(word: string, wordStart: number, listed: readonly Entity[]): boolean {
  if (!word.includes("'") && !word.includes('’')) return false;
  const base = POSSESSIVE_END.exec(word)?.[1];
  if (base === undefined) return false;
  return /^[A-Z]{2,}$/.test(base) || OWNER_WORDS.has(base) || listed.some((name) => name.end === wordStart + base.length);
}

function isLowerCase(word: string): boolean {
  return word === word.toLowerCase();
}

/** A company's lower-case "plc" needs a name of its own before it ("Capita plc"), not a listed one. */
function isNamedByLowerCaseHead(words: readonly string[], start: number, headStart: number, listed: readonly Entity[]): boolean {
  const ownWords = words.slice(1);
  return ownWords.length >= 1 && !ownWords.some((word) => HEAD_SET.has(word)) && !listed.some((name) => name.start >= start && name.end <= headStart);
}

function nameAround(text: string, headStart: number, headEnd: number, head: string, listed: readonly Entity[]): Entity | undefined {
  let end = headEnd;
  // Each pattern after the head word is tried only where its first character is: most head
  // words are followed by neither an apostrophe, an "of", nor another capitalised word.
  POSSESSIVE_AFTER.lastIndex = headEnd;
  const possessive = isApostrophe(text.charCodeAt(headEnd)) && POSSESSIVE_AFTER.test(text);
  let hasOfPhrase = false;
  if (!possessive) {
    const ofPhrase = readOfPhrase(text, headEnd, listed);
    // A phrase that ends in a body's head word is a body of its own: "Loughborough University for
    // the End Child Poverty Coalition".
    if (ofPhrase > headEnd && !endsWithOrganisationHead(text, ofPhrase)) {
      end = ofPhrase;
      hasOfPhrase = true;
    } else if (ofPhrase === headEnd) {
      // "Public Service Day": the head word is not where the name ends.
      NEXT_CAPITAL.lastIndex = headEnd;
      if (isAsciiUpperCase(text.charCodeAt(afterBlanks(text, headEnd, isSpaceOrTab))) && NEXT_CAPITAL.test(text)) return undefined;
    }
  }
  const words = [head];
  let start = headStart;
  for (;;) {
    // "National Care Service (Scotland) Bill", "Renters (Reform) Bill".
    const bracketed = text.charCodeAt(start - 2) === CLOSING_BRACKET && LEGISLATION_HEAD_SET.has(head)
      ? BRACKETED_PART_BEFORE.exec(text.slice(Math.max(0, start - 48), start)) : null;
    if (bracketed) {
      start -= bracketed[0].length;
      continue;
    }
    const before = nameWordBefore(text, start, 60);
    if (!before) break;
    if (start === headStart && LEGAL_FORMS.has(head)) end = before.start + before.word.length;
    const { word, gap } = before;
    // A line end inside a name is a broken line; after a head word or a listed name it is a list of names.
    if (gap.includes('\n') && (HEAD_SET.has(word) || listed.some((name) => name.end === before.start + word.length))) break;
    if (gap === '/') {
      // "HSJ/Serco Commission" is one name; "Kings Fund/Nuffield Trust" is two.
      if (!isNameWord(word) && !isInCapitals(word, false) || HEAD_SET.has(word)) break;
    } else if ((word === 'of' || word === 'for') && LEGISLATION_HEAD_SET.has(head)) {
      // An Act's name reads across "of" and "for": "Well-being of Future Generations (Wales) Act".
      const owner = nameWordBefore(text, before.start, 40);
      if (!owner || owner.gap === '/' || !isNameWord(owner.word) || HEAD_SET.has(owner.word)) break;
      words.push(word, owner.word);
      start = owner.start;
      continue;
    } else if (word === 'and' || word === '&') {
      // "Health and Social Care Act": one capitalised word joined by "and", then the name starts.
      const joined = nameWordBefore(text, before.start, 40);
      // An Act's name may hold a body's head word: "Local Government and Housing Act".
      const isHeadInside = (word: string): boolean => HEAD_SET.has(word) && !LEGISLATION_HEAD_SET.has(head);
      if (!joined || joined.gap === '/' || !isNameWord(joined.word) || isHeadInside(joined.word)) break;
      // "Ofsted and Care Quality Commission" are two listed names, not one.
      if (listed.some((name) => name.end === joined.start + joined.word.length || (name.start === start && name.end >= headEnd))) break;
      words.push(joined.word);
      start = joined.start;
      // "Surrey Heartlands Health and Care Partnership", "West Midlands Fire and Rescue Authority":
      // the words before the "and" are the name's too.
      for (let further = nameWordBefore(text, start, 40); further && further.gap !== '/' && isNameWord(further.word)
        && !isHeadInside(further.word) && !isOwnerBefore(further.word, further.start, listed); further = nameWordBefore(text, start, 40)) {
        words.push(further.word);
        start = further.start;
      }
      break;
    } else if (!isNameWord(word) && !isInCapitals(word, true) || isOwnerBefore(word, before.start, listed)) {
      break;
    }
    words.push(word);
    start = before.start;
  }
  if (words.length === 1 && !hasOfPhrase) return LEGISLATION_HEAD_SET.has(head) ? numberedLegislation(text, headStart, headEnd, head) : undefined;
  // "a Labour Government": a listed party as a modifier names the party, not a body of its own.
  if (head === 'Government' && listed.some((name) => name.end < headStart && /^[ \t]+$/.test(text.slice(name.end, headStart)))) return undefined;
  if (isLowerCase(head) && !isNamedByLowerCaseHead(words, start, headStart, listed)) return undefined;
  // Three or more words name a programme or an Act even when each is generic: "New Hospital Programme".
  const kind: NamedKind = PROGRAMME_HEAD_SET.has(head) ? 'programme' : LEGISLATION_HEAD_SET.has(head) ? 'legislation' : 'organisation';
  const ownWords = LEGAL_FORMS.has(head) ? words.slice(1) : words;
  if (!hasOfPhrase && !(kind !== 'organisation' && words.length >= 3) && ownWords.every((word) => GENERIC_WORDS.has(word))) return undefined;
  const spanText = text.slice(start, end);
  return { kind, start, end, text: spanText, value: { name: nameValueOf(spanText), aliases: [] }, origin: originOf(head, hasOfPhrase) };
}

/** The origins of names by rule, one per head word and whether an of-phrase follows it: a name found so took an origin and a rule's text of its own. */
const ORIGINS = new Map<string, Origin>();

function originOf(head: string, hasOfPhrase: boolean): Origin {
  const key = hasOfPhrase ? `${head} of` : head;
  let origin = ORIGINS.get(key);
  if (!origin) {
    origin = { from: 'rule', rule: `a name ending in "${LEGAL_FORMS.has(head) ? 'a legal form' : head}"${hasOfPhrase ? ' and an of-phrase' : ''}` };
    ORIGINS.set(key, origin);
  }
  return origin;
}

const YEAR_BEFORE_ACT = /(?:^|[^A-Za-z])the[ \t]+(?:18|19|20)\d\d[ \t]+$/i;
const BILL_NUMBER_AFTER = /[ \t]+[A-Z]{1,2}-\d{1,4}(?![\w-])/y;

/**
 * An Act or a Bill known by a number rather than words: "the 1989 Act" (a short mention of a
 * named Act; the year is a date of its own) and "Bill C-83" (a bill's number is part of its name).
 */
function numberedLegislation(text: string, headStart: number, headEnd: number, head: string): Entity | undefined {
  let end = headEnd;
  if (head === 'Bill') {
    BILL_NUMBER_AFTER.lastIndex = headEnd;
    if (!BILL_NUMBER_AFTER.test(text)) return undefined;
    end = BILL_NUMBER_AFTER.lastIndex;
  } else if (!YEAR_BEFORE_ACT.test(text.slice(Math.max(0, headStart - 12), headStart))) {
    return undefined;
  }
  const spanText = text.slice(headStart, end);
  return { kind: 'legislation', start: headStart, end, text: spanText, value: { name: spanText, aliases: [] }, origin: NUMBERED_LEGISLATION };
}

const NUMBERED_LEGISLATION = { from: 'rule', rule: 'an Act or a Bill by its number ("the 1989 Act", "Bill C-83")' } as const;

function endsWithOrganisationHead(text: string, end: number): boolean {
  const lastWord = /[A-Za-z]+$/.exec(text.slice(Math.max(0, end - 20), end));
  return lastWord !== null && ORGANISATION_HEAD_SET.has(lastWord[0]);
}

/**
 * End of "of Health", "on Hospital Care for Frail Older People" after a head word, or `from` if
 * none. A possessive ends the name before its "’s": "the Bank of England’s forecast".
 */
function readOfPhrase(text: string, from: number, listed: readonly Entity[]): number {
  let end = from;
  for (;;) {
    OF_PHRASE.lastIndex = end;
    const next = afterBlanks(text, end, isLineBlank);
    const match = next > end && (text.charCodeAt(next) === 0x6f || text.charCodeAt(next) === 0x66) ? OF_PHRASE.exec(text) : null;
    if (!match) return end === from ? end : andPhraseEnd(text, end, listed);
    const words = match[1].split(/\s+/);
    let kept = 0;
    let possessiveLength = 0;
    for (const word of words) {
      if (!isNameWord(word)) break;
      kept++;
      const base = POSSESSIVE_END.exec(word)?.[1];
      if (base !== undefined) {
        possessiveLength = word.length - base.length;
        break;
      }
    }
    if (kept === 0) return end;
    end = OF_PHRASE.lastIndex - match[1].length + offsetAfterWords(match[1], kept) - possessiveLength;
    if (kept < words.length || possessiveLength > 0) return andPhraseEnd(text, end, listed);
  }
}

// "Ministry of Housing and Urban Development": the of-phrase goes on over "and" and capitalised words.
const AND_PHRASE = /[ \t]+and[ \t]+((?:[A-Z][a-z][A-Za-z'’-]*)(?:[ \t]+[A-Z][a-z][A-Za-z'’-]*)*)/y;

/** Where the of-phrase ending at `end` ends once an "and" phrase is read, unless a listed name starts after the "and". */
function andPhraseEnd(text: string, end: number, listed: readonly Entity[]): number {
  AND_PHRASE.lastIndex = end;
  const match = AND_PHRASE.exec(text);
  if (!match) return end;
  const start = AND_PHRASE.lastIndex - match[1].length;
  const words = match[1].split(/[ \t]+/);
  if (!words.every(isNameWord) || words.some((word) => HEAD_SET.has(word)) || listed.some((name) => name.start === start)) return end;
  return AND_PHRASE.lastIndex;
}

function offsetAfterWords(phrase: string, count: number): number {
  const pattern = /\S+/g;
  let end = 0;
  for (let index = 0; index < count; index++) {
    const match = pattern.exec(phrase);
    if (!match) break;
    end = match.index + match[0].length;
  }
  return end;
}
