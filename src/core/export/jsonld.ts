import { attributionOf } from '../sidecar/types';
import { locationOf, type ExportedClaim } from './corpus';
import { guidFor } from './guid';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Without `--base`, a document's IRI is this plus its relative path: a target needs an IRI, not a bare path. */
export const DEFAULT_DOCUMENT_BASE = 'urn:policy-annotator:document:';

export interface JsonLdOptions {
  /** Prefix of each document's IRI, e.g. `https://example.org/reports/`; the relative path follows it. */
  readonly documentBase?: string;
  /** The collection's label. */
  readonly label?: string;
}

/**
 * A W3C Web Annotation `AnnotationCollection` with every claim as an `Annotation` in `first.items`.
 * Each annotation also carries the `@context`, so it stands alone (as Hypothesis and the W3C tests
 * read them). Tags are `TextualBody`s with purpose `tagging`; the note one with `commenting`; the
 * source (whom the claim is attributed to) one with `describing`, its value prefixed "source: ".
 * The target's positions count code points, end exclusive; a claim not found in its text has
 * only its quote selector.
 */
export function claimsToJsonLd(claims: readonly ExportedClaim[], options: JsonLdOptions = {}): string {
  const base = options.documentBase ?? DEFAULT_DOCUMENT_BASE;
  const items = claims.map((exported) => annotationOf(exported, base));
  return `${JSON.stringify({
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${guidFor(`collection\n${claims.map((each) => `${each.document}\n${each.claim.id}`).join('\n')}`)}`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Policy Annotator claims',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }, null, 2)}\n`;
}

function annotationOf({ document, claim, place }: ExportedClaim, base: string): object {
  const bodies = [
    ...claim.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ...(claim.note ? [{ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' }] : []),
    ...(claim.source ? [{ type: 'TextualBody', purpose: 'describing', value: `source: ${attributionOf(claim)}`, format: 'text/plain' }] : []),
  ];
  const location = locationOf(place);
  const selectors = [
    { type: 'TextQuoteSelector', exact: place.quote, prefix: place.prefix, suffix: place.suffix },
    ...(location ? [{ type: 'TextPositionSelector', start: location.codePointStart, end: location.codePointEnd }] : []),
  ];
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${guidFor(`claim\n${document}\n${claim.id}`)}`,
    type: 'Annotation',
    motivation: claim.tags.length > 0 ? 'tagging' : 'highlighting',
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: { source: documentIri(base, document), selector: selectors.length === 1 ? selectors[0] : selectors },
  };
}

/** The relative path, each segment percent-encoded, after the base. */
export function documentIri(base: string, relativePath: string): string {
  return base + relativePath.split('/').map(encodeURIComponent).join('/');
}
