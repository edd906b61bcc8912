import type { Span } from '../textDocument';
import { splitParagraphs as paragraphsOf } from '../paragraphs';

/** The document's paragraphs (split at blank lines as everywhere), each trimmed of white space. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  for (const { start, end } of paragraphsOf(text)) pushTrimmed(text, start, end, paragraphs);
  return paragraphs;
}

/** Appends `text[start, end)` without its surrounding whitespace, unless nothing is left. */
export function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isTrimmedWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isTrimmedWhitespace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

/** What a paragraph, a line or a sentence is trimmed of. */
export function isTrimmedWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff
    || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f;
}
