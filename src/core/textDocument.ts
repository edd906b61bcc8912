/** A span of text in UTF-16 code units, the unit VS Code and JavaScript strings use. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
