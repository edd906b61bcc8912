import * as vscode from 'vscode';
import type { EntityKind } from '../../core/entities/types';
import { DocumentEntities } from '../documentEntities';
import { SERVED_DOCUMENTS } from '../languages';
import type { DocumentScope } from '../scope/documentScope';
import { Disposable } from '../util/dispose';
import { registerCommand } from '../util/registerCommand';
import { EntityDecorations } from './entityDecorations';
import { EntityHoverProvider } from './entityHover';
import { goToFigure } from './figureNavigation';
import { MentionHighlightProvider } from './mentionHighlights';
import { toggleHighlights } from './toggleHighlights';
import { ListCommands } from './listCommands';

/** Figures and organisations in the editor: highlights, hovers, mention highlights, figure navigation. */
export class EntityFeatures extends Disposable {
  private readonly decorations: EntityDecorations;

  constructor(entities: DocumentEntities, scope: DocumentScope) {
    super();
    this.decorations = this._register(new EntityDecorations(entities, scope));
    this._register(vscode.languages.registerHoverProvider(SERVED_DOCUMENTS, new EntityHoverProvider(entities, scope)));
    this._register(vscode.languages.registerDocumentHighlightProvider(SERVED_DOCUMENTS, new MentionHighlightProvider(entities, scope)));
    this._register(registerCommand('policyAnnotator.nextFigure', () => goToFigure(entities, scope, 'next')));
    this._register(registerCommand('policyAnnotator.previousFigure', () => goToFigure(entities, scope, 'previous')));
    this._register(registerCommand('policyAnnotator.toggleHighlights', toggleHighlights));
    this._register(new ListCommands(entities));
  }

  /** The highlight ranges per kind last drawn in the first visible editor showing `uri`. */
  public decorationsFor(uri: vscode.Uri): ReadonlyMap<EntityKind, readonly vscode.Range[]> | undefined {
    return this.decorations.drawnIn(uri);
  }
}

export function registerEntityFeatures(entities: DocumentEntities, scope: DocumentScope): EntityFeatures {
  return new EntityFeatures(entities, scope);
}
