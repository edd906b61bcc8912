/** A paragraph of a document and where it starts. */
export interface Paragraph {
  readonly start: number;
  readonly text: string;
}

const BLANK_LINE = /\n[ \t]*\r?\n/g;

/** Splits text at blank lines; no entity spans a blank line, so paragraphs are detected alone. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blank = BLANK_LINE;
  blank.lastIndex = 0;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = blank.exec(text)) !== null) {
    if (match.index > start) paragraphs.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, text: text.slice(start) });
  return paragraphs;
}
