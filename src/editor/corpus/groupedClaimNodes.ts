import type * as vscode from 'vscode';
import { matchesClaimFilter } from '../../core/corpus/claimFilter';
import { groupClaims, groupLabel, type ClaimGrouping } from '../../core/corpus/groupClaims';
import type { ExportedClaim } from '../../core/export/corpus';
import type { TrackedClaim } from '../../core/anchoring/claimTracking';
import type { ClaimsViewState } from '../claims/claimsViewState';
import type { WorkspaceClaims } from './workspaceCorpus';

export interface GroupNode {
  readonly kind: 'group';
  readonly label: string;
  readonly grouping: ClaimGrouping;
  readonly claims: readonly ClaimNode[];
}

export interface ClaimNode {
  readonly kind: 'claim';
  readonly documentUri: vscode.Uri;
  readonly tracked: TrackedClaim;
  readonly documentShown: boolean;
}

/** The view's top level when it groups by something other than document, or filters: groups of the workspace's claims. */
export function groupedNodes(workspace: WorkspaceClaims, state: ClaimsViewState): GroupNode[] {
  const { filter, grouping } = state;
  const shown = filter ? workspace.claims.filter((claim) => matchesClaimFilter(claim, filter)) : workspace.claims;
  return groupClaims(shown, grouping).map((group) => ({
    kind: 'group',
    label: groupLabel(group, grouping),
    grouping,
    claims: group.claims.flatMap((exported) => {
      const documentUri = workspace.uriOf(exported.document);
      return documentUri ? [{ kind: 'claim', documentUri, tracked: trackedOf(exported), documentShown: grouping !== 'document' }] : [];
    }),
  }));
}

/** The claim as the view's items show it (placed, or orphaned when its text or document is gone). */
function trackedOf({ claim, place }: ExportedClaim): TrackedClaim {
  switch (place.status) {
    case 'exact':
    case 'fuzzy':
      return { claim, span: { start: place.location.start, end: place.location.end }, status: place.status };
    case 'needsReview':
      return { claim, status: 'needsReview', candidate: place.candidate, reason: place.reason };
    case 'orphaned':
    case 'no-document':
      return { claim, span: undefined, status: 'orphaned' };
  }
}
