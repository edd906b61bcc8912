/** The commands that work across the workspace's documents, as contributed in package.json. */
export const CORPUS_COMMANDS = {
  exportClaims: 'policyAnnotator.exportClaims',
  evidenceReport: 'policyAnnotator.evidenceReport',
  claimsByOrganisation: 'policyAnnotator.claimsByOrganisation',
  compareWithBranch: 'policyAnnotator.compareWithBranch',
  groupClaimsBy: 'policyAnnotator.groupClaimsBy',
  filterClaims: 'policyAnnotator.filterClaims',
  clearClaimsFilter: 'policyAnnotator.clearClaimsFilter',
} as const;
