import { atEnd } from './atEnd';

/**
 * People's names around reporting verbs, read from their shape: capitalised words, maybe after a
 * title. The entity detector finds organisations; people it does not look for.
 */

/** A personal title, its full stop optional. */
export const TITLE = '(?:Sir|Dame|Lord|Lady|Baroness|Baron|Professor|Prof|Dr|Mr|Mrs|Ms|Mx|Miss|Cllr|Rev|Revd)\\.?';
const CAPITALISED_WORD = '\\p{Lu}[\\p{L}’\'-]*\\p{L}';
/** A run of capitalised words, maybe after a title: a person's name, or an organisation the detector does not know. */
const NAME = new RegExp(`(?:${TITLE}\\s+)?${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*`, 'gu');
const NAME_AT_END = atEnd(new RegExp(`(?:${NAME.source})$`, 'u'));
const ACRONYM_AT_END = atEnd(/(?:^|[^\p{L}])(\p{Lu}{2,6})\s*$/u);
const HAS_TITLE = new RegExp(`^${TITLE}\\s`, 'u');
/** Capitalised words that start sentences, stand for someone without naming them, or are roles before a name. */
const NOT_NAMES = new Set(['It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'The', 'A', 'An',
  'But', 'And', 'So', 'As', 'Its', 'Their', 'His', 'Her', 'Our', 'Most', 'Some', 'Many', 'All', 'Yet', 'However', 'Meanwhile',
  'Chief', 'Executive', 'Director', 'Secretary', 'Minister', 'Chair', 'Chairman', 'Chairwoman', 'President', 'Deputy', 'Senior',
  'Health', 'Shadow', 'Former', 'Economist', 'Analyst', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Commissioner', 'Councillor',
  'Mayor', 'Governor', 'Leader', 'Head', 'Editor', 'Author', 'Researcher', 'Fellow', 'Policy', 'General', 'Permanent',
  // Groups that open sentences as speakers without being named: "Ministers said", "Critics argue".
  'Ministers', 'Officials', 'Critics', 'Campaigners', 'Experts', 'Analysts', 'Economists', 'Councils', 'Researchers', 'Doctors',
  'Nurses', 'Teachers', 'Unions', 'Employers', 'Landlords', 'Charities', 'Residents', 'Patients', 'Parents', 'Others', 'Both',
  'Opponents', 'Supporters', 'Providers', 'Leaders', 'Members', 'Authors', 'Witnesses', 'Stakeholders', 'Respondents', 'Participants',
  'MPs', 'Peers', 'Councillors', 'Auditors', 'Inspectors']);
/** Last words that make a capitalised run a body, not a person: "the Fiscal Institute said". */
const BODY_HEAD_WORDS = new Set(['Trust', 'Office', 'Commission', 'Committee', 'College', 'Council', 'Department', 'Association',
  'Foundation', 'Partnership', 'Institute', 'Agency', 'Authority', 'Board', 'Service', 'Party', 'University', 'Society',
  'Federation', 'Confederation', 'Alliance', 'Network', 'Forum', 'Centre', 'Center', 'Union', 'Inspectorate', 'Ombudsman',
  'Bank', 'Group', 'Company', 'Corporation', 'Academy', 'School', 'Observatory', 'Ministry', 'Treasury', 'Government',
  'Fund', 'Review', 'Panel', 'Unit', 'Taskforce', 'Coalition', 'Organisation', 'Executive', 'Assembly', 'Parliament']);

export interface PersonName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A person's name ending `head`: titled, or two words or more, or a surname alone right after
 * quoted speech ("…,” Morse added") or opening the sentence ("Smith said"). A lone capitalised
 * word elsewhere is as likely a place ("in Northumberland told us").
 */
