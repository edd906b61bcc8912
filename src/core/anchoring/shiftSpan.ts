import type { Span } from '../textDocument';

/** One text edit: `text` replaced `[start, end)` of the old text (VS Code's rangeOffset, rangeOffset + rangeLength, text). */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Keeps a stored span in step with one edit, since VS Code does not track ranges across edits.
 * An edit before the span moves it; one inside it (or overlapping an end) resizes it; one that
 * removes the whole span leaves nothing, and the caller re-anchors by quote. An insertion exactly
 * at an end stays outside the span, so typing next to a claim does not grow it.
 */
export function shiftSpan(span: Span, change: TextChange): Span | undefined {
  const delta = change.text.length - (change.end - change.start);
  if (change.end <= span.start) return { start: span.start + delta, end: span.end + delta };
  if (change.start >= span.end) return span;
  if (change.start <= span.start && change.end >= span.end) return undefined;
  const start = change.start < span.start ? change.start + change.text.length : span.start;
  const end = change.end > span.end ? change.start : span.end + delta;
  return { start, end };
}
