import { locationOf, type ExportedClaim } from './corpus';

/** The JSON export's format name and version, so a reader can tell what it holds. */
export const CLAIMS_JSON_FORMAT = 'policy-annotator/claims';
export const CLAIMS_JSON_VERSION = 1;

/**
 * Every claim with its document, place (code points and UTF-16 units), figures with their kinds
 * and normalised values, and the organisations and programmes it names.
 */
export function claimsToJson(claims: readonly ExportedClaim[]): string {
  return `${JSON.stringify({
    format: CLAIMS_JSON_FORMAT,
    version: CLAIMS_JSON_VERSION,
    claims: claims.map(({ document, claim, place, figures, names, sourceOrganisations }) => {
      const location = locationOf(place);
      return {
      document,
      id: claim.id,
      quote: place.quote,
      prefix: place.prefix,
      suffix: place.suffix,
      tags: claim.tags,
      note: claim.note ?? null,
      source: claim.source ?? null,
      sourceOrganisation: claim.organisation ?? null,
      sourceOrganisations,
      status: place.status,
      line: location?.line ?? null,
      codePoints: location ? { start: location.codePointStart, end: location.codePointEnd } : null,
      utf16: location ? { start: location.start, end: location.end } : null,
      figures: figures.map(({ kind, text, value, description }) => ({ kind, text, value, description })),
      organisations: names.filter((name) => name.kind === 'organisation').map(({ text, name }) => ({ text, name })),
      otherNames: names.filter((name) => name.kind !== 'organisation').map(({ kind, text, name }) => ({ kind, text, name })),
      };
    }),
  }, null, 2)}\n`;
}
