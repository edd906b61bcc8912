import { locationOf, type ExportedClaim } from '../export/corpus';
import { groupClaims, groupLabel } from './groupClaims';

export type ReportGrouping = 'tag' | 'source';

/** A Markdown link target for a document and line, relative to where the report is written. */
export type LinkTo = (documentPath: string, line: number | undefined) => string;

/**
 * The workspace's claims as a Markdown evidence report: a section per tag or per source, each
 * claim quoted with its note, its source (by tag) or tags (by source), and a link to its document
 * and line. Claims not found in their text are listed with their stored quote, marked so.
 */
export function evidenceReport(claims: readonly ExportedClaim[], by: ReportGrouping, linkTo: LinkTo, title = 'Evidence report'): string {
  const groups = groupClaims(claims, by);
  const documents = new Set(claims.map((claim) => claim.document)).size;
  const lines = [`# ${title}`, '', `${claims.length} claim${claims.length === 1 ? '' : 's'} from ${documents} document${documents === 1 ? '' : 's'}, by ${by}.`, ''];
  for (const group of groups) {
    lines.push(`## ${escapeMarkdown(groupLabel(group, by))} (${group.claims.length})`, '');
    for (const exported of group.claims) {
      const line = locationOf(exported.place)?.line;
      const where = `${exported.document}${line === undefined ? '' : `:${line}`}`;
      lines.push(...quoteBlock(exported.place.quote));
      const about = by === 'tag'
        ? (exported.claim.source ? ` — ${escapeMarkdown(exported.claim.source)}` : '')
        : ` — ${exported.claim.tags.map(escapeMarkdown).join(', ') || 'no tags'}`;
      const status = line === undefined ? ` (${exported.place.status === 'no-document' ? 'document missing' : 'not found in the text'})` : '';
      lines.push('', `[${escapeMarkdown(where)}](${linkTo(exported.document, line)})${about}${status}`);
      if (exported.claim.note) lines.push('', ...exported.claim.note.split('\n').map((noteLine) => `*${escapeMarkdown(noteLine)}*`.replace(/^\*\*$/, '')));
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function quoteBlock(quote: string): string[] {
  return quote.split('\n').map((line) => `> ${escapeMarkdown(line)}`.trimEnd());
}

/** Markdown's punctuation as literal text, so a quote cannot turn into a heading, link or emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`).replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)\./, '$1\\.');
}
