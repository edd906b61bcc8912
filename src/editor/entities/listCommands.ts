import * as vscode from 'vscode';
import { entityAt } from '../../core/entities/entityLookup';
import { editedList, type ListChange } from '../../core/entities/listEdits';
import type { NamedKind } from '../../core/entities/types';
import { readConfig } from '../config';
import type { DocumentEntities } from '../documentEntities';
import { isServedDocument } from '../languages';
import { Disposable } from '../util/dispose';
import { registerCommand } from '../util/registerCommand';
import { readTextFileToRewrite, writeTextFileAtomically } from '../util/textFiles';
import { placeOf } from '../scope/documentScope';

export type ExclusionScope = 'document' | 'everywhere';

interface UndoStep {
  readonly uri: vscode.Uri;
  /** The file's text before the change; undefined when there was no file. */
  readonly previous: string | undefined;
  readonly what: string;
}

const LEADING_THE = /^the\s+/i;

/**
 * *Mark as Organisation*, *Mark as Programme* and *Not an Entity*: a miss or a false highlight
 * fixed in one step, written to the workspace list (`policyAnnotator.organisations.file`, versioned
 * with the workspace), in effect at once in every open document, and undone with *Undo*.
 */
export class ListCommands extends Disposable {
  private readonly undoSteps: UndoStep[] = [];

  constructor(private readonly entities: DocumentEntities) {
    super();
    this._register(registerCommand('policyAnnotator.markAsOrganisation', () => this.mark('organisation')));
    this._register(registerCommand('policyAnnotator.markAsProgramme', () => this.mark('programme')));
    // From the editor's context menu the first argument is the document's uri: only a scope counts.
    this._register(registerCommand('policyAnnotator.notAnEntity', (scope?: unknown) => this.exclude(isScope(scope) ? scope : undefined)));
    this._register(registerCommand('policyAnnotator.undoListChange', () => this.undo()));
  }

  private async mark(kind: NamedKind): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServedDocument(editor.document)) return false;
    const name = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim().replace(LEADING_THE, '');
    if (name === '') {
      void vscode.window.showWarningMessage(`Policy Annotator: select the name to mark as ${article(kind)} ${kind} first.`);
      return false;
    }
    return this.change(editor.document, { add: 'entry', entry: { name, kind } }, `Marked "${name}" as ${article(kind)} ${kind}`);
  }

  private async exclude(scope: ExclusionScope | undefined): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServedDocument(editor.document)) return false;
    const entity = entityAt(this.entities.get(editor.document), editor.document.offsetAt(editor.selection.start));
    if (!entity) {
      void vscode.window.showWarningMessage('Policy Annotator: put the cursor on a highlight to say it is not an entity.');
      return false;
    }
    const chosen = scope ?? await pickScope(entity.text);
    if (!chosen) return false;
    const { folder, path } = placeOf(editor.document.uri);
    const document = chosen === 'document' && folder ? path : undefined;
    const where = chosen === 'document' ? 'in this document' : 'anywhere';
    return this.change(editor.document, { add: 'exclusion', text: entity.text, document }, `"${entity.text}" is no longer highlighted ${where}`);
  }

  private async change(document: vscode.TextDocument, change: ListChange, what: string): Promise<boolean> {
    const uri = this.listUri(document);
    if (!uri) return false;
    const previous = await readTextFileToRewrite(uri);
    const edited = editedList(previous, change, vscode.workspace.asRelativePath(uri));
    if (!edited.ok) {
      void vscode.window.showErrorMessage(`Policy Annotator: ${edited.message}`);
      return false;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeTextFileAtomically(uri, edited.text);
    this.undoSteps.push({ uri, previous, what });
    await this.entities.workspaceBodies.reloadNow();
    void vscode.window.showInformationMessage(`${what} (${vscode.workspace.asRelativePath(uri)}).`, 'Undo').then((choice) => {
      if (choice === 'Undo') void this.undo();
    });
    return true;
  }

  /** Puts the workspace list back as it was before the last change made by these commands. */
  private async undo(): Promise<boolean> {
    const step = this.undoSteps.pop();
    if (!step) {
      void vscode.window.showInformationMessage('Policy Annotator: no change to the organisation list to undo.');
      return false;
    }
    if (step.previous !== undefined) {
      await writeTextFileAtomically(step.uri, step.previous);
    } else {
      await vscode.workspace.fs.delete(step.uri, { useTrash: false });
    }
    await this.entities.workspaceBodies.reloadNow();
    vscode.window.setStatusBarMessage(`Policy Annotator: undone: ${step.what}`, 3000);
    return true;
  }

  /** The list file of the document's workspace folder, or undefined (after saying why) when there is none to write. */
  private listUri(document: vscode.TextDocument): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    const file = readConfig(document).organisations.file;
    const problem = !folder ? 'open a folder: your own list is kept in the workspace'
      : !file ? 'the setting policyAnnotator.organisations.file is empty, so there is no list to write'
        : !vscode.workspace.isTrusted ? 'trust this workspace first: its own list is not read until then' : undefined;
    if (problem || !folder) {
      void vscode.window.showWarningMessage(`Policy Annotator: ${problem}.`);
      return undefined;
    }
    return vscode.Uri.joinPath(folder.uri, file);
  }
}

function isScope(value: unknown): value is ExclusionScope {
  return value === 'document' || value === 'everywhere';
}

function article(kind: NamedKind): string {
  return kind === 'organisation' ? 'an' : 'a';
}

async function pickScope(text: string): Promise<ExclusionScope | undefined> {
  const picked = await vscode.window.showQuickPick([
    { label: 'In this document', scope: 'document' as const },
    { label: 'Everywhere in this workspace', scope: 'everywhere' as const },
  ], { placeHolder: `"${text}" is not an entity…` });
  return picked?.scope;
}
