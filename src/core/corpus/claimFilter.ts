import type { ExportedClaim } from '../export/corpus';

/** What the Claims view shows: claims with a tag, or claims whose words hold a text. */
export type ClaimFilter =
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'text'; readonly text: string };

/** `tag:finding` or `#finding` filters by tag; anything else by text. Blank: no filter. */
export function parseClaimFilter(input: string): ClaimFilter | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  const tag = /^(?:tag:|#)\s*(\S.*)$/i.exec(trimmed);
  return tag ? { kind: 'tag', tag: tag[1].trim() } : { kind: 'text', text: trimmed };
}

export function describeClaimFilter(filter: ClaimFilter): string {
  return filter.kind === 'tag' ? `tag ${filter.tag}` : `“${filter.text}”`;
}

/** Tags match whole and ignoring case; text matches anywhere in the quote, note, source, tags, document or organisations named, ignoring case. */
export function matchesClaimFilter(exported: ExportedClaim, filter: ClaimFilter): boolean {
  const { claim } = exported;
  if (filter.kind === 'tag') return claim.tags.some((tag) => tag.toLowerCase() === filter.tag.toLowerCase());
  const needle = filter.text.toLowerCase();
  const haystack = [exported.place.quote, claim.note ?? '', claim.source ?? '', exported.document, ...claim.tags, ...exported.names.map((name) => name.name)];
  return haystack.some((field) => field.toLowerCase().includes(needle));
}
