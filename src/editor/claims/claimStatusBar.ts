import * as vscode from 'vscode';
import { claimSummary } from '../../core/anchoring/claimSummary';
import type { DocumentScope } from '../scope/documentScope';
import { Disposable } from '../util/dispose';
import { Annotations, AnnotationStore } from './annotationStore';
import { COMMANDS } from './commandIds';
import { displayName } from './sidecarFiles';

/** The active document's claims at a glance: "$(tag) 3 claims · 1 orphaned", or why they cannot be read. */
export class ClaimStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('policyAnnotator.claims', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly store: AnnotationStore, private readonly scope: DocumentScope) {
    super();
    this._register(scope.onDidChange(() => this.update()));
    this.item.name = 'Policy Annotator Claims';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(store.onDidChange((change) => {
      if (!change.movedOnly && change.documentUri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    }));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const annotations = document && this.scope.includes(document) ? this.store.annotationsOf(document) : undefined;
    if (!document || !annotations) {
      this.item.hide();
      return;
    }
    Object.assign(this.item, presentation(annotations, document.uri, this.store.sidecarUriOf(document.uri)));
    this.item.show();
  }
}

function presentation(annotations: Annotations, documentUri: vscode.Uri, sidecarUri: vscode.Uri): Pick<vscode.StatusBarItem, 'text' | 'tooltip' | 'command'> {
  if (annotations.kind === 'broken') {
    const problem = annotations.problems[0];
    return {
      text: '$(warning) Annotations unreadable',
      tooltip: `${displayName(sidecarUri)} line ${problem.line}: ${problem.message}`,
      command: { title: 'Open Annotations File', command: COMMANDS.openSidecarProblem, arguments: [documentUri] },
    };
  }
  const claims = annotations.kind === 'loaded' ? annotations.claims : [];
  const needsReview = claims.some((tracked) => tracked.status === 'needsReview');
  const orphaned = claims.some((tracked) => tracked.status === 'orphaned');
  return {
    text: `${needsReview ? '$(warning)' : '$(tag)'} ${claimSummary(claims)}`,
    tooltip: [
      ...(needsReview ? ['A claim that needs review was found only at text it may not belong to (other figures or names, or several places alike): use its lens to accept the new place, re-attach it to a selection, or keep it as orphaned.'] : []),
      ...(orphaned ? ['Orphaned claims lost their text; select where one belongs and run "Re-attach Orphaned Claim to Selection".'] : []),
    ].join('\n\n') || 'Tagged claims in this document',
    command: 'policyAnnotator.claims.focus',
  };
}
