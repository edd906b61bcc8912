import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import { firstWords, rangeOf } from './claimText';

const SYMBOL_WORDS = 6;

/** Tagged claims in the outline and breadcrumbs: one symbol per claim, named by its first words and tags. */
export class ClaimSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnnotationStore) {}

  public async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    await this.store.load(document.uri);
    const annotations = this.store.annotationsOf(document);
    if (annotations?.kind !== 'loaded') return [];
    return annotations.claims.flatMap(({ claim, span }) => {
      if (!span) return [];
      const range = rangeOf(document, span);
      const name = `${firstWords(claim, SYMBOL_WORDS)}${claim.tags.length > 0 ? ` [${claim.tags.join(', ')}]` : ''}`;
      return [new vscode.DocumentSymbol(name, claim.source ?? '', vscode.SymbolKind.String, range, range)];
    });
  }
}
