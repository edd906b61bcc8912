/** A paragraph of a document and where it starts. */
export interface Paragraph {
  readonly start: number;
  readonly text: string;
}

/**
 * Splits text at blank lines (a line break, spaces or tabs, and another line break, "\r\n" too);
 * no entity spans a blank line, so paragraphs are detected alone.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  let lineBreak = text.indexOf('\n');
  while (lineBreak !== -1) {
    let next = lineBreak + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '\r') next++;
    if (text[next] === '\n') {
      if (lineBreak > start) paragraphs.push({ start, text: text.slice(start, lineBreak) });
      start = next + 1;
      lineBreak = text.indexOf('\n', start);
    } else {
      lineBreak = text.indexOf('\n', lineBreak + 1);
    }
  }
  if (start < text.length) paragraphs.push({ start, text: text.slice(start) });
  return paragraphs;
}
