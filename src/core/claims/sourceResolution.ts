import { namesWorkAuthor, type LocalAttribution, type SpeakerKind } from './attribution';
import { organisationSource, personSource, type ClaimSource } from './claimSource';
import { continueReportedFindings } from './reportedFindings';
import { TITLE } from './speakerNames';

/** A sentence as source resolution needs it: where it stands, and what its analysis read in it. */
export interface SentenceForSources {
  readonly paragraphIndex: number;
  /** An item of a bulleted or numbered list under a lead-in ("The report found:"). */
  readonly listItem: boolean;
  readonly reading: SentenceReading;
}

/** Whom a sentence names and what kind of text it is (a sentence's analysis is one). */
export interface SentenceReading {
  /** A claim candidate, not page furniture. */
  readonly statement: boolean;
  /** A statement in the author's own voice: opens in the first person ("We think …") or presents the document itself ("This note examines …"). */
  readonly authorVoice?: boolean;
  readonly attribution?: LocalAttribution;
  /** Starts inside quoted speech (or with a quotation mark). */
  readonly opensQuoted: boolean;
  /** Quoted speech with no speaker of its own. */
  readonly quotation: boolean;
  /** Ends with a colon, so introduces what follows ("The report found:"). */
  readonly leadIn: boolean;
  /** The organisation the sentence opens with, as its subject ("Ofwat set new limits …"). */
  readonly subjectOrganisation?: string;
  /** Canonical names of the organisations the sentence mentions, in order. */
  readonly organisations: readonly string[];
}

const NO_WORDS: readonly string[] = [];

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
    if (sentence.reading.quotation && sources[index] === undefined) sources[index] = quotationSource(sentences, sources, index);
    if (sentence.listItem && sources[index] === undefined) sources[index] = leadInSource;
    if (sentence.reading.leadIn) leadInSource = sources[index];
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
    const attribution = sentence.reading.attribution;
    if (attribution?.kind !== 'reference' || sources[index] !== undefined) return;
    for (let later = index + 1; later < sentences.length && sentences[later].paragraphIndex <= sentence.paragraphIndex + FORWARD_REACH; later++) {
      const source = sentences[later].reading.attribution?.kind === 'named' ? sources[later] : undefined;
      if (attribution.speaker === 'person' && source?.kind === 'person') {
        sources[index] = source;
        return;
      }
      const organisation = attribution.speaker === 'organisation' ? source?.organisation ?? sentences[later].reading.subjectOrganisation : undefined;
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
  const earlier = new EarlierSources(sentences, sources);
  sentences.forEach((sentence, index) => {
    const attribution = sentence.reading.attribution;
    let source: ClaimSource | undefined;
    if (attribution?.kind === 'named') {
      source = attribution.source.kind === 'person' ? fullerPerson(attribution.source, earlier) : attribution.source;
    } else if (attribution?.kind === 'reference') {
      source = referent(sentences, earlier, index, attribution.speaker, attribution.noun);
    }
    sources.push(source);
    earlier.add(index);
  });
  return sources;
}

/**
 * The sources resolved so far, indexed for the look-ups that reach back through the whole
 * document (a surname's full name, "the report"'s author, "the commission"'s name), so that each
 * costs about the same whatever the document's length instead of a walk back to its start.
 */
class EarlierSources {
  /** The indexes of the person sources whose names hold each word (lower case, titles left out), in document order. */
  private readonly personsByWord = new Map<string, number[]>();
  /** Per sentence, in order, its person source's words (none for the others): a dense list, which V8 reads fast, where one set only at persons' sentences would be a dictionary. */
  private readonly personWords: (readonly string[])[] = [];
  /** Each name's words, read once however often the name is spoken. */
  private readonly wordsByName = new Map<string, readonly string[]>();
  private lastPerson = -1;
  /** The last sentence whose source could be the author of "the report": a body, a person's organisation, a named report's author. */
  private lastReporter = -1;
  /** Per noun, the last organisation named so far whose name holds it, and how many sentences have been read for it. */
  private readonly namesHolding = new Map<string, { readonly pattern: RegExp; read: number; last: string | undefined }>();

  constructor(private readonly sentences: readonly SentenceForSources[], readonly sources: readonly (ClaimSource | undefined)[]) {}

  /** Takes in the source just resolved for sentence `index`, the one after the last taken in. */
  add(index: number): void {
    const source = this.sources[index];
    const words = source?.kind === 'person' ? this.wordsOf(source.person) : NO_WORDS;
    this.personWords.push(words);
    if (source?.kind === 'person') {
      for (const word of words) {
        const indexes = this.personsByWord.get(word);
        if (indexes === undefined) this.personsByWord.set(word, [index]);
        else if (indexes[indexes.length - 1] !== index) indexes.push(index);
      }
      this.lastPerson = index;
    }
    if ((source?.kind === 'person' && namesWorkAuthor(this.sentences[index].reading.attribution)) || source?.organisation !== undefined) this.lastReporter = index;
  }

  /** A name's words without titles, in lower case. */
  wordsOf(person: string): readonly string[] {
    let words = this.wordsByName.get(person);
    if (words === undefined) {
      words = person.split(/\s+/).filter((word) => !TITLE_WORD.test(word)).map((word) => word.toLowerCase());
      this.wordsByName.set(person, words);
    }
    return words;
  }

  /** The last person source whose name holds all of `words`. */
  lastPersonNamed(words: readonly string[]): (ClaimSource & { kind: 'person' }) | undefined {
    const candidates = words.length === 0 ? (this.lastPerson < 0 ? [] : [this.lastPerson]) : this.personsByWord.get(words[0]) ?? [];
    for (let at = candidates.length - 1; at >= 0; at--) {
      const index = candidates[at];
      if (words.every((word) => this.personWords[index].includes(word))) return this.sources[index] as ClaimSource & { kind: 'person' };
    }
    return undefined;
  }

