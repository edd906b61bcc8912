/**
 * Whether `pattern`, which ends in `$`, matches at the end of a text, found by matching backwards
 * from the end. V8 tries an end-anchored pattern at every start position, each attempt running
 * on towards the end, so testing the text before each reporting verb costs in proportion to its
 * length squared; a lookbehind at the end is tried once. The pattern's own `exec` still says where
 * the leftmost match starts: run it once this says there is one.
 */
export function atEnd(pattern: RegExp): RegExp {
  if (!pattern.source.endsWith('$') || pattern.source.endsWith('\\$') || pattern.global || pattern.sticky) {
    throw new Error(`atEnd needs a pattern anchored at the end, not global or sticky: ${pattern}`);
  }
  return new RegExp(`$(?<=(?:${pattern.source.slice(0, -1)}))`, pattern.flags);
}
