import { organisationSource, type ClaimSource } from './claimSource';
import type { SentenceForSources } from './sourceResolution';

/** How many statements open a document: the lead that says whose findings it reports. */
const LEAD_STATEMENTS = 2;

/**
 * A document whose lead reports a body's findings ("Today the National Audit Office reports that …",
 * "…, the Resolution Foundation said today.") goes on reporting them: its sentences that name no
 * source of their own (and are not quoted speech) are the findings of the body that reported last.
 * A document whose lead is in the author's own voice keeps its unattributed sentences the author's,
 * and so does a sentence that opens in the first person ("We think …").
 */
export function continueReportedFindings(sentences: readonly SentenceForSources[], sources: (ClaimSource | undefined)[]): void {
  const lead = sentences.flatMap((sentence, index) => (sentence.statement ? [index] : [])).slice(0, LEAD_STATEMENTS);
  const leadReporter = lead.map((index) => (sentences[index].attribution ? sources[index]?.organisation : undefined)).find((name) => name !== undefined);
  if (leadReporter === undefined) return;
  let reporter = organisationSource(leadReporter);
  sentences.forEach((sentence, index) => {
    const source = sources[index];
    if (sentence.attribution && source?.organisation !== undefined) {
      reporter = organisationSource(source.organisation);
    } else if (source === undefined && sentence.statement && !sentence.opensQuoted && !sentence.authorVoice) {
      sources[index] = reporter;
    }
  });
}
