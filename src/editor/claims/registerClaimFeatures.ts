import * as vscode from 'vscode';
import { DocumentEntities } from '../documentEntities';
import { SERVED_DOCUMENTS } from '../languages';
import type { DocumentScope } from '../scope/documentScope';
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
import { ClaimsViewState } from './claimsViewState';
import { CorpusFeatures } from '../corpus/corpusFeatures';
import { WorkspaceCorpus } from '../corpus/workspaceCorpus';
import type { SidecarCodec } from './sidecarReading';

/** Claims in the editor: the annotation store, lenses, commands, marks, hovers, views and diagnostics. */
export class ClaimFeatures extends Disposable {
  private readonly store: AnnotationStore;
  public readonly claimsView: ClaimsTreeView;
  /** The workspace's annotated documents, for the features that work across them (export, agreement). */
  public readonly corpus: WorkspaceCorpus;

  constructor(extensionUri: vscode.Uri, entities: DocumentEntities, scope: DocumentScope, workspaceState: vscode.Memento, sidecars: SidecarCodec) {
    super();
    const store = this.store = this._register(new AnnotationStore((text) => entities.scanText(text), workspaceState, sidecars));
    const candidates = this._register(new ClaimCandidateIndex(entities));
    this._register(new SidecarDiagnostics(store));
    this._register(new ClaimCodeLenses(store, candidates, entities, scope));
    this._register(new ClaimCommands(store, candidates));
    this._register(new ClaimDecorations(store, scope, extensionUri));
    this._register(vscode.languages.registerHoverProvider(SERVED_DOCUMENTS, new ClaimHoverProvider(store, entities, scope)));
    this._register(new ClaimSymbols(store, scope));
    this._register(new ClaimStatusBar(store, scope));
    const corpus = this.corpus = this._register(new WorkspaceCorpus(entities));
    const viewState = this._register(new ClaimsViewState(workspaceState));
    this.claimsView = this._register(new ClaimsTreeView(store, corpus, viewState));
    this._register(new CorpusFeatures(corpus, entities, viewState));
  }

  /** Resolves once no claim of the document waits to be placed again after typing. */
  public whenRechecked(documentUri: vscode.Uri): Promise<void> {
    return this.store.whenRechecked(documentUri);
  }
}

export function registerClaimFeatures(context: vscode.ExtensionContext, entities: DocumentEntities, scope: DocumentScope, sidecars: SidecarCodec): ClaimFeatures {
  return new ClaimFeatures(context.extensionUri, entities, scope, context.workspaceState, sidecars);
}
