import * as vscode from 'vscode';
import type { ScopeDecision } from '../../core/scope/documentScope';
import { isServedDocument } from '../languages';
import { Disposable } from '../util/dispose';
import { DocumentScope, OPT_IN_FOLDER } from './documentScope';
import { TOGGLE_SCOPE_COMMAND } from './toggleScope';

/** Context key for menus and keybindings: the active editor's document is served. */
export const IN_SCOPE_CONTEXT = 'policyAnnotator.activeEditorInScope';

/**
 * For the active text, Markdown or policy document: whether Policy Annotator serves it and why,
 * and a click to turn it on or off for this file. Also keeps the `activeEditorInScope` context key.
 */
export class ScopeStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('policyAnnotator.scope', vscode.StatusBarAlignment.Right, 101));

  constructor(private readonly scope: DocumentScope) {
    super();
    this.item.name = 'Policy Annotator On/Off';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(scope.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const decision = document && isServedDocument(document) ? this.scope.decide(document) : undefined;
    void vscode.commands.executeCommand('setContext', IN_SCOPE_CONTEXT, decision?.inScope === true);
    if (!document || !decision) {
      this.item.hide();
      return;
    }
    this.item.text = decision.inScope ? '$(eye) Policy' : '$(eye-closed) Policy';
    this.item.tooltip = `${explanation(decision)}\n\nClick to turn Policy Annotator ${decision.inScope ? 'off' : 'on'} for this file (writes policyAnnotator.${decision.inScope ? 'exclude' : 'include'}).`;
    this.item.command = { title: 'Turn Policy Annotator On/Off for This File', command: TOGGLE_SCOPE_COMMAND, arguments: [document.uri] };
    this.item.show();
  }
}

function explanation(decision: ScopeDecision): string {
  switch (decision.reason) {
    case 'include': return `Policy Annotator is on here: policyAnnotator.include has "${decision.pattern}".`;
    case 'exclude': return `Policy Annotator is off here: policyAnnotator.exclude has "${decision.pattern}".`;
    case 'policyLanguage': return 'Policy Annotator is on for policy documents.';
    case 'optedIn': return `Policy Annotator is on: this workspace holds annotations or a ${OPT_IN_FOLDER} folder.`;
    case 'notOptedIn': return `Policy Annotator leaves text and Markdown alone in a workspace without annotations or a ${OPT_IN_FOLDER} folder.`;
    case 'otherLanguage': return 'Policy Annotator serves text, Markdown and policy documents only.';
  }
}