export function lastPersonName(head: string, surnameAlone = true): PersonName | undefined {
  const match = mayEndWithCapitalisedWord(head) ? NAME_AT_END.exec(head) : null;
  if (!match) return undefined;
  const name = personName(match[0]);
  if (!name) return undefined;
  const start = match.index + match[0].length - name.length;
  const standsAlone = surnameAlone && /[”"],?\s*$|,\s*$|^(?:(?:But|And|Yet|So)\s+)?$/.test(head.slice(0, start));
  if (HAS_TITLE.test(name) || name.split(/\s+/).length > 1 || standsAlone) return { name, start, end: start + name.length };
  return undefined;
}

/**
 * Whether `head` may end with a capitalised word, as a name does: its last run of letters,
 * apostrophes and hyphens holds a capital, or a character beyond ASCII the pattern must judge.
 * Most reporting verbs follow a subject in lower case ("the report found"), where this spares
 * the pattern.
 */
function mayEndWithCapitalisedWord(head: string): boolean {
  for (let at = head.length - 1; at >= 0; at--) {
    const code = head.charCodeAt(at);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return true;
    if (!((code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x2d)) return false;
  }
  return false;
}

/** An acronym ending `head` that is no one's name: "FIAB estimates" (a body the organisation list lacks). */
export function acronymEnding(head: string): PersonName | undefined {
  const match = ACRONYM_AT_END.exec(head);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { name: match[1], start, end: start + match[1].length };
}

/** The first titled or multi-word person's name in `text[from, limit)` whose start `skip` does not rule out. */
export function personNameAfter(text: string, from: number, limit: number, skip: (at: number) => boolean, surnameAlone = false): PersonName | undefined {
  // NAME is global: its lastIndex walks the text here, and nothing in the loop uses it.
  NAME.lastIndex = from;
  for (let match = NAME.exec(text); match && match.index < limit; match = NAME.exec(text)) {
    const following = text.slice(match.index + match[0].length);
    if (skip(match.index) || NAMES_A_BODY.test(following) || NAMES_A_WORK.test(following)) continue;
    const name = personName(match[0]);
    // "…,” said Lee.": right after the verb, a single name is the speaker's.
    const rightAfter = surnameAlone && /^\s*$/.test(text.slice(from, match.index)) && /^\s*[.,]/.test(text.slice(match.index + match[0].length));
    if (name && (HAS_TITLE.test(name) || name.split(/\s+/).length > 1 || rightAfter)) {
      const start = match.index + match[0].length - name.length;
      return { name, start, end: start + name.length };
    }
  }
  return undefined;
}

/** A capitalised run followed by a work's noun is its title: "the British Social Attitudes survey". */
const NAMES_A_WORK = /^\s+(?:survey|report|review|study|index|programme|strategy|plan|series|inquiry|data|statistics)\b/;
/** A capitalised run followed by "of/for" and another is a body: "Council of Economic Advisers", "Office for Budget Responsibility". */
const NAMES_A_BODY = /^\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u;
const NAME_AT_START = new RegExp(`^\\s+(${NAME.source})`, 'u');
const NAME_AFTER_PREPOSITION = new RegExp(`\\b(?:at|of|for|from|with)\\s+(?:the\\s+)?(${NAME.source})`, 'u');
const UNLISTED_BODY = new RegExp(`(?:the\\s+)?(${NAME.source}\\s+(?:of|for|on)\\s+(?:the\\s+)?${NAME.source})`, 'gu');

/** A body the detector did not know, named in `text[from, limit)` as "X of Y": "a new report by the Council of Economic Advisers". */
export function unlistedOrganisationAfter(text: string, from: number, limit: number): string | undefined {
  UNLISTED_BODY.lastIndex = from;
  const match = UNLISTED_BODY.exec(text);
  return match && match.index < limit ? match[1] : undefined;
}

/** A capitalised name opening `text` (after spaces): "LaingBuisson" in "… consultancy LaingBuisson." */
export function unlistedNameAt(text: string): string | undefined {
  const match = NAME_AT_START.exec(text);
  return match ? match[1] : undefined;
}

/** An organisation the detector did not know, named in an appositive: ", senior fellow at the Fiscal Policy Unit". */
export function unlistedOrganisationIn(appositive: string): string | undefined {
  const match = NAME_AFTER_PREPOSITION.exec(appositive);
  return match && isBodyName(match[1]) ? match[1] : undefined;
}

/** The run without the leading words that are not part of a name; undefined if nothing is left or it names a body. */
function personName(run: string): string | undefined {
  const words = run.split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0])) words.shift();
  const name = words.join(' ');
  return name && !isBodyName(name) ? name : undefined;
}

function isBodyName(name: string): boolean {
  return BODY_HEAD_WORDS.has(name.slice(name.lastIndexOf(' ') + 1));
}
