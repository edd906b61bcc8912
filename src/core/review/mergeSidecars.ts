import { sortClaims } from '../sidecar/sort';
import { QuoteAnchor, Sidecar, SidecarClaim } from '../sidecar/types';
import { sameAnchor, sameAttribution, sameClaim, sameTags } from './claimEquality';

/** A claim that both sides changed in different ways (or one changed and the other deleted). */
export interface ClaimConflict {
  readonly id: string;
  readonly base?: SidecarClaim;
  readonly ours?: SidecarClaim;
  readonly theirs?: SidecarClaim;
}

export interface SidecarMerge {
  /** The merge; a conflicting claim is in it as ours has it (as theirs has it if ours deleted it). */
  readonly sidecar: Sidecar;
  readonly conflicts: readonly ClaimConflict[];
}

const CONFLICT = Symbol('conflict');
type Merged<T> = T | typeof CONFLICT;

/**
 * Three-way merge by claim id. A claim new on either side is kept; a claim changed on one side
 * takes that change. When both sides changed one claim, its parts merge one by one: tags as a
 * set (each side's additions and removals apply), anchor, note and source each taken from the
 * side that changed it; only a part changed differently on both sides, or a claim deleted on one
 * side and changed on the other, is a conflict. A missing sidecar counts as one without claims.
 */
export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar): SidecarMerge {
  const baseById = byId(base);
  const oursById = byId(ours);
  const theirsById = byId(theirs);
  const ids = new Set([...baseById.keys(), ...oursById.keys(), ...theirsById.keys()]);
  const claims: SidecarClaim[] = [];
  const conflicts: ClaimConflict[] = [];
  for (const id of ids) {
    const [b, o, t] = [baseById.get(id), oursById.get(id), theirsById.get(id)];
    const merged = mergeClaim(b, o, t);
    if (merged === CONFLICT) {
      conflicts.push({ id, ...defined({ base: b, ours: o, theirs: t }) });
      claims.push((o ?? t) as SidecarClaim);
    } else if (merged !== undefined) {
      claims.push(merged);
    }
  }
  const document = ours.document === base?.document ? theirs.document : ours.document;
  const sortedClaims = sortClaims(claims);
  const order = new Map(sortedClaims.map((claim, index) => [claim.id, index]));
  return {
    sidecar: { ...ours, document, claims: sortedClaims },
    conflicts: conflicts.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
  };
}

function byId(sidecar: Sidecar | undefined): Map<string, SidecarClaim> {
  return new Map((sidecar?.claims ?? []).map((claim) => [claim.id, claim]));
}

function mergeClaim(b: SidecarClaim | undefined, o: SidecarClaim | undefined, t: SidecarClaim | undefined): Merged<SidecarClaim | undefined> {
  if (sameClaim(o, t) || sameClaim(t, b)) {
    return o;
  }
  if (sameClaim(o, b)) {
    return t;
  }
  if (b === undefined || o === undefined || t === undefined) {
    return CONFLICT;
  }
  const anchor = mergePart<QuoteAnchor>(b.anchor, o.anchor, t.anchor, sameAnchor);
  const note = mergePart(b.note, o.note, t.note, Object.is);
  // The source and its organisation name one speaker: they merge as one part.
  const source = mergePart(b, o, t, sameAttribution);
  if (anchor === CONFLICT || note === CONFLICT || source === CONFLICT) {
    return CONFLICT;
  }
  return { id: o.id, anchor, tags: mergeTags(b.tags, o.tags, t.tags), ...defined({ note, source: source.source, organisation: source.organisation }) };
}

function mergePart<T>(b: T, o: T, t: T, same: (x: T, y: T) => boolean): Merged<T> {
  if (same(o, t) || same(t, b)) {
    return o;
  }
  return same(o, b) ? t : CONFLICT;
}

/** Tags merge as a set: a tag either side added is in, a tag either side removed is out. */
function mergeTags(b: readonly string[], o: readonly string[], t: readonly string[]): readonly string[] {
  if (sameTags(o, t) || sameTags(t, b)) {
    return o;
  }
  if (sameTags(o, b)) {
    return t;
  }
  return [
    ...o.filter((tag) => t.includes(tag) || !b.includes(tag)),
    ...t.filter((tag) => !o.includes(tag) && !b.includes(tag)),
  ];
}

// Optional keys with undefined values would make merged claims compare unequal to parsed ones.
function defined<T extends object>(parts: T): Partial<T> {
  return Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)) as Partial<T>;
}
