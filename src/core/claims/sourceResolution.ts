import { namesWorkAuthor, type LocalAttribution, type SpeakerKind } from './attribution';
import { organisationSource, personSource, type ClaimSource } from './claimSource';
import { continueReportedFindings } from './reportedFindings';

/** A sentence as source resolution needs it: where it stands, whom it names, what kind of text it is. */
export interface SentenceForSources {
  readonly paragraphIndex: number;
  /** A claim candidate, not page furniture. */
  readonly statement: boolean;
  /** In the author's own voice: opens in the first person ("We think …") or presents the document itself ("This note examines …"). */
  readonly authorVoice: boolean;
  readonly attribution?: LocalAttribution;
  /** Starts inside quoted speech (or with a quotation mark). */
  readonly opensQuoted: boolean;
  /** Quoted speech with no speaker of its own. */
  readonly quotation: boolean;
  /** An item of a bulleted or numbered list under a lead-in ("The report found:"). */
  readonly listItem: boolean;
  /** Ends with a colon, so introduces what follows ("The report found:"). */
  readonly leadIn: boolean;
  /** The organisation the sentence opens with, as its subject ("Ofwat set new limits …"). */
  readonly subjectOrganisation?: string;
  /** Canonical names of the organisations the sentence mentions, in order. */
  readonly organisations: readonly string[];
}

/** How many paragraphs back a back reference ("the watchdog", "he") may reach for what it refers to. */
const REFERENCE_REACH = 2;
/** Short nouns a body's name holds in another form: "the auditor" of the National Audit Office. */
const NOUN_IN_NAME: Readonly<Record<string, string>> = { auditor: 'audit', regulator: 'regulat', 'think tank': 'institute|foundation|trust|centre|fund' };

/**
 * The source of each sentence: its own named speaker (a surname alone takes the full name and
 * organisation given before); for a back reference, the latest speaker of that kind a little
 * before it, or the organisation named lately whose name holds the reference's noun; for quoted
 * speech with no speaker of its own, the speaker of the quotation around it; for a list item,
 * the source of the sentence that introduced the list.
 */
export function resolveSources(sentences: readonly SentenceForSources[]): (ClaimSource | undefined)[] {
  const sources = resolveAttributions(sentences);
  resolveForward(sentences, sources);
  let leadInSource: ClaimSource | undefined;
  sentences.forEach((sentence, index) => {
    if (sentence.quotation && sources[index] === undefined) sources[index] = quotationSource(sentences, sources, index);
    if (sentence.listItem && sources[index] === undefined) sources[index] = leadInSource;
    if (sentence.leadIn) leadInSource = sources[index];
    else if (!sentence.listItem) leadInSource = undefined;
  });
  continueReportedFindings(sentences, sources);
  return sources;
}

/**
 * A reference that nothing before resolves looks ahead a little: a lead names the body after
 * alluding to it ("…, according to the government spending watchdog. The National Audit Office has …").
 */
function resolveForward(sentences: readonly SentenceForSources[], sources: (ClaimSource | undefined)[]): void {
  sentences.forEach((sentence, index) => {
    const attribution = sentence.attribution;
    if (attribution?.kind !== 'reference' || sources[index] !== undefined) return;
    for (let later = index + 1; later < sentences.length && sentences[later].paragraphIndex <= sentence.paragraphIndex + FORWARD_REACH; later++) {
      const source = sentences[later].attribution?.kind === 'named' ? sources[later] : undefined;
      if (attribution.speaker === 'person' && source?.kind === 'person') {
        sources[index] = source;
        return;
      }
      const organisation = attribution.speaker === 'organisation' ? source?.organisation ?? sentences[later].subjectOrganisation : undefined;
      if (organisation !== undefined) {
        sources[index] = organisationSource(organisation);
        return;
      }
    }
  });
}

/** How many paragraphs ahead a reference may look for the body or person it alludes to. */
const FORWARD_REACH = 1;

function resolveAttributions(sentences: readonly SentenceForSources[]): (ClaimSource | undefined)[] {
  const sources: (ClaimSource | undefined)[] = [];
  sentences.forEach((sentence, index) => {
    const attribution = sentence.attribution;
    let source: ClaimSource | undefined;
    if (attribution?.kind === 'named') {
      source = attribution.source.kind === 'person' ? fullerPerson(attribution.source, sources) : attribution.source;
    } else if (attribution?.kind === 'reference') {
      source = referent(sentences, sources, index, attribution.speaker, attribution.noun);
    }
    sources.push(source);
  });
  return sources;
}

/** "Morse", "Prof Dacre" or "Lee" after "Sir Amyas Morse, head of the NAO": the person named in full before, with their organisation. */
function fullerPerson(source: ClaimSource & { kind: 'person' }, earlierSources: readonly (ClaimSource | undefined)[]): ClaimSource {
  const words = nameWordsOf(source.person);
  for (let index = earlierSources.length - 1; index >= 0; index--) {
    const earlier = earlierSources[index];
    if (earlier?.kind === 'person' && words.every((word) => nameWordsOf(earlier.person).includes(word))) {
      const person = nameWords(earlier.person) >= nameWords(source.person) ? earlier.person : source.person;
      return personSource(person, source.organisation ?? earlier.organisation);
    }
  }
  return source;
}

/** How many words of a name are not a title: "David Oliver" names more than "Professor Oliver". */
function nameWords(person: string): number {
  return nameWordsOf(person).length;
}

