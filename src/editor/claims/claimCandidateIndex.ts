import * as vscode from 'vscode';
import { ClaimCandidate, ClaimCandidateFinder } from '../../core/claims/claimCandidates';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';

interface DocumentCandidates {
  /** One finder per document: its per-sentence cache makes the next version cheap. */
  readonly finder: ClaimCandidateFinder;
  version: number;
  candidates: readonly ClaimCandidate[];
}

/** Claim candidates of each open document, computed once per document version. */
export class ClaimCandidateIndex extends Disposable {
  private readonly documents = new Map<string, DocumentCandidates>();

  constructor(private readonly entities: DocumentEntities) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.documents.delete(document.uri.toString())));
  }

  public get(document: vscode.TextDocument): readonly ClaimCandidate[] {
    const key = document.uri.toString();
    let state = this.documents.get(key);
    if (!state) {
      state = { finder: new ClaimCandidateFinder(), version: -1, candidates: [] };
      this.documents.set(key, state);
    }
    if (state.version !== document.version) {
      state.candidates = state.finder.find(document.getText(), this.entities.get(document));
      state.version = document.version;
    }
    return state.candidates;
  }
}
