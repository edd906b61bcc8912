import { sortClaims } from './sort';
import { Sidecar, SidecarClaim } from './types';

/** The parts of a claim an edit may change; `note`, `source` or `organisation` set to undefined removes it. */
export type ClaimChange = Partial<Omit<SidecarClaim, 'id'>>;

/** A new sidecar with `claim` added in document order. Throws if its id is taken. */
export function addClaim(sidecar: Sidecar, claim: SidecarClaim): Sidecar {
  if (sidecar.claims.some((existing) => existing.id === claim.id)) {
    throw new Error(`A claim with id ${claim.id} already exists in the annotations of ${sidecar.document}.`);
  }
  return { ...sidecar, claims: sortClaims([...sidecar.claims, withoutEmptyOptionals(claim)]) };
}

/** A new sidecar with claim `id` changed. Throws if there is no such claim. */
export function updateClaim(sidecar: Sidecar, id: string, change: ClaimChange): Sidecar {
  if (!sidecar.claims.some((claim) => claim.id === id)) {
    throw new Error(`There is no claim with id ${id} in the annotations of ${sidecar.document}.`);
  }
  const claims = sidecar.claims.map((claim) => (claim.id === id ? withoutEmptyOptionals({ ...claim, ...change, id }) : claim));
  return { ...sidecar, claims: sortClaims(claims) };
}

/** A new sidecar without claim `id`; removing a claim that is already gone changes nothing. */
export function removeClaim(sidecar: Sidecar, id: string): Sidecar {
  const claims = sidecar.claims.filter((claim) => claim.id !== id);
  return claims.length === sidecar.claims.length ? sidecar : { ...sidecar, claims };
}

// A key present with an undefined value would compare unequal to a claim read back from the file.
function withoutEmptyOptionals(claim: SidecarClaim): SidecarClaim {
  const { note, source, organisation, ...required } = claim;
  return {
    ...required,
    ...(note === undefined ? {} : { note }),
    ...(source === undefined ? {} : { source }),
    ...(organisation === undefined ? {} : { organisation }),
  };
}
