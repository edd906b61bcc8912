import type { LocalAttribution, SpeakerKind } from './attribution';

/** A sentence as source resolution needs it: where it stands, whom it names, whether it is bare quoted speech. */
export interface SentenceForSources {
  readonly paragraphIndex: number;
  readonly attribution?: LocalAttribution;
  readonly quotation: boolean;
  /** Canonical names of the organisations the sentence mentions, in order. */
  readonly organisations: readonly string[];
}

/** How many paragraphs back a back reference ("the watchdog", "he") may reach for what it refers to. */
const REFERENCE_REACH = 2;

/**
 * The source of each sentence: its own named speaker; for a back reference, the latest speaker of
 * that kind a little before it (else the organisation last mentioned in this or the previous
 * paragraph whose name holds the reference's noun); for quoted speech with no speaker of its own, the speaker of the
 * quotation around it, in the same or the previous paragraph.
 */
export function resolveSources(sentences: readonly SentenceForSources[]): (string | undefined)[] {
  const sources = resolveAttributions(sentences);
  sentences.forEach((sentence, index) => {
    if (sentence.quotation && sources[index] === undefined) sources[index] = quotationSource(sentences, sources, index);
  });
  return sources;
}

function resolveAttributions(sentences: readonly SentenceForSources[]): (string | undefined)[] {
  const sources: (string | undefined)[] = [];
  const speakers: Speaker[] = [];
  sentences.forEach((sentence, index) => {
    const attribution = sentence.attribution;
    let name: string | undefined;
    if (attribution?.kind === 'named') {
      name = attribution.name;
    } else if (attribution?.kind === 'reference') {
      name = latestSpeaker(speakers, attribution.speaker, sentence.paragraphIndex - REFERENCE_REACH)
        ?? (attribution.noun ? lastOrganisationMentioned(sentences, index, attribution.noun) : undefined);
    }
    if (attribution && name !== undefined) speakers.push({ paragraphIndex: sentence.paragraphIndex, name, speaker: attribution.speaker });
    sources.push(name);
  });
  return sources;
}

interface Speaker { readonly paragraphIndex: number; readonly name: string; readonly speaker: SpeakerKind }

function latestSpeaker(speakers: readonly Speaker[], kind: SpeakerKind, fromParagraph: number): string | undefined {
  for (let index = speakers.length - 1; index >= 0 && speakers[index].paragraphIndex >= fromParagraph; index--) {
    if (speakers[index].speaker === kind) return speakers[index].name;
  }
  return undefined;
}

/** The organisation last mentioned in this or the previous paragraph whose name holds `noun` ("the commission" → "… Commission …"). */
function lastOrganisationMentioned(sentences: readonly SentenceForSources[], index: number, noun: string): string | undefined {
  const paragraphIndex = sentences[index].paragraphIndex;
  const holdsNoun = new RegExp(`\\b${noun}\\b`, 'i');
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - 1; earlier--) {
    const organisation = [...sentences[earlier].organisations].reverse().find((name) => holdsNoun.test(name));
    if (organisation) return organisation;
  }
  return undefined;
}

function quotationSource(sentences: readonly SentenceForSources[], sources: readonly (string | undefined)[], index: number): string | undefined {
  const paragraphIndex = sentences[index].paragraphIndex;
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex === paragraphIndex; earlier--) {
    if (sentences[earlier].attribution && sources[earlier] !== undefined) return sources[earlier];
  }
  for (let later = index + 1; later < sentences.length && sentences[later].paragraphIndex === paragraphIndex; later++) {
    if (sentences[later].attribution && sources[later] !== undefined) return sources[later];
  }
  for (let earlier = index - 1; earlier >= 0 && sentences[earlier].paragraphIndex >= paragraphIndex - 1; earlier--) {
    if (sentences[earlier].paragraphIndex === paragraphIndex - 1) {
      return sentences[earlier].attribution || sentences[earlier].quotation ? sources[earlier] : undefined;
    }
  }
  return undefined;
}
