/**
 * A pattern anchored at the end of a text (its source ends in `$`), tested by matching backwards
 * from the end. V8 tries an end-anchored pattern at every start position, each attempt running
 * on towards the end, so testing the text before each reporting verb costs in proportion to its
 * length squared; a lookbehind at the end is tried once. `exec` runs the pattern itself, for where
 * its leftmost match starts and its groups, only once the lookbehind says there is a match.
 */
export class EndPattern {
  private readonly backwards: RegExp;

  constructor(private readonly pattern: RegExp) {
    if (!pattern.source.endsWith('$') || pattern.source.endsWith('\\$') || pattern.global || pattern.sticky) {
      throw new Error(`atEnd needs a pattern anchored at the end, not global or sticky: ${pattern}`);
    }
    this.backwards = new RegExp(`$(?<=(?:${pattern.source.slice(0, -1)}))`, pattern.flags);
  }

  test(text: string): boolean {
    return this.backwards.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.backwards.test(text) ? this.pattern.exec(text) : null;
  }
}

export function atEnd(pattern: RegExp): EndPattern {
  return new EndPattern(pattern);
}
