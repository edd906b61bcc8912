import * as vscode from 'vscode';
import type { EntityKind } from '../../core/entities/types';
import { DocumentEntities } from '../documentEntities';
import { SERVED_DOCUMENTS } from '../languages';
import { Disposable } from '../util/dispose';
import { EntityDecorations } from './entityDecorations';
import { EntityHoverProvider } from './entityHover';
import { goToFigure } from './figureNavigation';
import { MentionHighlightProvider } from './mentionHighlights';
import { toggleHighlights } from './toggleHighlights';
import { ListCommands } from './listCommands';

/** Figures and organisations in the editor: highlights, hovers, mention highlights, figure navigation. */
export class EntityFeatures extends Disposable {
  private readonly decorations: EntityDecorations;

  constructor(entities: DocumentEntities) {
    super();
    this.decorations = this._register(new EntityDecorations(entities));
    this._register(vscode.languages.registerHoverProvider(SERVED_DOCUMENTS, new EntityHoverProvider(entities)));
    this._register(vscode.languages.registerDocumentHighlightProvider(SERVED_DOCUMENTS, new MentionHighlightProvider(entities)));
    this._register(vscode.commands.registerCommand('policyAnnotator.nextFigure', () => goToFigure(entities, 'next')));
    this._register(vscode.commands.registerCommand('policyAnnotator.previousFigure', () => goToFigure(entities, 'previous')));
    this._register(vscode.commands.registerCommand('policyAnnotator.toggleHighlights', toggleHighlights));
    this._register(new ListCommands(entities));
  }

  /** The highlight ranges per kind last drawn in the first visible editor showing `uri`. */
  public decorationsFor(uri: vscode.Uri): ReadonlyMap<EntityKind, readonly vscode.Range[]> | undefined {
    return this.decorations.drawnIn(uri);
  }
}

export function registerEntityFeatures(entities: DocumentEntities): EntityFeatures {
  return new EntityFeatures(entities);
}
