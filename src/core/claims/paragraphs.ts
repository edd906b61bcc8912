import type { Span } from '../textDocument';

/** Blocks of text separated by blank lines (lines holding only whitespace count as blank), trimmed. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const blankLines = /\n[ \t\f\v\r\u00a0]*\n\s*/g;
  let blockStart = 0;
  for (const separator of text.matchAll(blankLines)) {
    pushTrimmed(text, blockStart, separator.index, paragraphs);
    blockStart = separator.index + separator[0].length;
  }
  pushTrimmed(text, blockStart, text.length, paragraphs);
  return paragraphs;
}

/** Appends `text[start, end)` without its surrounding whitespace, unless nothing is left. */
export function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff
    || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f;
}
