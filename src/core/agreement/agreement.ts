import { exportedClaimsOf, locationOf, type CorpusDocument, type ExportedClaim } from '../export/corpus';
import { tagAgreement, type TagAgreement } from './kappa';
import type { Span } from '../textDocument';
import { pairByOverlap, type OverlapPairs } from '../util/pairByOverlap';

/** One side of a disagreement: the claim as that person tagged it. */
export interface ClaimSide {
  readonly id: string;
  readonly tags: readonly string[];
}

export interface Disagreement {
  readonly document: string;
  /** 1-based line of the claim (A's when both have it); null when the claim is not found in its text. */
  readonly line: number | null;
  /** `tags`: both tagged this span, differently; `onlyA` / `onlyB`: only one of them tagged it. */
  readonly kind: 'tags' | 'onlyA' | 'onlyB';
  readonly quote: string;
  readonly a: ClaimSide | null;
  readonly b: ClaimSide | null;
}

export interface AgreementReport {
  readonly matched: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly tags: Readonly<Record<string, TagAgreement>>;
  readonly disagreements: readonly Disagreement[];
}

/**
 * How far two people who annotated the same documents agree. Claims match by span: two claims in
 * the same document match when they overlap by at least half the longer one (each claim matches
 * at most one, largest overlaps first). Per tag, Cohen's kappa over the matched claims, each
 * person's yes or no for that tag. Documents are paired by path; a document only one side
 * annotated counts its claims as that side's alone.
 */
export function compareAnnotations(a: readonly CorpusDocument[], b: readonly CorpusDocument[]): AgreementReport {
  const claimsA = placedByDocument(a);
  const claimsB = placedByDocument(b);
  const documents = [...new Set([...claimsA.keys(), ...claimsB.keys()])].sort();
  const pairs: Array<[ExportedClaim, ExportedClaim]> = [];
  const disagreements: Disagreement[] = [];
  let onlyA = 0;
  let onlyB = 0;
  for (const document of documents) {
    const matched = matchClaims(claimsA.get(document) ?? [], claimsB.get(document) ?? []);
    pairs.push(...matched.pairs);
    onlyA += matched.onlyA.length;
    onlyB += matched.onlyB.length;
    const entries: Disagreement[] = [
      ...matched.pairs.filter(([x, y]) => !sameTags(x, y)).map(([x, y]) => disagreement('tags', x, x, y)),
      ...matched.onlyA.map((x) => disagreement('onlyA', x, x, undefined)),
      ...matched.onlyB.map((y) => disagreement('onlyB', y, undefined, y)),
    ];
    disagreements.push(...entries.sort((p, q) => (p.line ?? Infinity) - (q.line ?? Infinity)));
  }
  const allTags = [...new Set([...a, ...b].flatMap((document) => document.sidecar.claims.flatMap((claim) => claim.tags)))].sort();
  const tags: Record<string, TagAgreement> = {};
  for (const tag of allTags) {
    const count = { yes: 0, no: 0, onlyA: 0, onlyB: 0 };
    for (const [x, y] of pairs) {
      const [inA, inB] = [x.claim.tags.includes(tag), y.claim.tags.includes(tag)];
      if (inA && inB) count.yes += 1;
      else if (inA) count.onlyA += 1;
      else if (inB) count.onlyB += 1;
      else count.no += 1;
    }
    tags[tag] = tagAgreement(count.yes, count.no, count.onlyA, count.onlyB);
  }
  return { matched: pairs.length, onlyA, onlyB, tags, disagreements };
}

function placedByDocument(documents: readonly CorpusDocument[]): Map<string, ExportedClaim[]> {
  // Matching needs spans only: no entity detection.
  return new Map(documents.map((document) => [document.path, exportedClaimsOf(document, () => [])]));
}

/** Two claims are one when they share at least half of the longer: a claim cut differently is a disagreement on its span, not a match. */
function matchClaims(a: readonly ExportedClaim[], b: readonly ExportedClaim[]): OverlapPairs<ExportedClaim, ExportedClaim> {
  const spanOf = (claim: ExportedClaim): Span | undefined => locationOf(claim.place);
  return pairByOverlap(a, b, spanOf, spanOf, (shared, x, y) => shared * 2 >= Math.max(x.end - x.start, y.end - y.start));
}

function sameTags(x: ExportedClaim, y: ExportedClaim): boolean {
  return x.claim.tags.length === y.claim.tags.length && x.claim.tags.every((tag) => y.claim.tags.includes(tag));
}

function disagreement(kind: Disagreement['kind'], shown: ExportedClaim, x: ExportedClaim | undefined, y: ExportedClaim | undefined): Disagreement {
  const side = (claim: ExportedClaim | undefined): ClaimSide | null => (claim ? { id: claim.claim.id, tags: claim.claim.tags } : null);
  return { document: shown.document, line: locationOf(shown.place)?.line ?? null, kind, quote: shown.place.quote, a: side(x), b: side(y) };
}
