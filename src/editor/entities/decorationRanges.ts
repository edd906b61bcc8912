import * as vscode from 'vscode';
import { ENTITY_KINDS, Entity, EntityKind } from '../../core/entities/types';
import type { PolicyAnnotatorConfig } from '../config';
import { firstEndingAfter } from '../../core/entities/entityLookup';

/** A stretch of the document in UTF-16 offsets, end exclusive. */
export interface OffsetWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The ranges to decorate for each kind: every kind has an entry, empty when it is switched off,
 * so applying them clears what a setting turned off. With `windows`, only the entities that
 * overlap one of them (large documents decorate what is on screen, plus a margin).
 */
export function decorationRangesByKind(
  document: vscode.TextDocument,
  entities: readonly Entity[],
  highlight: PolicyAnnotatorConfig['highlight'],
  windows?: readonly OffsetWindow[],
): Map<EntityKind, vscode.Range[]> {
  const ranges = new Map<EntityKind, vscode.Range[]>(ENTITY_KINDS.map((kind) => [kind, []]));
  if (!highlight.enabled) {
    return ranges;
  }
  const shown = windows ? entitiesInWindows(entities, windows) : entities;
  for (const entity of shown) {
    if (highlight.kinds[entity.kind]) {
      ranges.get(entity.kind)?.push(new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end)));
    }
  }
  return ranges;
}

/** The editor's visible lines widened by `marginLines` each way, as offset windows in document order, those that overlap joined. */
export function visibleWindows(editor: vscode.TextEditor, marginLines: number): OffsetWindow[] {
  const document = editor.document;
  const lastLine = document.lineCount - 1;
  const windows: OffsetWindow[] = [];
  for (const range of [...editor.visibleRanges].sort((a, b) => a.start.line - b.start.line)) {
    const start = document.offsetAt(new vscode.Position(Math.max(0, range.start.line - marginLines), 0));
    const end = document.offsetAt(document.lineAt(Math.min(lastLine, range.end.line + marginLines)).rangeIncludingLineBreak.end);
    const previous = windows[windows.length - 1];
    if (previous && start <= previous.end) windows[windows.length - 1] = { start: previous.start, end: Math.max(previous.end, end) };
    else windows.push({ start, end });
  }
  return windows;
}

/** Entities are in document order, so each window is found by binary search, not a full pass. */
function entitiesInWindows(entities: readonly Entity[], windows: readonly OffsetWindow[]): Entity[] {
  const found = new Set<Entity>();
  for (const window of windows) {
    for (let index = firstEndingAfter(entities, window.start); index < entities.length && entities[index].start < window.end; index++) {
      found.add(entities[index]);
    }
  }
  return [...found];
}
