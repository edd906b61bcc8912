import { Sidecar, SidecarClaim } from './types';

/** A claim as it stands in the file: flat, keys in the order they are written. */
export interface ClaimEntry {
  readonly id: string;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
  readonly tags: readonly string[];
  readonly note?: string;
  readonly source?: string;
  readonly organisation?: string;
}

/** A sidecar as it stands in the file, keys in the order they are written. */
export interface SidecarEntry {
  readonly schema: Sidecar['schema'];
  readonly document: string;
  readonly offsets: Sidecar['offsets'];
  readonly claims: readonly ClaimEntry[];
}

/** The keys of a claim whose values are text copied from the document, written always in double quotes. */
export const VERBATIM_KEYS: ReadonlySet<string> = new Set(['quote', 'prefix', 'suffix']);

export function entryOf(sidecar: Sidecar): SidecarEntry {
  return { schema: sidecar.schema, document: sidecar.document, offsets: sidecar.offsets, claims: sidecar.claims.map(claimEntryOf) };
}

export function sidecarOf(entry: SidecarEntry): Sidecar {
  return { schema: entry.schema, document: entry.document, offsets: entry.offsets, claims: entry.claims.map(claimOf) };
}

function claimEntryOf(claim: SidecarClaim): ClaimEntry {
  const { quote, prefix, suffix, start, end } = claim.anchor;
  return {
    id: claim.id,
    quote,
    prefix,
    suffix,
    start,
    end,
    tags: claim.tags,
    ...(claim.note === undefined ? {} : { note: claim.note }),
    ...(claim.source === undefined ? {} : { source: claim.source }),
    ...(claim.organisation === undefined ? {} : { organisation: claim.organisation }),
  };
}

function claimOf(entry: ClaimEntry): SidecarClaim {
  const { id, quote, prefix, suffix, start, end, tags, note, source, organisation } = entry;
  return {
    id,
    anchor: { quote, prefix, suffix, start, end },
    tags,
    ...(note === undefined ? {} : { note }),
    ...(source === undefined ? {} : { source }),
    ...(organisation === undefined ? {} : { organisation }),
  };
}
