import type { Span } from '../textDocument';
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
 * edited text: those an edit touched are left out, and of the rest only those `wanted` (by their
 * new span) are moved. In document order.
 */
export function entitiesThroughEdits(entities: readonly Entity[], edits: readonly TextEdit[], wanted: (span: Span) => boolean): Entity[] {
  const carried: Entity[] = [];
  for (const entity of entities) {
    let { start, end } = entity;
    let kept = true;
    for (const edit of edits) {
      if (end <= edit.start) continue;
      if (start < edit.start + edit.removed) {
        kept = false;
        break;
      }
      start += edit.inserted - edit.removed;
      end += edit.inserted - edit.removed;
    }
    if (kept && wanted({ start, end })) carried.push(start === entity.start ? entity : shifted(entity, start - entity.start));
  }
  return carried;
}
