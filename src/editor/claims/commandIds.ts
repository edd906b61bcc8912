/** The claim commands, as contributed in package.json. */
export const COMMANDS = {
  tagClaim: 'policyAnnotator.tagClaim',
  tagSelection: 'policyAnnotator.tagSelection',
  editClaim: 'policyAnnotator.editClaim',
  removeClaim: 'policyAnnotator.removeClaim',
  reattachClaim: 'policyAnnotator.reattachClaim',
  acceptClaimPlace: 'policyAnnotator.acceptClaimPlace',
  keepClaimOrphaned: 'policyAnnotator.keepClaimOrphaned',
  revealClaim: 'policyAnnotator.revealClaim',
  refreshClaimsView: 'policyAnnotator.refreshClaimsView',
  /** Internal: opens a document's sidecar at its first problem. Not contributed, so not in the palette. */
  openSidecarProblem: 'policyAnnotator.openSidecarProblem',
} as const;
