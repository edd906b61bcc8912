import * as vscode from 'vscode';
import type { Entity } from '../../core/entities/types';
import type { DocumentEntities } from '../documentEntities';
import type { DocumentScope } from '../scope/documentScope';
import { isFigureKind } from './entityLookup';

const STATUS_MESSAGE_MS = 3000;

export type Direction = 'next' | 'previous';

/**
 * The figure after (or before) `offset`, wrapping around the document; `wrapped` says it did.
 * A cursor inside a figure moves on to the following one, or back to the start of the one before.
 */
export function adjacentFigure(entities: readonly Entity[], offset: number, direction: Direction): { figure: Entity; wrapped: boolean } | undefined {
  const figures = entities.filter((entity) => isFigureKind(entity.kind));
  if (figures.length === 0) {
    return undefined;
  }
  const found = direction === 'next' ? figures.find((figure) => figure.start > offset) : [...figures].reverse().find((figure) => figure.start < offset);
  if (found) {
    return { figure: found, wrapped: false };
  }
  return { figure: direction === 'next' ? figures[0] : figures[figures.length - 1], wrapped: true };
}

/** Moves the active editor's cursor to the adjacent figure and reveals it; returns the figure, for tests. */
export function goToFigure(entities: DocumentEntities, scope: DocumentScope, direction: Direction): Entity | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !scope.includes(editor.document)) {
    return undefined;
  }
  const document = editor.document;
  const target = adjacentFigure(entities.get(document), document.offsetAt(editor.selection.active), direction);
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
