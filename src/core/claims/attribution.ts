import { isNamed, type Entity } from '../entities/types';
import { ACCORDING_TO, REPORTING_VERB, REPORTING_VERB_OR_NOUN } from './claimSignals';
import { organisationSource, personSource, type ClaimSource } from './claimSource';
import { atEnd } from './atEnd';
import { isQuoted, type QuotedRegions } from './quotations';
import { acronymEnding, lastPersonName, personNameAfter, unlistedNameAt, unlistedOrganisationAfter, unlistedOrganisationIn } from './speakerNames';

/**
 * Who a sentence says is speaking, judged from the sentence alone: a source it names, or a back
 * reference ("it", "the watchdog", "he") that the sentences before it must resolve.
 */
export type LocalAttribution =
  /**
   * `work`: the source is named as the author of a report or review ("a review by Dr Ann Lee says");
   * `data`: the sentence cites the source's figures ("according to figures from the DWP"), which
   * makes the sentence the source's but not what follows.
   */
  | { readonly kind: 'named'; readonly source: ClaimSource; readonly work?: true; readonly data?: true }
  | { readonly kind: 'reference'; readonly speaker: SpeakerKind; readonly noun?: string }
  /** Someone the text does not name and does not refer back to: "an accompanying document states", "critics argue". */
  | { readonly kind: 'unnamed' };

export type SpeakerKind = 'organisation' | 'person';
type NamedAttribution = Extract<LocalAttribution, { kind: 'named' }>;

/** Whether the attribution cites a body's figures rather than reporting its findings. */
export function citesData(attribution: LocalAttribution | undefined): boolean {
  return attribution?.kind === 'named' && attribution.data === true;
}

/** Whether the attribution names the author of a report or review. */
export function namesWorkAuthor(attribution: LocalAttribution | undefined): boolean {
  return attribution?.kind === 'named' && attribution.work === true;
}

/**
 * The sentence's outermost attribution: an "according to …" frames the whole sentence, else the
 * first reporting verb with a subject ("According to the report, the department concluded …" →
 * the report; "The NAO found that the department said …" → the NAO).
 *
 * `organisations` and `programmes` are the sentence's, relative to it; `quoted` marks quoted speech
 * (verbs inside quotes belong to the quoted speaker, not to this sentence).
 */
export function findAttribution(sentence: string, organisations: readonly Entity[], programmes: readonly Entity[], quoted: QuotedRegions): LocalAttribution | undefined {
  return accordingToAttribution(sentence, organisations, quoted) ?? reportingVerbAttribution(sentence, organisations, programmes, quoted);
}

function reportingVerbAttribution(sentence: string, organisations: readonly Entity[], programmes: readonly Entity[], quoted: QuotedRegions): LocalAttribution | undefined {
  // exec, not matchAll: matchAll copies the pattern on every call, and every sentence comes here.
  REPORTING_VERB.lastIndex = 0;
  for (let verb = REPORTING_VERB.exec(sentence); verb; verb = REPORTING_VERB.exec(sentence)) {
    if (isQuoted(quoted, verb.index)) continue;
    const before = sentence.slice(0, verb.index);
    // "the department’s reported deficit" is an adjective; "… – it estimates …" an aside inside someone else's claim.
    if (ENDS_POSSESSIVE.test(before) || ENDS_PARENTHETICAL.test(before)) continue;
    if (/ing\b/.test(verb[0])) {
      // "have been suggesting": a progressive takes its subject; ", saying …" is a participle of someone else's sentence.
      const progressive = PROGRESSIVE_AUXILIARY.exec(before);
      const subject = progressive ? subjectBefore(before.slice(0, progressive.index), organisations, programmes, false) : undefined;
      if (subject) return subject;
      continue;
    }
    const after = verb.index + verb[0].length;
    const subject = subjectBefore(before, organisations, programmes, !REPORTING_VERB_OR_NOUN.test(verb[0]))
      ?? (CLOSES_QUOTED_SPEECH.test(before) ? speakerAfter(sentence, after, organisations, quoted, SPEAKER_AFTER_VERB_REACH, true) : undefined)
      ?? (ENDS_COORDINATED.test(before) ? speakerAfter(sentence, 0, organisations, quoted, SENTENCE_SUBJECT_REACH) : undefined);
    if (subject) return subject;
  }
  return undefined;
}

