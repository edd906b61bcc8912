import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** Set in the web worker host; package.json hides the review commands from the palette with it. */
const IN_BROWSER_CONTEXT = 'policyAnnotator.inBrowser';

const COMPARE_IN_BROWSER = 'Policy Annotator: comparing annotations with a git revision needs git, which the extension cannot reach in the browser. '
  + 'Open the repository in desktop VS Code or a codespace, or run "policy-annotator diff" in a clone.';
const AGREE_IN_BROWSER = 'Policy Annotator: comparing annotations with a branch needs git, which the extension cannot reach in the browser. '
  + 'Open the repository in desktop VS Code or a codespace, or run "policy-annotator agree" in a clone.';
const MERGE_DRIVER_IN_BROWSER = 'Policy Annotator: the annotations merge driver is set up in a clone on your computer, where git can start the command line; the browser can do neither. '
  + 'Run "policy-annotator setup-merge-driver" there (or this command in desktop VS Code).';

/**
 * In vscode.dev and github.dev there is no git to compare with and no command line for a merge
 * driver: the review commands stay registered (a keybinding or another extension may still call
 * them) and say why they cannot run here. Each returns its message, which the web suites check.
 */
class ReviewInBrowser extends Disposable {
  constructor() {
    super();
    void vscode.commands.executeCommand('setContext', IN_BROWSER_CONTEXT, true);
    this.explain('policyAnnotator.compareWithHead', COMPARE_IN_BROWSER);
    this.explain('policyAnnotator.compareWithRef', COMPARE_IN_BROWSER);
    this.explain('policyAnnotator.compareWithBranch', AGREE_IN_BROWSER);
    this.explain('policyAnnotator.setUpMergeDriver', MERGE_DRIVER_IN_BROWSER);
  }

  private explain(command: string, message: string): void {
    this._register(vscode.commands.registerCommand(command, () => {
      void vscode.window.showInformationMessage(message);
      return message;
    }));
  }
}

export function registerReviewInBrowser(): vscode.Disposable {
  return new ReviewInBrowser();
}
