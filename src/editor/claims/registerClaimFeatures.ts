import * as vscode from 'vscode';
import { DocumentEntities } from '../documentEntities';
import { SERVED_DOCUMENTS } from '../languages';
import { Disposable } from '../util/dispose';
import { AnnotationStore } from './annotationStore';
import { ClaimCandidateIndex } from './claimCandidateIndex';
import { ClaimCodeLenses } from './claimCodeLenses';
import { ClaimCommands } from './claimCommands';
import { ClaimDecorations } from './claimDecorations';
import { ClaimHoverProvider } from './claimHover';
import { ClaimStatusBar } from './claimStatusBar';
import { ClaimsTreeView } from './claimsTreeView';
import { ClaimSymbols } from './claimSymbols';
import { SidecarDiagnostics } from './sidecarDiagnostics';

/** Claims in the editor: the annotation store, lenses, commands, marks, hovers, views and diagnostics. */
class ClaimFeatures extends Disposable {
  constructor(extensionUri: vscode.Uri, entities: DocumentEntities, decisions: vscode.Memento) {
    super();
    const store = this._register(new AnnotationStore((text) => entities.detectIn(text), decisions));
    const candidates = this._register(new ClaimCandidateIndex(entities));
    this._register(new SidecarDiagnostics(store));
    this._register(new ClaimCodeLenses(store, candidates, entities));
    this._register(new ClaimCommands(store, candidates));
    this._register(new ClaimDecorations(store, extensionUri));
    this._register(vscode.languages.registerHoverProvider(SERVED_DOCUMENTS, new ClaimHoverProvider(store, entities)));
    this._register(new ClaimSymbols(store));
    this._register(new ClaimStatusBar(store));
    this._register(new ClaimsTreeView(store));
  }
}

export function registerClaimFeatures(context: vscode.ExtensionContext, entities: DocumentEntities): vscode.Disposable {
  return new ClaimFeatures(context.extensionUri, entities, context.workspaceState);
}
