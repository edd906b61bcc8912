import { attributionOf } from '../sidecar/types';

/**
 * Who a claim says made it: a person, with their organisation where the text gives it
 * ("Dr Ann Lee, chief economist at the Fiscal Institute"), or an organisation alone (a report's
 * author, an unnamed spokesperson's employer).
 */
export type ClaimSource =
  | { readonly kind: 'person'; readonly person: string; readonly organisation?: string }
  | { readonly kind: 'organisation'; readonly organisation: string };

export function personSource(person: string, organisation?: string): ClaimSource {
  return organisation === undefined ? { kind: 'person', person } : { kind: 'person', person, organisation };
}

export function organisationSource(organisation: string): ClaimSource {
  return { kind: 'organisation', organisation };
}

/** The name a source goes by on its own (the lens's short form): the person's, else the organisation's. */
export function sourceName(source: ClaimSource): string {
  return source.kind === 'person' ? source.person : source.organisation;
}

/** A source as a sidecar claim keeps it: `source` the name it goes by, `organisation` the person's organisation. */
export function sourceFields(source: ClaimSource | undefined): { source?: string; organisation?: string } {
  if (!source) return {};
  return source.kind === 'person' && source.organisation !== undefined ? { source: source.person, organisation: source.organisation } : { source: sourceName(source) };
}

/** "Ann Lee, Fiscal Institute", or the one name there is: as the hover shows a tagged claim's source. */
export function describeSource(source: ClaimSource): string {
  return attributionOf(sourceFields(source)) ?? sourceName(source);
}

/**
 * The sidecar fields for a source the user typed or corrected: "Ann Lee, Fiscal Institute" is a
 * person and their organisation, as `describeSource` writes them; one name alone is the source;
 * nothing is no source.
 */
export function sourceFieldsOf(answer: string): { source?: string; organisation?: string } {
  const text = answer.trim();
  if (text === '') return {};
  const comma = text.indexOf(', ');
  return comma < 0 ? { source: text } : { source: text.slice(0, comma).trim(), organisation: text.slice(comma + 2).trim() };
}
