/** A span of text in UTF-16 code units, the unit VS Code and JavaScript strings use. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
