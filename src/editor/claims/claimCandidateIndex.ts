import * as vscode from 'vscode';
import { ClaimCandidate, ClaimCandidateFinder } from '../../core/claims/claimCandidates';
import { Entity } from '../../core/entities/types';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';
import { timed } from './stepTiming';

interface DocumentCandidates {
  /** One finder per document: its per-sentence cache makes the next version cheap. */
  readonly finder: ClaimCandidateFinder;
  version: number;
  /** The entity list the candidates were found with: a new one (say, after the organisation lists changed) means finding again. */
  entities: readonly Entity[] | undefined;
  candidates: readonly ClaimCandidate[];
}

/** Claim candidates of each open document, computed once per document version and entity scan. */
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
      state = { finder: new ClaimCandidateFinder(), version: -1, entities: undefined, candidates: [] };
      this.documents.set(key, state);
    }
    const entities = this.entities.get(document);
    if (state.version !== document.version || state.entities !== entities) {
      state.candidates = timed('candidates', () => state.finder.find(document.getText(), entities));
      state.version = document.version;
      state.entities = entities;
    }
    return state.candidates;
  }
}
