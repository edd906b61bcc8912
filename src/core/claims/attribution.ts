import type { Entity, NamedValue } from '../entities/types';
import { ACCORDING_TO, REPORTING_VERB } from './claimSignals';

/**
 * Who a sentence says is speaking, judged from the sentence alone: a name (an organisation
 * entity or a person), or a back reference ("it", "the watchdog", "he") that the sentences
 * before it must resolve.
 */
export type LocalAttribution =
  | { readonly kind: 'named'; readonly name: string; readonly speaker: SpeakerKind }
  | { readonly kind: 'reference'; readonly speaker: SpeakerKind; readonly noun?: string };

export type SpeakerKind = 'organisation' | 'person';

/**
 * `entities` are relative to `sentence`; `quoted` marks quoted speech (verbs inside quotes belong
 * to the quoted speaker, not to this sentence).
 */
export function findAttribution(sentence: string, entities: readonly Entity[], quoted: Uint8Array): LocalAttribution | undefined {
  const organisations = entities.filter((entity) => entity.kind === 'organisation');
  let reference: LocalAttribution | undefined;
  const attributions = [...reportingVerbAttributions(sentence, organisations, quoted), ...accordingToAttributions(sentence, organisations, quoted)];
  for (const attribution of attributions) {
    if (attribution.kind === 'named') return attribution;
    reference ??= attribution;
  }
  return reference;
}

function* reportingVerbAttributions(sentence: string, organisations: readonly Entity[], quoted: Uint8Array): Generator<LocalAttribution> {
  for (const verb of sentence.matchAll(REPORTING_VERB)) {
    if (quoted[verb.index]) continue;
    const before = sentence.slice(0, verb.index);
    const subject = subjectBefore(before, organisations) ?? (CLOSES_QUOTED_SPEECH.test(before)
      ? nameAfter(sentence, verb.index + verb[0].length, organisations, quoted)
      : undefined);
    if (subject) {
      yield subject;
    } else if (COORDINATED.test(before)) {
      const sentenceSubject = nameAfter(sentence, 0, organisations, quoted, SENTENCE_SUBJECT_REACH);
      if (sentenceSubject) yield sentenceSubject;
    }
  }
}

function* accordingToAttributions(sentence: string, organisations: readonly Entity[], quoted: Uint8Array): Generator<LocalAttribution> {
  for (const phrase of sentence.matchAll(ACCORDING_TO)) {
    if (quoted[phrase.index]) continue;
    const after = phrase.index + phrase[0].length;
    const named = nameAfter(sentence, after, organisations, quoted, ACCORDING_TO_REACH);
    if (named) {
      yield named;
    } else {
      const reference = REFERENCE_AFTER_ACCORDING_TO.exec(sentence.slice(after));
      if (reference) yield { kind: 'reference', speaker: 'organisation', ...nounOf(reference[1]) };
    }
  }
}

