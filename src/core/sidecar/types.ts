/** The version written in every sidecar's `schema` key. */
export const SIDECAR_SCHEMA_VERSION = 1;

/**
 * How a claim is anchored: a W3C TextQuoteSelector (quote with some context) plus the position
 * it had when it was written, in UTF-16 code units, used only as a hint when re-anchoring.
 */
export interface QuoteAnchor {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export interface SidecarClaim {
  /** Random, stable, short: never renumbered, so merges do not conflict on ids. */
  readonly id: string;
  readonly anchor: QuoteAnchor;
  readonly tags: readonly string[];
  readonly note?: string;
  /** The organisation or speaker the claim is attributed to. */
  readonly source?: string;
  /** The organisation of the person named in `source`, where the text gives it. */
  readonly organisation?: string;
}

/** "Ann Lee, Fiscal Institute": the source with its organisation, or undefined for none. */
export function attributionOf(claim: Pick<SidecarClaim, 'source' | 'organisation'>): string | undefined {
  if (claim.source === undefined) return claim.organisation;
  return claim.organisation === undefined ? claim.source : `${claim.source}, ${claim.organisation}`;
}

export interface Sidecar {
  readonly schema: typeof SIDECAR_SCHEMA_VERSION;
  /** The document's file name (not a path): the sidecar sits beside it. */
  readonly document: string;
  /** Offsets are UTF-16 code units (VS Code's unit), stored so no reader mistakes them for code points. */
  readonly offsets: 'utf-16';
  readonly claims: readonly SidecarClaim[];
}

/** A place in a sidecar file, 1-based. */
export interface SidecarPosition {
  readonly line: number;
  readonly column: number;
}

/** A problem in a sidecar file, at a 1-based line and column. */
export interface SidecarProblem extends SidecarPosition {
  readonly message: string;
}

export const SIDECAR_SUFFIX = '.annotations.yaml';
