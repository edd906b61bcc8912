import * as vscode from 'vscode';
import { SERVED_DOCUMENTS } from '../languages';
import type { DocumentScope } from '../scope/documentScope';
import { Disposable } from '../util/dispose';
import { AnnotationStore } from './annotationStore';
import { firstWords, rangeOf } from './claimText';
import { timed } from '../util/timing';

const SYMBOL_WORDS = 6;

/** Tagged claims in the outline and breadcrumbs: one symbol per claim, named by its first words and tags. */
class ClaimSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore, private readonly scope: DocumentScope) {}

  public async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!this.scope.includes(document)) return [];
    await this.store.load(document.uri);
    const annotations = this.store.annotationsOf(document);
    if (annotations?.kind !== 'loaded') return [];
    return timed('claims:symbols', () => annotations.claims.flatMap(({ claim, span }) => {
      if (!span) return [];
      const range = rangeOf(document, span);
      const name = `${firstWords(claim, SYMBOL_WORDS)}${claim.tags.length > 0 ? ` [${claim.tags.join(', ')}]` : ''}`;
      return [new vscode.DocumentSymbol(name, claim.source ?? '', vscode.SymbolKind.String, range, range)];
    }));
  }
}

/**
 * The claims' outline. VS Code asks a symbol provider again only when the document changes or a
 * provider is registered, and has no event for "symbols changed"; so when claims change without
 * an edit to the document (a tag, a note, the sidecar changed on disk), the provider is registered
 * anew and the outline refreshes.
 */
export class ClaimSymbols extends Disposable {
  private readonly provider: ClaimSymbolProvider;
  private registration: vscode.Disposable;

  constructor(store: AnnotationStore, scope: DocumentScope) {
    super();
    this.provider = new ClaimSymbolProvider(store, scope);
    this._register(scope.onDidChange(() => this.refresh()));
    this.registration = this.register();
    this._register(store.onDidChange((change) => {
      if (!change.movedOnly) this.refresh();
    }));
    this._register({ dispose: () => this.registration.dispose() });
  }

  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(SERVED_DOCUMENTS, this.provider, { label: 'Claims' });
  }

  private refresh(): void {
    if (this.isDisposed) return;
    this.registration.dispose();
    this.registration = this.register();
  }
}