const TITLE = '(?:Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Dr|Mr|Mrs|Ms|Mx|Cllr)\\.?';
const CAPITALISED_WORD = '\\p{Lu}[\\p{L}’\'-]*\\p{L}';
/** A run of capitalised words, maybe after a title: a person's name, or an organisation the detector does not know. */
const NAME = new RegExp(`(?:${TITLE}\\s+)?${CAPITALISED_WORD}(?:\\s+${CAPITALISED_WORD})*`, 'gu');
const NAME_AT_END = new RegExp(`(?:${NAME.source})$`, 'u');
const HAS_TITLE = new RegExp(`^${TITLE}\\s`, 'u');
/** Capitalised words that start sentences or stand for someone without naming them. */
const NOT_NAMES = new Set(['It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'The', 'A', 'An', 'But', 'And', 'So', 'As', 'Its', 'Their', 'His', 'Her', 'Our', 'Most', 'Some', 'Many', 'All']);

/** What may stand between a subject and its reporting verb: an acronym in brackets, an appositive, "which", auxiliaries. */
const SUBJECT_GAP = new RegExp(
  '(?:\\s*\\([^()]{1,40}\\))?(?:\\s*,[^,“”"]{1,100},)?(?:\\s*,?\\s*(?:which|who))?'
  + '(?:\\s+(?:has|have|had|also|thus|today|now|itself|then|previously|recently|again|once|further|later|yesterday|is|was|were|are|has also|have also))*\\s*$',
);
/** Role words after an organisation's name: "A Department of Health spokesperson", "the RCP’s president". */
const ROLE_AFTER_ORGANISATION = /^(?:[’']s)?(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u;
const PERSON_REFERENCE = /\b(?:he|she|the\s+(?:minister|secretary|chair|chairman|chairwoman|author|director|president))$/i;
const ORGANISATION_REFERENCE = new RegExp(
  '\\b(?:it|they|(?:the|a|an|this|its|their)\\s+(?:\\p{Ll}+\\s+)?(spokesperson|spokesman|spokeswoman|report|watchdog|auditor|commission|department|government|study|review|committee|authors|researchers'
  + '|analysis|evaluation|inquiry|regulator|trust|fund|organisation|body|charity|think tank|paper|document|council|party))$',
  'iu',
);
const CLOSES_QUOTED_SPEECH = /[”"],?\s*$|,\s*$/;
const COORDINATED = /(?:,\s*)?\b(?:and|but)\s*$/;
const REFERENCE_AFTER_ACCORDING_TO = /^(?:the|its|their|this)\s+(?:\p{Ll}+\s+)?(report|study|review|analysis|evaluation|findings|figures|data)\b/iu;
const SENTENCE_SUBJECT_REACH = 60;
const ACCORDING_TO_REACH = 8;
const SPEAKER_AFTER_VERB_REACH = 60;

function subjectBefore(before: string, organisations: readonly Entity[]): LocalAttribution | undefined {
  const gap = SUBJECT_GAP.exec(before)?.[0] ?? '';
  const head = before.slice(0, before.length - gap.length);
  for (let index = organisations.length - 1; index >= 0; index--) {
    const organisation = organisations[index];
    if (organisation.end <= head.length && ROLE_AFTER_ORGANISATION.test(head.slice(organisation.end))) {
      return { kind: 'named', name: canonicalName(organisation), speaker: 'organisation' };
    }
  }
  const name = lastName(head);
  if (name) return name;
  if (PERSON_REFERENCE.test(head)) return { kind: 'reference', speaker: 'person' };
  const organisationReference = ORGANISATION_REFERENCE.exec(head);
  if (organisationReference) return { kind: 'reference', speaker: 'organisation', ...nounOf(organisationReference[1]) };
  return undefined;
}

/**
 * A person's name ending `head`: titled, two words or more, or a surname alone right after quoted
 * speech ("…,” Morse added"). A lone capitalised word elsewhere is as likely a place ("in Northumberland told us").
 */
function lastName(head: string): LocalAttribution | undefined {
  const match = NAME_AT_END.exec(head);
  if (!match) return undefined;
  const name = trimLeadingNonNames(match[0]);
  if (!name) return undefined;
  const surnameAfterQuote = CLOSES_QUOTED_SPEECH.test(head.slice(0, match.index));
  if (HAS_TITLE.test(name) || name.split(/\s+/).length > 1 || surnameAfterQuote) return { kind: 'named', name, speaker: 'person' };
  return undefined;
}

function trimLeadingNonNames(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0])) words.shift();
  return words.join(' ');
}

/** The first name at or after `from` within `reach` characters: a titled or multi-word person, else an organisation. */
function nameAfter(sentence: string, from: number, organisations: readonly Entity[], quoted: Uint8Array, reach = SPEAKER_AFTER_VERB_REACH): LocalAttribution | undefined {
  const limit = from + reach;
  const pattern = new RegExp(NAME.source, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(sentence); match && match.index < limit; match = pattern.exec(sentence)) {
    const at = match.index;
    if (quoted[at] || organisations.some((organisation) => organisation.start <= at && at < organisation.end)) continue;
    const name = trimLeadingNonNames(match[0]);
    if (HAS_TITLE.test(name) || name.split(/\s+/).length > 1) return { kind: 'named', name, speaker: 'person' };
  }
  const organisation = organisations.find((entity) => entity.start >= from && entity.start < limit && !quoted[entity.start]);
  return organisation ? { kind: 'named', name: canonicalName(organisation), speaker: 'organisation' } : undefined;
}

function nounOf(noun: string | undefined): { noun?: string } {
  return noun ? { noun: noun.toLowerCase() } : {};
}

export function canonicalName(organisation: Entity): string {
  return (organisation.value as NamedValue | undefined)?.name || organisation.text;
}
