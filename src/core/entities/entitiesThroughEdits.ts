import { overlaps, type Span } from '../textDocument';
import { firstEndingAfter } from './entityLookup';
import { shifted } from './entityScanner';
import type { Entity } from './types';

/** An edit of a text: `removed` code units at `start` replaced by `inserted` ones, offsets into the text just before it. */
export interface TextEdit {
  readonly start: number;
  readonly removed: number;
  readonly inserted: number;
}

/**
 * The spans of the text after `edits` (made in the order given) that the edits wrote, in
 * document order, those that touch joined: what a first look at the new text must detect again.
 */
export function editedSpans(edits: readonly TextEdit[]): Span[] {
  let spans: Span[] = [];
  for (const edit of edits) {
    const end = edit.start + edit.removed;
    const delta = edit.inserted - edit.removed;
    const moved: Span[] = [];
    const written = { start: edit.start, end: edit.start + edit.inserted };
    for (const span of spans) {
      if (span.end < edit.start) moved.push(span);
      else if (span.start > end) moved.push({ start: span.start + delta, end: span.end + delta });
      else {
        // Touching the edit: one span with what it wrote.
        written.start = Math.min(written.start, span.start);
        written.end = Math.max(written.end, span.end <= end ? 0 : span.end + delta);
      }
    }
    spans = [...moved, written].sort((a, b) => a.start - b.start);
  }
  return spans;
}

/**
 * The entities of a text carried through `edits` (made in the order given) to offsets into the
 * edited text, those that overlap `windows` there (spans of the edited text, in document order,
 * apart): those an edit touched and those that overlap `leftOut` are left out. In document order;
 * each window is found by binary search, so the cost is that of what the windows hold.
 */
export function entitiesThroughEdits(entities: readonly Entity[], edits: readonly TextEdit[], windows: readonly Span[], leftOut: readonly Span[]): Entity[] {
  const carried: Entity[] = [];
  for (const window of windows) {
    const before = backThrough(edits, window.start, 'start');
    const after = backThrough(edits, window.end, 'end');
    for (let index = firstEndingAfter(entities, before); index < entities.length && entities[index].start < after; index++) {
      const entity = entities[index];
      const moved = throughEdits(entity, edits);
      if (!moved || !overlaps(moved, window) || leftOut.some((span) => overlaps(span, moved))) continue;
      // An entity across two windows is carried once.
      if (carried.length > 0 && carried[carried.length - 1].start >= moved.start) continue;
      carried.push(moved.start === entity.start ? entity : shifted(entity, moved.start - entity.start));
    }
  }
  return carried;
}

/** Where `entity` lies after `edits`; undefined when one of them touched it. */
function throughEdits(entity: Span, edits: readonly TextEdit[]): Span | undefined {
  let { start, end } = entity;
  for (const edit of edits) {
    if (end <= edit.start) continue;
    if (start < edit.start + edit.removed) return undefined;
    start += edit.inserted - edit.removed;
    end += edit.inserted - edit.removed;
  }
  return { start, end };
}

/**
 * The offset of the text before `edits` that `offset` of the edited text came from; an offset in
 * text an edit wrote maps to the `side` of what that edit replaced, so a window only widens.
 */
function backThrough(edits: readonly TextEdit[], offset: number, side: 'start' | 'end'): number {
  for (let index = edits.length - 1; index >= 0; index--) {
    const edit = edits[index];
    if (offset >= edit.start + edit.inserted) offset += edit.removed - edit.inserted;
    else if (offset > edit.start || (offset === edit.start && side === 'end')) offset = side === 'start' ? edit.start : edit.start + edit.removed;
  }
  return offset;
}
