import * as vscode from 'vscode';
import { DocumentEntities } from '../documentEntities';
import { SERVED_DOCUMENTS } from '../languages';
import { Disposable } from '../util/dispose';
import { EntityDecorations } from './entityDecorations';
import { EntityHoverProvider } from './entityHover';
import { goToFigure } from './figureNavigation';
import { MentionHighlightProvider } from './mentionHighlights';
import { toggleHighlights } from './toggleHighlights';

/** Figures and organisations in the editor: highlights, hovers, mention highlights, figure navigation. */
class EntityFeatures extends Disposable {
  constructor(entities: DocumentEntities) {
    super();
    this._register(new EntityDecorations(entities));
    this._register(vscode.languages.registerHoverProvider(SERVED_DOCUMENTS, new EntityHoverProvider(entities)));
    this._register(vscode.languages.registerDocumentHighlightProvider(SERVED_DOCUMENTS, new MentionHighlightProvider(entities)));
    this._register(vscode.commands.registerCommand('policyAnnotator.nextFigure', () => goToFigure(entities, 'next')));
    this._register(vscode.commands.registerCommand('policyAnnotator.previousFigure', () => goToFigure(entities, 'previous')));
    this._register(vscode.commands.registerCommand('policyAnnotator.toggleHighlights', toggleHighlights));
  }
}

export function registerEntityFeatures(entities: DocumentEntities): vscode.Disposable {
  return new EntityFeatures(entities);
}
