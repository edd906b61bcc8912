import { describeEntityValue } from '../entities/describeEntity';
import type { ReviewReason } from '../anchoring/claimTracking';
import { claimPlacements } from '../anchoring/placeClaims';
import { drain } from '../util/steps';
import { createQuoteAnchor } from '../anchoring/quoteAnchor';
import { isFigure, isNamed, type Entity, type FigureEntity, type FigureKind, type NamedKind } from '../entities/types';
import type { Sidecar, SidecarClaim } from '../sidecar/types';
import type { Span } from '../textDocument';
import { TextPositions } from './textPositions';

/** One annotated document of the corpus being exported: what its sidecar says, and its text. */
export interface CorpusDocument {
  /** The document's path relative to the export's root, with `/` separators. */
  readonly path: string;
  /** The document's text without a byte-order mark; undefined when it is not beside its sidecar. */
  readonly text: string | undefined;
  readonly sidecar: Sidecar;
}

/** Where a claim stands in its document's current text, in every unit an export needs. */
export interface ClaimLocation {
  /** UTF-16 code units, as in the editor and the sidecar. */
  readonly start: number;
  readonly end: number;
  /** Code points from the start of the text, end exclusive (W3C TextPositionSelector, REFI-QDA). */
  readonly codePointStart: number;
  readonly codePointEnd: number;
  /** 1-based line of the claim's first character. */
  readonly line: number;
}

/**
 * A claim found in its text carries the text found there; one that is not carries its stored
 * quote, and one that needs review (as the editor and `check` place it) the place it was found at
 * and why it was not taken.
 */
export type ClaimPlace =
  | { readonly status: 'exact' | 'fuzzy'; readonly location: ClaimLocation; readonly quote: string; readonly prefix: string; readonly suffix: string }
  | { readonly status: 'needsReview'; readonly candidate: Span; readonly reason: ReviewReason; readonly quote: string; readonly prefix: string; readonly suffix: string }
  | { readonly status: 'orphaned' | 'no-document'; readonly quote: string; readonly prefix: string; readonly suffix: string };

export type ClaimStatus = ClaimPlace['status'];

export interface ClaimFigure {
  readonly kind: FigureKind;
  readonly text: string;
  readonly value: FigureEntity['value'];
  /** The value for a reader: "£5,300,000,000 (GBP)". */
  readonly description: string;
}

/** An organisation, programme or other named body mentioned in the claim. */
export interface ClaimName {
  readonly kind: NamedKind;
  readonly text: string;
  /** The canonical full name. */
  readonly name: string;
}

/** A claim as every export format sees it. */
export interface ExportedClaim {
  readonly document: string;
  readonly claim: SidecarClaim;
  readonly place: ClaimPlace;
  readonly figures: readonly ClaimFigure[];
  readonly names: readonly ClaimName[];
  /** The organisations the claim's source names, by canonical name ("NAO" → National Audit Office). */
  readonly sourceOrganisations: readonly string[];
}

/** Finds the figures and names of a document's text (detectEntities, or the editor's cache of it). */
export type EntityFinder = (text: string) => readonly Entity[];

/**
 * The claims of one document, each placed in the document's current text by its quote (as the
 * editor and `check` place them), with the figures and names its span holds. In sidecar order.
 */
export function exportedClaimsOf(document: CorpusDocument, findEntities: EntityFinder): ExportedClaim[] {
  const { text } = document;
  if (text === undefined) {
    return document.sidecar.claims.map((claim) => ({ document: document.path, claim, place: storedPlace(claim, 'no-document'), figures: [], names: [], sourceOrganisations: sourceOrganisations(claim, findEntities) }));
  }
  const entities = document.sidecar.claims.length > 0 ? findEntities(text) : [];
  // All claims at once: the text is read once for the pieces of every quote not at its stored place.
  const placements = drain(claimPlacements(text, document.sidecar.claims, () => undefined, findEntities));
  const found = document.sidecar.claims.map((claim, index) => ({ claim, placed: placements[index] }));
  const positions = new TextPositions(text);
  const locations = new Map<string, ClaimLocation>();
  const spans = found.flatMap(({ claim, placed }) => (placed.span ? [{ id: claim.id, start: placed.span.start, end: placed.span.end }] : []));
  // Starts and ends in one increasing pass over the text.
  const offsets = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const at = new Map(offsets.map((offset) => [offset, positions.at(offset)]));
  for (const span of spans) {
    const start = at.get(span.start)!;
    locations.set(span.id, { start: span.start, end: span.end, codePointStart: start.codePoint, codePointEnd: at.get(span.end)!.codePoint, line: start.line });
  }
  return found.map(({ claim, placed }) => {
    const location = locations.get(claim.id);
    const organisations = sourceOrganisations(claim, findEntities);
    if (location === undefined || (placed.status !== 'exact' && placed.status !== 'fuzzy')) {
      const place: ClaimPlace = placed.status === 'needsReview'
        ? { ...storedPlace(claim, 'orphaned'), status: 'needsReview', candidate: placed.candidate, reason: placed.reason }
        : storedPlace(claim, 'orphaned');
      return { document: document.path, claim, place, figures: [], names: [], sourceOrganisations: organisations };
    }
    const anchor = createQuoteAnchor(text, location.start, location.end);
    const inside = entities.filter((entity) => entity.start < location.end && entity.end > location.start);
    return {
      document: document.path,
      claim,
      place: { status: placed.status, location, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix },
      figures: inside.flatMap((entity) => (isFigure(entity) ? [{ kind: entity.kind, text: entity.text, value: entity.value, description: describeEntityValue(entity) }] : [])),
      names: distinctNames(inside.flatMap((entity) => (isNamed(entity) ? [{ kind: entity.kind, text: entity.text, name: entity.value.name }] : []))),
      sourceOrganisations: organisations,
    };
  });
}

/** Each name once for each way it is written: "BCF" twice in a claim is one mention to export. */
function distinctNames(names: readonly ClaimName[]): ClaimName[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = `${name.kind}\n${name.name}\n${name.text}`;
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
}

/** The organisations named by the claim's source and by its source's organisation (a quoted person's employer). */
function sourceOrganisations(claim: SidecarClaim, findEntities: EntityFinder): string[] {
  const named = [claim.source, claim.organisation].flatMap((name) => (name ? findEntities(name) : []));
  const found = named.flatMap((entity) => (entity.kind === 'organisation' ? [entity.value.name] : []));
  return [...new Set(found.length > 0 || !claim.organisation ? found : [claim.organisation])];
}

function storedPlace(claim: SidecarClaim, status: 'orphaned' | 'no-document'): ClaimPlace & { readonly status: 'orphaned' | 'no-document' } {
  return { status, quote: claim.anchor.quote, prefix: claim.anchor.prefix, suffix: claim.anchor.suffix };
}

/** The organisations a claim is attributed to: those its source names, else the source as written. */
export function attributedTo(claim: ExportedClaim): string[] {
  return claim.sourceOrganisations.length > 0 ? [...claim.sourceOrganisations] : claim.claim.source ? [claim.claim.source] : [];
}

/** The organisations a claim is attributed to or names, by canonical name: what grouping by organisation uses. */
export function organisationsOf(claim: ExportedClaim): string[] {
  return [...new Set([...attributedTo(claim), ...claim.names.filter((name) => name.kind === 'organisation').map((name) => name.name)])];
}

/** Where the claim was found, or undefined when it was not. */
export function locationOf(place: ClaimPlace): ClaimLocation | undefined {
  return place.status === 'exact' || place.status === 'fuzzy' ? place.location : undefined;
}
