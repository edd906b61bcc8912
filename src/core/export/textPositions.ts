/**
 * Converts UTF-16 offsets (the unit JavaScript strings, VS Code and the sidecar use) to code points
 * (the unit W3C Web Annotation and REFI-QDA positions count) and to 1-based lines and columns,
 * walking the text once for any number of offsets given in increasing order.
 */
export class TextPositions {
  private offset = 0;
  private codePoints = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /**
   * The code point count, line and column (1-based, in UTF-16 units, as editors count) at
   * `utf16Offset`; offsets must not decrease between calls.
   */
  public at(utf16Offset: number): { readonly codePoint: number; readonly line: number; readonly column: number } {
    if (utf16Offset < this.offset) {
      this.offset = 0;
      this.codePoints = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    const target = Math.min(utf16Offset, this.text.length);
    while (this.offset < target) {
      const code = this.text.charCodeAt(this.offset);
      if (code === 10) {
        this.line += 1;
        this.lineStart = this.offset + 1;
      }
      // The second half of a surrogate pair belongs to the code point its first half started.
      if (!(code >= 0xdc00 && code <= 0xdfff && this.offset > 0 && isHighSurrogate(this.text.charCodeAt(this.offset - 1)))) this.codePoints += 1;
      this.offset += 1;
    }
    return { codePoint: this.codePoints, line: this.line, column: target - this.lineStart + 1 };
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
