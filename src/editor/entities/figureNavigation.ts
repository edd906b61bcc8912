import * as vscode from 'vscode';
import type { Entity } from '../../core/entities/types';
import type { DocumentEntities } from '../documentEntities';
import type { DocumentScope } from '../scope/documentScope';
import { adjacentFigure, type Direction } from '../../core/entities/entityLookup';

const STATUS_MESSAGE_MS = 3000;

/** Moves the active editor's cursor to the adjacent figure and reveals it; returns the figure, for tests. */
export async function goToFigure(entities: DocumentEntities, scope: DocumentScope, direction: Direction): Promise<Entity | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !scope.includes(editor.document)) {
    return undefined;
  }
  const document = editor.document;
  const target = adjacentFigure(await entities.whenReady(document), document.offsetAt(editor.selection.active), direction);
  if (!target) {
    vscode.window.setStatusBarMessage('Policy Annotator: no figures in this document', STATUS_MESSAGE_MS);
    return undefined;
  }
  const start = document.positionAt(target.figure.start);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, document.positionAt(target.figure.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (target.wrapped) {
    const message = direction === 'next' ? 'reached the end, continued from the first figure' : 'reached the start, continued from the last figure';
    vscode.window.setStatusBarMessage(`Policy Annotator: ${message}`, STATUS_MESSAGE_MS);
  }
  return target.figure;
}