function accordingToAttribution(sentence: string, organisations: readonly Entity[], quoted: QuotedRegions): LocalAttribution | undefined {
  ACCORDING_TO.lastIndex = 0;
  for (let phrase = ACCORDING_TO.exec(sentence); phrase; phrase = ACCORDING_TO.exec(sentence)) {
    if (isQuoted(quoted, phrase.index)) continue;
    const work = WORK_BY_AFTER_ACCORDING_TO.exec(sentence.slice(phrase.index + phrase[0].length))?.[0] ?? '';
    const after = phrase.index + phrase[0].length + work.length;
    const speaker = speakerAfter(sentence, after, organisations, quoted, ACCORDING_TO_REACH);
    if (speaker) return DATA_NOUN.test(work) ? { ...speaker, data: true } : speaker;
    const reference = REFERENCE_AFTER_ACCORDING_TO.exec(sentence.slice(after));
    // "the healthcare consultancy LaingBuisson": the noun, then the body's own name.
    const nameAfterNoun = reference && unlistedNameAt(sentence.slice(after + reference[0].length));
    if (nameAfterNoun) return named(organisationSource(nameAfterNoun));
    if (reference) return { kind: 'reference', speaker: 'organisation', ...nounOf(reference[1]) };
  }
  return undefined;
}

