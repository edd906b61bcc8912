import * as vscode from 'vscode';
import { findMentionsOf } from '../../core/entities/mentions';
import type { DocumentEntities } from '../documentEntities';
import type { DocumentScope } from '../scope/documentScope';
import { entityAt } from '../../core/entities/entityLookup';
import { isFigureKind } from '../../core/entities/types';

/** On an organisation or programme, highlights its other mentions, under any of its names. */
export class MentionHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly entities: DocumentEntities, private readonly scope: DocumentScope) {}

  public async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    if (!this.scope.includes(document)) {
      return undefined;
    }
    const entities = await this.entities.whenReady(document, token);
    const entity = entityAt(entities, document.offsetAt(position));
    if (!entity || isFigureKind(entity.kind)) {
      return undefined;
    }
    return findMentionsOf(entities, entity).map(
      (mention) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)), vscode.DocumentHighlightKind.Text),
    );
  }
}
