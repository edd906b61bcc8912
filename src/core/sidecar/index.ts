export * from './types';
export { parseSidecar, SidecarParseResult } from './parse';
export { serialiseSidecar } from './serialise';
export { newClaimId } from './ids';
export { sortClaims, compareClaims } from './sort';
export { addClaim, updateClaim, removeClaim, ClaimChange } from './edit';
export { sidecarPathFor, documentPathFor, documentNameFor, isSidecarPath } from './paths';