/** What may stand between a subject and its reporting verb, in any order: an acronym or a date in brackets, an appositive, "which", auxiliaries and adverbs. */
const SUBJECT_GAP = new RegExp(
  '(?:\\s*\\([^()]{1,40}\\)|\\s*,[^,“”"]{1,100},|\\s*,?\\s*(?:which|who)\\b'
  + '|\\s+(?:has|have|had|also|thus|today|now|itself|then|previously|recently|again|once|further|later|yesterday|is|was|were|are|however|too|long|for some time|this week|last week|on \\p{Lu}\\p{Ll}+day))*\\s*$',
  'u',
);
/** A gap of more than white space ends the text: one or more of SUBJECT_GAP's pieces, then white space. */
const ENDS_SUBJECT_GAP_PIECES = atEnd(new RegExp(`(?:${SUBJECT_GAP.source.slice('(?:'.length, SUBJECT_GAP.source.indexOf(')*\\s*$'))})+\\s*$`, 'u'));
const PROGRESSIVE_AUXILIARY = atEnd(/\s+(?:(?:has|have|had)\s+been|is|are|was|were)(?:\s+(?:also|long|now))?(?:\s+for some time)?\s*$/);
/** A reporting verb after a dash or semicolon with a pronoun subject is an aside inside the sentence's own claim. */
const ENDS_PARENTHETICAL = atEnd(/[–—;]\s*(?:it|they|he|she)\s+$/i);
const ENDS_POSSESSIVE = atEnd(/[’']s\s+$/);
/** What a body publishes, whose author is the source: "figures from the IFS", "a King’s Fund study". */
const WORK_NOUN = '(?:report|study|review|analysis|research|survey|paper|evaluation|assessment|figures|data|statistics|findings|audit|inquiry|estimates|briefing|note)';
/** Works that are figures rather than findings. */
const DATA_NOUN = /\b(?:figures|data|statistics|estimates|survey)\b/;
const WORK_BY_AFTER_ACCORDING_TO = new RegExp(`^(?:the\\s+|a\\s+|an\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${WORK_NOUN}\\s+(?:published\\s+)?(?:from|by|of)\\s+`, 'u');
/** After a body's name: its work, then anything but a clause break up to the verb ("A King’s Fund study of integration in Torbay reveals"). */
const WORK_AFTER_ORGANISATION = new RegExp(`^(?:[’']s)?\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${WORK_NOUN}\\b[^;:“”"]{0,100}$`, 'u');
/** Before a body's name: a work published by it ("The latest figures, published by the Treasury, showed"). */
const WORK_BEFORE_ORGANISATION = atEnd(new RegExp(`\\b${WORK_NOUN}\\b[^.;:“”"]{0,80}\\b(?:by|from)\\s+(?:the\\s+)?$`, 'u'));
/** Role words after an organisation's name: "A Department of Health spokesperson", "the RCP’s president". */
const ROLE_WORDS = 'spokesperson|spokesman|spokeswoman|president|chair|chairman|chairwoman|executive|director|leader|secretary|minister|official|officials'
  + '|source|sources|analyst|analysts|economist|economists|researchers|team|staff|board|members|boss|head|chief|commissioner|insiders';
const ROLE_AFTER_ORGANISATION = new RegExp(`^(?:[’']s)?(?:(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+(?:${ROLE_WORDS}|${WORK_NOUN}))?$`, 'u');
/** Between an organisation and the person it employs: "NHS Providers chief executive ", "the RCP’s president, ". */
const ROLE_BEFORE_PERSON = /^(?:[’']s)?(?:\s+(?:\p{Ll}[\p{Ll}-]*|and|&)){0,5},?\s*(?:the\s+|its\s+)?$/u;
const ROLE_BEFORE_PERSON_REACH = 60;
const PERSON_REFERENCE = atEnd(/\b(?:he|she|the\s+(?:\p{Ll}+\s+)?(?:minister|secretary|chair|chairman|chairwoman|author|director|president|chief executive|economist|professor|mayor|governor|inspector|chief inspector)(?:\s+of\s+\p{Ll}+)?)$/iu);
/** Nouns by which a text refers back to a body it named before; a body's own name often holds its noun ("the commission"). */
const ORGANISATION_NOUNS = 'spokesperson|spokesman|spokeswoman|report|watchdog|auditor|commission|department|government|study|review|committee|authors|researchers'
  + '|analysis|evaluation|inquiry|regulator|trust|fund|organisation|body|charity|think[ -]?tank|paper|document|council|party|institute|union|ombudsman'
  + '|agency|authority|office|ministry|treasury|board|panel|group|association|college|federation|confederation|taskforce|survey|audit|briefing'
  + '|assessment|bank|centre|foundation|society|network|consultancy|firm|company|inspectorate|service|forum|alliance|coalition|campaigners|campaign group'
  + '|statistics|figures|data|findings|auditors|inspectors|mps|members|court|tribunal';
const ORGANISATION_REFERENCE = atEnd(new RegExp(
  `\\b(?:it|they|(MPs)|(?:the|a|an|this|that|these|those|its|their)\\s+(?:\\p{Ll}+\\s+){0,2}(${ORGANISATION_NOUNS})`
  + `(?:\\s+(?:chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman|member|source))?)$`,
  'iu',
));
/** A person named as a work's author: "a damning review by independent analyst Dr Kerry Lane says". */
const ENDS_WORK_BY_PERSON = atEnd(new RegExp(`\\b${WORK_NOUN}\\b[^.;:“”"]{0,100}\\bby\\s[^.;:“”"]{0,80}$`, 'u'));
/** A work brought in with "a": not a back reference, and not named: "an accompanying document states". */
const NEW_UNNAMED_WORK = new RegExp(`^(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${WORK_NOUN}\\b`, 'iu');
const CLOSES_QUOTED_SPEECH = /[”"],?\s*$|,\s*$/;
const ENDS_COORDINATED = atEnd(/(?:,\s*)?\b(?:and|but)\s*$/);
const REFERENCE_AFTER_ACCORDING_TO = new RegExp(`^(?:the|its|their|this|that|these|those)\\s+(?:\\p{Ll}+\\s+){0,2}(${ORGANISATION_NOUNS})\\b`, 'iu');
const SENTENCE_SUBJECT_REACH = 60;
const ACCORDING_TO_REACH = 8;
const SPEAKER_AFTER_VERB_REACH = 60;
/** How far after a person's name an appositive may name their organisation. */
const APPOSITIVE_REACH = 100;
/** How far a body named after its work ("figures published by the Treasury") may stand from the verb. */
const WORK_REACH = 80;

/** A reporting verb in a relative clause ("the change which the report says is vital") reports inside the sentence's own claim. */
const OPENS_RELATIVE_CLAUSE = atEnd(/\b(?:which|that|whom|as)\s+$/i);

function subjectBefore(before: string, organisations: readonly Entity[], programmes: readonly Entity[], surnameAlone: boolean): LocalAttribution | undefined {
  // Mostly the gap is the white space before the verb; only a longer one needs SUBJECT_GAP's leftmost match.
  const gapLength = ENDS_SUBJECT_GAP_PIECES.test(before) ? SUBJECT_GAP.exec(before)?.[0].length ?? 0 : before.length - before.trimEnd().length;
  const head = before.slice(0, before.length - gapLength);
  const subject = subjectEnding(head, before, organisations, programmes, surnameAlone);
  return subject && !OPENS_RELATIVE_CLAUSE.test(head.slice(0, subject.start)) ? subject.attribution : undefined;
}

/** The subject that ends `head`, and where it starts. */
function subjectEnding(head: string, before: string, organisations: readonly Entity[], programmes: readonly Entity[], surnameAlone: boolean): { attribution: LocalAttribution; start: number } | undefined {
  for (let index = organisations.length - 1; index >= 0; index--) {
    const organisation = organisations[index];
    if (organisation.end <= head.length && ROLE_AFTER_ORGANISATION.test(head.slice(organisation.end))) {
      return { attribution: named(organisationSource(canonicalName(organisation))), start: subjectStart(head, organisation.start) };
    }
  }
  for (let index = organisations.length - 1; index >= 0; index--) {
    const organisation = organisations[index];
    if (organisation.end > before.length) continue;
    const workAfter = WORK_AFTER_ORGANISATION.exec(before.slice(organisation.end));
    const workBefore = before.length - organisation.end <= WORK_REACH && WORK_BEFORE_ORGANISATION.exec(before.slice(0, organisation.start));
    const work = workAfter ?? workBefore;
    if (work) {
      const source = named(organisationSource(canonicalName(organisation)));
      return { attribution: DATA_NOUN.test(work[0]) ? { ...source, data: true } : source, start: subjectStart(before, organisation.start) };
    }
  }
  const acronym = acronymEnding(head);
  if (acronym) return { attribution: named(organisationSource(acronym.name)), start: acronym.start };
  const person = lastPersonName(head, surnameAlone);
  if (person && !programmes.some((programme) => programme.start < person.end && person.start < programme.end)) {
    const employer = organisationIn(before, head.length, before.length, organisations) ?? organisationBefore(head, person.start, organisations);
    const byAuthor = ENDS_WORK_BY_PERSON.test(head.slice(0, person.start));
    return { attribution: { ...named(personSource(person.name, employer)), ...(byAuthor ? { work: true as const } : {}) }, start: person.start };
  }
  const personReference = PERSON_REFERENCE.exec(head);
  if (personReference) return { attribution: { kind: 'reference', speaker: 'person' }, start: personReference.index };
  const organisationReference = ORGANISATION_REFERENCE.exec(head);
  if (organisationReference && NEW_UNNAMED_WORK.test(organisationReference[0].trim())) return { attribution: { kind: 'unnamed' }, start: organisationReference.index };
  if (organisationReference) {
    return { attribution: { kind: 'reference', speaker: 'organisation', ...nounOf(organisationReference[1] ?? organisationReference[2]) }, start: organisationReference.index };
  }
  return undefined;
}

/** The speaker named first at or after `from` within `reach`: a person (with their organisation), else an organisation. */
function speakerAfter(sentence: string, from: number, organisations: readonly Entity[], quoted: QuotedRegions, reach = SPEAKER_AFTER_VERB_REACH, surnameAlone = false): NamedAttribution | undefined {
  const limit = from + reach;
  const person = personNameAfter(sentence, from, limit, (at) => isQuoted(quoted, at) || organisations.some((organisation) => organisation.start <= at && at < organisation.end), surnameAlone);
  if (person) {
    const clauseEnd = Math.min(sentence.length, person.end + APPOSITIVE_REACH);
    const employer = organisationIn(sentence, person.end, clauseEnd, organisations, quoted)
      ?? organisationBefore(sentence.slice(0, person.start), person.start, organisations.filter((organisation) => organisation.start >= from));
    return named(personSource(person.name, employer));
  }
  const organisation = organisations.find((entity) => entity.start >= from && entity.start < limit && !isQuoted(quoted, entity.start));
  if (organisation) return named(organisationSource(canonicalName(organisation)));
  const unlisted = unlistedOrganisationAfter(sentence, from, limit);
  return unlisted ? named(organisationSource(unlisted)) : undefined;
}

/** An organisation in `text[from, to)`, unquoted: one the detector found, else an unlisted name after "at/of the" in an appositive. */
function organisationIn(text: string, from: number, to: number, organisations: readonly Entity[], quoted?: QuotedRegions): string | undefined {
  const found = organisations.find((organisation) => organisation.start >= from && organisation.end <= to && !(quoted && isQuoted(quoted, organisation.start)));
  if (found) return canonicalName(found);
  const clause = text.slice(from, to);
  return /^\s*,/.test(clause) ? unlistedOrganisationIn(clause.split(/[;“”"]/)[0]) : undefined;
}

/** The organisation named just before a person as their employer: "NHS Providers chief executive Chris Hopson". */
function organisationBefore(head: string, personStart: number, organisations: readonly Entity[]): string | undefined {
  for (let index = organisations.length - 1; index >= 0; index--) {
    const organisation = organisations[index];
    if (organisation.end > personStart || personStart - organisation.end > ROLE_BEFORE_PERSON_REACH) continue;
    if (ROLE_BEFORE_PERSON.test(head.slice(organisation.end, personStart))) return canonicalName(organisation);
  }
  return undefined;
}

/** Where a subject starts, with its article: "the Nuffield Trust" starts at "the". */
function subjectStart(head: string, nameStart: number): number {
  return nameStart - (/\b(?:the|a|an)\s+$/i.exec(head.slice(0, nameStart))?.[0].length ?? 0);
}

function named(source: ClaimSource): NamedAttribution {
  return { kind: 'named', source };
}

function nounOf(noun: string | undefined): { noun?: string } {
  return noun ? { noun: noun.toLowerCase() } : {};
}

/** A body's full name ("NAO" → "National Audit Office"); a figure, which has none, by its text. */
export function canonicalName(organisation: Entity): string {
  return (isNamed(organisation) && organisation.value.name) || organisation.text;
}
