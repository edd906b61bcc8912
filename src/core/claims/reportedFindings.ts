import type { ClaimSource } from './claimSource';
import { citesData, namesWorkAuthor } from './attribution';
import type { SentenceForSources } from './sourceResolution';

/** How many statements open a document: the lead that says whose findings it reports. */
const LEAD_STATEMENTS = 2;

/**
 * A document whose lead reports a body's findings ("Today the National Audit Office reports that …",
 * "…, the Fiscal Institute said on Monday.") goes on reporting them: its sentences that name no
 * source of their own (and are not quoted speech) are the findings of the body that reported last.
 * A document whose lead is in the author's own voice keeps its unattributed sentences the author's,
 * and so does a sentence that opens in the first person ("We think …").
 */
export function continueReportedFindings(sentences: readonly SentenceForSources[], sources: (ClaimSource | undefined)[]): void {
  const lead: number[] = [];
  for (let index = 0; index < sentences.length && lead.length < LEAD_STATEMENTS; index++) {
    if (sentences[index].reading.statement) lead.push(index);
  }
  // A document that opens by presenting itself ("This note examines …") speaks in its own voice.
  if (lead.length > 0 && sentences[lead[0]].reading.authorVoice) {
    continueWithinParagraphs(sentences, sources);
    return;
  }
  const leadReporter = lead.map((index) => reporterOf(sentences[index], sources[index])).find((source) => source !== undefined);
  if (leadReporter === undefined) {
    continueWithinParagraphs(sentences, sources);
    return;
  }
  let reporter = leadReporter;
  sentences.forEach((sentence, index) => {
    const source = sources[index];
    const next = reporterOf(sentence, source);
    if (next) {
      reporter = next;
    } else if (inherits(sentence, source)) {
      sources[index] = reporter;
    }
  });
}

/**
 * In a document in the author's voice, a paragraph whose first statement reports a body's
 * findings ("The Fiscal Institute estimates that …") goes on reporting them to its end.
 */
function continueWithinParagraphs(sentences: readonly SentenceForSources[], sources: (ClaimSource | undefined)[]): void {
  let reporter: ClaimSource | undefined;
  let paragraphIndex = -1;
  sentences.forEach((sentence, index) => {
    if (!sentence.reading.statement) return;
    const opensParagraph = sentence.paragraphIndex !== paragraphIndex;
    paragraphIndex = sentence.paragraphIndex;
    if (opensParagraph) {
      const source = sources[index];
      reporter = sentence.reading.attribution && !citesData(sentence.reading.attribution) && source?.kind === 'organisation' ? source : undefined;
    } else if (reporter && inherits(sentence, sources[index])) {
      sources[index] = reporter;
    }
  });
}

/** The body (or a report's author) whose findings an attributed sentence reports. */
function reporterOf(sentence: SentenceForSources, source: ClaimSource | undefined): ClaimSource | undefined {
  if (!sentence.reading.attribution || source === undefined || citesData(sentence.reading.attribution)) return undefined;
  // A person quoted along the way ("Jane Lee, chief executive of Shelter, said") does not take over the report.
  if (source.kind === 'organisation') return source;
  return namesWorkAuthor(sentence.reading.attribution) ? source : undefined;
}

/** A statement that names no source of its own and is not quoted speech or the author's first person. */
function inherits(sentence: SentenceForSources, source: ClaimSource | undefined): boolean {
  return source === undefined && !sentence.reading.attribution && sentence.reading.statement && !sentence.reading.opensQuoted && !sentence.reading.authorVoice;
}
