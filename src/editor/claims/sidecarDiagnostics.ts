import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { AnnotationStore } from './annotationStore';

/** Problems of sidecars that cannot be read, in the Problems panel at their lines. */
export class SidecarDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('policyAnnotator.annotations'));

  constructor(private readonly store: AnnotationStore) {
    super();
    this._register(store.onDidChange((change) => {
      if (!change.movedOnly) this.update(change.documentUri);
    }));
  }

  private update(documentUri: vscode.Uri): void {
    const annotations = this.store.peek(documentUri);
    const sidecarUri = this.store.sidecarUriOf(documentUri);
    if (annotations?.kind !== 'broken') {
      this.collection.delete(sidecarUri);
      return;
    }
    this.collection.set(sidecarUri, annotations.problems.map((problem) => {
      const line = Math.max(0, problem.line - 1);
      const column = Math.max(0, problem.column - 1);
      // To the end of the line: the editor clamps the range to the line's length.
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, Number.MAX_SAFE_INTEGER), problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Policy Annotator';
      return diagnostic;
    }));
  }
}