/** A name's words without titles, in lower case. */
function nameWordsOf(person: string): string[] {
  return person.split(/\s+/).filter((word) => !TITLE_WORD.test(word)).map((word) => word.toLowerCase());
}

const TITLE_WORD = /^(?:Sir|Dame|Lord|Lady|Baroness|Baron|Professor|Prof|Dr|Mr|Mrs|Ms|Mx|Miss|Cllr|Rev|Revd)\.?$/;

/**
 * Nouns for what a body wrote or who speaks for it ("the report found", "the spokesperson said"):
 * they refer to whoever was reporting, not to whichever body was named last.
 */
const WORK_NOUNS = new Set(['report', 'study', 'review', 'analysis', 'evaluation', 'paper', 'document', 'briefing', 'survey', 'assessment',
  'audit', 'inquiry', 'findings', 'figures', 'data', 'authors', 'researchers', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * What a back reference refers to, looking back at most REFERENCE_REACH paragraphs: "he", "she"
 * → the last person who spoke; "it", "the report" → the last body that spoke (or the body of
 * the last person who did); "the watchdog", "the regulator" → a body whose name holds the noun,
 * else the last body that spoke or was the subject of a sentence.
 */
function referent(sentences: readonly SentenceForSources[], sources: readonly (ClaimSource | undefined)[], index: number, kind: SpeakerKind, noun: string | undefined): ClaimSource | undefined {
  const paragraphIndex = sentences[index].paragraphIndex;
  const byName = noun && !WORK_NOUNS.has(noun) ? lastOrganisationMentioned(sentences, sources, index, noun) : undefined;
  if (byName) return { kind: 'organisation', organisation: byName };
  const bodyNoun = noun !== undefined && !WORK_NOUNS.has(noun);
  // "The report" names the document's report wherever it stands; "he" and "it" only what was just named.
  const reach = noun !== undefined && WORK_NOUNS.has(noun) ? Infinity : REFERENCE_REACH;
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - reach; earlier--) {
    const source = sources[earlier];
    if (kind === 'person' || (noun !== undefined && WORK_NOUNS.has(noun))) {
      // "The report" after "a review by Dr Ann Lee": a person may be a report's author.
      if (source?.kind === 'person' && (kind === 'person' || namesWorkAuthor(sentences[earlier].attribution))) return source;
      if (kind === 'person') continue;
    }
    if (source?.organisation !== undefined) return { kind: 'organisation', organisation: source.organisation };
    // "It" and "the watchdog" both refer back to the body a sentence was about; "the report" to one that reported.
    const subject = sentences[earlier].subjectOrganisation;
    if ((bodyNoun || noun === undefined) && subject !== undefined) return { kind: 'organisation', organisation: subject };
  }
  if (kind === 'organisation') {
    const latest = lastOrganisationMentioned(sentences, sources, index);
    if (latest) return { kind: 'organisation', organisation: latest };
  }
  return undefined;
}

/**
 * The organisation last named before `index` whose name holds `noun` ("the commission" → "…
 * Commission …"), anywhere before; without a noun, the last named in this or the previous paragraph.
 */
function lastOrganisationMentioned(sentences: readonly SentenceForSources[], sources: readonly (ClaimSource | undefined)[], index: number, noun?: string): string | undefined {
  const paragraphIndex = sentences[index].paragraphIndex;
  const holdsNoun = noun === undefined ? undefined : new RegExp(`\\b(?:${NOUN_IN_NAME[noun.replace(/[ -]+/g, ' ')] ?? noun.replace(/s$/, '')})`, 'i');
  for (let earlier = index - 1; earlier >= 0 && (holdsNoun || sentences[earlier].paragraphIndex >= paragraphIndex - 1); earlier--) {
    const resolved = sources[earlier]?.organisation;
    const names = resolved === undefined ? sentences[earlier].organisations : [...sentences[earlier].organisations, resolved];
    for (let at = names.length - 1; at >= 0; at--) {
      if (!holdsNoun || holdsNoun.test(names[at])) return names[at];
    }
  }
  return undefined;
}

/**
 * Speech in quotation marks with no speaker of its own: the speaker named later in the same
 * quotation, even paragraphs on ("“A. B,” she said."), else the one named before it in its
 * paragraph, else the previous paragraph's speaker if that paragraph ended in attributed or quoted
 * speech, else one named later in its paragraph.
 */
function quotationSource(sentences: readonly SentenceForSources[], sources: readonly (ClaimSource | undefined)[], index: number): ClaimSource | undefined {
  const paragraphIndex = sentences[index].paragraphIndex;
  for (let later = index + 1; later < sentences.length && sentences[later].opensQuoted; later++) {
    if (sentences[later].attribution && sources[later] !== undefined) return sources[later];
  }
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex === paragraphIndex; earlier--) {
    if (sentences[earlier].attribution && sources[earlier] !== undefined) return sources[earlier];
  }
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - 1; earlier--) {
    if (sentences[earlier].paragraphIndex === paragraphIndex - 1) {
      if (sentences[earlier].attribution || sentences[earlier].quotation) return sources[earlier];
      break;
    }
  }
  for (let later = index + 1; later < sentences.length && sentences[later].paragraphIndex === paragraphIndex; later++) {
    if (sentences[later].attribution && sources[later] !== undefined) return sources[later];
  }
  return undefined;
}
