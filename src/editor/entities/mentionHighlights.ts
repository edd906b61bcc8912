import * as vscode from 'vscode';
import { findMentionsOf } from '../../core/entities/mentions';
import type { DocumentEntities } from '../documentEntities';
import { entityAt } from '../../core/entities/entityLookup';
import { isFigureKind } from '../../core/entities/types';

/** On an organisation or programme, highlights its other mentions, under any of its names. */
export class MentionHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly entities: DocumentEntities) {}

  public provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    const entities = this.entities.get(document);
    const entity = entityAt(entities, document.offsetAt(position));
    if (!entity || isFigureKind(entity.kind)) {
      return undefined;
    }
    return findMentionsOf(entities, entity).map(
      (mention) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)), vscode.DocumentHighlightKind.Text),
    );
  }
}
