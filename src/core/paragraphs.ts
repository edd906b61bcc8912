import type { Span } from './textDocument';

/** A paragraph of a document and where it starts. */
export interface Paragraph extends Span {
  readonly text: string;
}

/** What a blank line may hold besides its line breaks: spaces, tabs, form feeds, vertical tabs, no-break spaces. */
export function isBlankLineCharacter(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0;
}

/**
 * Splits text at blank lines (two line breaks with only blank-line characters between them);
 * paragraphs keep their own leading and trailing white space, and a run of blank lines makes no
 * empty paragraphs. No entity spans a blank line, and no claim does either.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  forEachParagraphFrom(text, 0, (paragraph) => {
    paragraphs.push(paragraph);
    return true;
  });
  return paragraphs;
}

/**
 * Gives `take` the paragraphs of `text` from `start`, which is 0 or the start of one of its
 * paragraphs, until it returns false. The split reads only forwards from a paragraph's start, so
 * a re-scan can resume at any paragraph and stop where the paragraphs line up with the previous
 * text's again. A callback, not a generator: this runs once per paragraph of every scan.
 */
export function forEachParagraphFrom(text: string, start: number, take: (paragraph: Paragraph) => boolean): void {
  let lineBreak = text.indexOf('\n', start);
  while (lineBreak !== -1) {
    let next = lineBreak + 1;
    while (isBlankLineCharacter(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 0x0a) {
      if (lineBreak > start && !take({ start, end: lineBreak, text: text.slice(start, lineBreak) })) return;
      start = next + 1;
      // The blank lines that follow belong to the same break.
      for (let index = start; index < text.length && (isBlankLineCharacter(text.charCodeAt(index)) || text.charCodeAt(index) === 0x0a); index++) {
        if (text.charCodeAt(index) === 0x0a) start = index + 1;
      }
      lineBreak = text.indexOf('\n', start);
    } else {
      lineBreak = text.indexOf('\n', lineBreak + 1);
    }
  }
  if (start < text.length) take({ start, end: text.length, text: text.slice(start) });
}
