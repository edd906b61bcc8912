import * as vscode from 'vscode';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';
import { AnnotationStore } from './annotationStore';
import { ClaimCandidateIndex } from './claimCandidateIndex';
import { ClaimCodeLenses } from './claimCodeLenses';
import { ClaimCommands } from './claimCommands';
import { SidecarDiagnostics } from './sidecarDiagnostics';

/** Claims in the editor: the annotation store, lenses, commands, marks, hovers, views and diagnostics. */
class ClaimFeatures extends Disposable {
  constructor(entities: DocumentEntities) {
    super();
    const store = this._register(new AnnotationStore());
    const candidates = this._register(new ClaimCandidateIndex(entities));
    this._register(new SidecarDiagnostics(store));
    this._register(new ClaimCodeLenses(store, candidates));
    this._register(new ClaimCommands(store, candidates));
  }
}

export function registerClaimFeatures(_context: vscode.ExtensionContext, entities: DocumentEntities): vscode.Disposable {
  return new ClaimFeatures(entities);
}