  /** The last sentence before `index` whose source "the report" could refer to, or -1. */
  lastReporterBefore(index: number): number {
    return this.lastReporter < index ? this.lastReporter : -1;
  }

  /** The organisation named last before `index` whose name holds `noun` ("the commission" → "… Commission …"). */
  lastNameHolding(noun: string, index: number): string | undefined {
    let memo = this.namesHolding.get(noun);
    if (memo === undefined) {
      memo = { pattern: new RegExp(`\\b(?:${NOUN_IN_NAME[noun.replace(/[ -]+/g, ' ')] ?? noun.replace(/s$/, '')})`, 'i'), read: 0, last: undefined };
      this.namesHolding.set(noun, memo);
    }
    for (; memo.read < index; memo.read++) {
      // The names namesIn gives, read without building its list for every sentence.
      for (const name of this.sentences[memo.read].reading.organisations) {
        if (memo.pattern.test(name)) memo.last = name;
      }
      const resolved = this.sources[memo.read]?.organisation;
      if (resolved !== undefined && memo.pattern.test(resolved)) memo.last = resolved;
    }
    return memo.last;
  }
}

/** The organisations a sentence names, then the one its source resolved to. */
function namesIn(sentence: SentenceForSources, source: ClaimSource | undefined): readonly string[] {
  const resolved = source?.organisation;
  return resolved === undefined ? sentence.reading.organisations : [...sentence.reading.organisations, resolved];
}

/** "Morse", "Prof Dacre" or "Lee" after "Sir Amyas Morse, head of the NAO": the person named in full before, with their organisation. */
function fullerPerson(source: ClaimSource & { kind: 'person' }, earlierSources: EarlierSources): ClaimSource {
  const earlier = earlierSources.lastPersonNamed(earlierSources.wordsOf(source.person));
  if (earlier === undefined) return source;
  // "David Oliver" names more than "Professor Oliver": titles do not count.
  const person = earlierSources.wordsOf(earlier.person).length >= earlierSources.wordsOf(source.person).length ? earlier.person : source.person;
  return personSource(person, source.organisation ?? earlier.organisation);
}

const TITLE_WORD = new RegExp(`^${TITLE}$`);

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
function referent(sentences: readonly SentenceForSources[], earlierSources: EarlierSources, index: number, kind: SpeakerKind, noun: string | undefined): ClaimSource | undefined {
  const sources = earlierSources.sources;
  const paragraphIndex = sentences[index].paragraphIndex;
  const byName = noun && !WORK_NOUNS.has(noun) ? earlierSources.lastNameHolding(noun, index) : undefined;
  if (byName) return { kind: 'organisation', organisation: byName };
  const bodyNoun = noun !== undefined && !WORK_NOUNS.has(noun);
  const workNoun = noun !== undefined && WORK_NOUNS.has(noun);
  if (workNoun && kind === 'organisation') {
    // "The report" names the document's report wherever it stands: the body that reported last, or
    // a report's author ("a review by Dr Ann Lee"); "he" and "it" only what was just named.
    const reporter = earlierSources.lastReporterBefore(index);
    if (reporter >= 0) {
      const source = sources[reporter];
      if (source?.kind === 'person' && namesWorkAuthor(sentences[reporter].reading.attribution)) return source;
      if (source?.organisation !== undefined) return organisationSource(source.organisation);
    }
  } else {
    const reach = workNoun ? Infinity : REFERENCE_REACH;
    for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - reach; earlier--) {
      const source = sources[earlier];
      if (kind === 'person') {
        if (source?.kind === 'person') return source;
        continue;
      }
      if (source?.organisation !== undefined) return { kind: 'organisation', organisation: source.organisation };
      // "It" and "the watchdog" both refer back to the body a sentence was about.
      const subject = sentences[earlier].reading.subjectOrganisation;
      if ((bodyNoun || noun === undefined) && subject !== undefined) return { kind: 'organisation', organisation: subject };
    }
  }
  if (kind === 'organisation') {
    const latest = lastOrganisationMentioned(sentences, sources, index);
    if (latest) return { kind: 'organisation', organisation: latest };
  }
  return undefined;
}

/** The organisation last named in this or the previous paragraph before `index`. */
function lastOrganisationMentioned(sentences: readonly SentenceForSources[], sources: readonly (ClaimSource | undefined)[], index: number): string | undefined {
  const paragraphIndex = sentences[index].paragraphIndex;
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - 1; earlier--) {
    const names = namesIn(sentences[earlier], sources[earlier]);
    if (names.length > 0) return names[names.length - 1];
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
  for (let later = index + 1; later < sentences.length && sentences[later].reading.opensQuoted; later++) {
    if (sentences[later].reading.attribution && sources[later] !== undefined) return sources[later];
  }
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex === paragraphIndex; earlier--) {
    if (sentences[earlier].reading.attribution && sources[earlier] !== undefined) return sources[earlier];
  }
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - 1; earlier--) {
    if (sentences[earlier].paragraphIndex === paragraphIndex - 1) {
      if (sentences[earlier].reading.attribution || sentences[earlier].reading.quotation) return sources[earlier];
      break;
    }
  }
  for (let later = index + 1; later < sentences.length && sentences[later].paragraphIndex === paragraphIndex; later++) {
    if (sentences[later].reading.attribution && sources[later] !== undefined) return sources[later];
  }
  return undefined;
}
