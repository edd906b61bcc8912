import * as vscode from 'vscode';
import { ClaimChange, ClaimChangeKind } from '../../core/review/diffSidecars';
import { changeDetails, shownQuote } from '../../core/review/formatSidecarDiff';
import { emptySideUri, SidecarComparison } from './compareSidecar';
import { GitApi } from './gitApi';
import { revealClaim } from './revealClaim';

type ChangeItem = vscode.QuickPickItem & (
  | { readonly action: 'reveal'; readonly comparison: SidecarComparison; readonly change: ClaimChange }
  | { readonly action: 'diff'; readonly comparison: SidecarComparison }
  | { readonly action: 'none' });

const ICONS: Record<ClaimChangeKind, string> = {
  added: '$(diff-added)',
  removed: '$(diff-removed)',
  retagged: '$(tag)',
  renoted: '$(note)',
  resourced: '$(person)',
  reanchored: '$(location)',
};

/**
 * Shows the changes, one item per claim under a heading per sidecar, plus "Open diff editor" for
 * each sidecar. Choosing a claim selects it in its document; the picker disposes itself when hidden.
 */
export function showChangesQuickPick(comparisons: readonly SidecarComparison[], git: GitApi, title: string): void {
  const pick = vscode.window.createQuickPick<ChangeItem>();
  pick.title = title;
  pick.placeholder = 'Choose a claim to see it in its document, or open the diff editor';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = comparisons.flatMap(itemsOf);
  pick.onDidAccept(() => {
    const [item] = pick.selectedItems;
    pick.hide();
    if (item?.action === 'reveal') {
      const claim = item.change.after ?? item.change.before;
      if (claim) {
        void revealClaim(item.comparison.documentUri, claim);
      }
    } else if (item?.action === 'diff') {
      const { sidecarUri, ref, path, existedBefore, existsNow } = item.comparison;
      // A side where the sidecar does not exist (new, not yet committed; or deleted) is an empty file.
      const left = existedBefore ? git.toGitUri(sidecarUri, ref) : emptySideUri(sidecarUri, ref);
      const right = existsNow ? sidecarUri : emptySideUri(sidecarUri, 'working tree');
      void vscode.commands.executeCommand('vscode.diff', left, right, `${path} (${ref}${existedBefore ? '' : ': none'} ↔ working tree${existsNow ? '' : ': none'})`);
    }
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

function itemsOf(comparison: SidecarComparison): ChangeItem[] {
  const heading: ChangeItem = { label: comparison.path, kind: vscode.QuickPickItemKind.Separator, action: 'none' };
  const changes = comparison.changes.map((change): ChangeItem => ({
    label: `${ICONS[change.kinds[0]]} ${change.kinds.join(', ')}`,
    description: shownQuote(change.quote),
    detail: `${change.id}  ${changeDetails(change).join(' · ')}`,
    action: 'reveal',
    comparison,
    change,
  }));
  const diff: ChangeItem = { label: '$(diff) Open diff editor', description: comparison.path, action: 'diff', comparison };
  return [heading, ...changes, diff];
}
