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

/** The name a source goes by on its own: the person's, else the organisation's. */
export function sourceName(source: ClaimSource): string {
  return source.kind === 'person' ? source.person : source.organisation;
}

/** The organisation behind a source, if the text gives one. */
export function sourceOrganisation(source: ClaimSource): string | undefined {
  return source.organisation;
}

/** "Ann Lee, Fiscal Institute", or the one name there is. */
export function describeSource(source: ClaimSource): string {
  return source.kind === 'person' && source.organisation !== undefined ? `${source.person}, ${source.organisation}` : sourceName(source);
}

/** The same source: same kind and names. */
export function sameSource(a: ClaimSource | undefined, b: ClaimSource | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.kind === b.kind && sourceName(a) === sourceName(b) && a.organisation === b.organisation;
}
