import { CST, Document, LineCounter, Parser } from 'yaml';
import { positionAtOffset } from './locate';
import type { SidecarPosition } from './types';

/**
 * A sidecar's value read from yaml's syntax tree (its Parser) without composing a Document, for
 * readers that want the claims and not the file's nodes (check). Composing, with its nodes, ranges
 * and checks, is over a third of the time a first parse of a 1,000-claim sidecar takes in a fresh
 * process. Only the layout serialiseSidecar writes is read this way: block mappings and lists, an
 * empty `[]`, one-line plain and double-quoted scalars, spaces (no tabs), no comments, anchors,
 * aliases, tags, directives or repeated keys, and plain scalars that are words or whole numbers.
 * For anything else, undefined: compose the document (parseSidecar), which says what is wrong where.
 */
export interface PlainValue {
  /** What `Document.toJS()` gives for the same text. */
  readonly value: unknown;
  /** Where the value at `path` starts (as locate.ts's positionOf: the first line when there is none). */
  positionOf(path: readonly (string | number)[]): SidecarPosition;
}

type Token = CST.Token;
type SourceToken = CST.SourceToken;

class NotPlain extends Error {}

/** Longest plain key YAML allows (an implicit key is at most 1,024 characters). */
const MAX_KEY_LENGTH = 1_024;
const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;
const ONLY_SPACES = /^ *$/;
/** The core schema's tests for plain scalars that are not text (numbers, booleans, null...). */
const typedScalarTests = new Document().schema.tags.flatMap((tag) => ('test' in tag && tag.test instanceof RegExp ? [tag.test] : []));

export function plainValueOf(text: string): PlainValue | undefined {
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const [document] = tokens;
  if (tokens.length !== 1 || document.type !== 'document' || document.start.length > 0 || !onlySpace(document.end ?? []) || document.value === undefined) return undefined;
  try {
    const value = valueOf(document.value, new Set());
    return { value, positionOf: (path) => positionAtOffset(offsetAt(document.value, path) ?? 0, lineCounter) };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/** Where the value at `path` below `token` starts, if there is one. */
function offsetAt(token: Token | undefined, path: readonly (string | number)[]): number | undefined {
  let at = token;
  for (const step of path) {
    if (at?.type === 'block-map') at = at.items.find((item) => item.key?.type === 'scalar' && item.key.source === step)?.value;
    else if (at?.type === 'block-seq' && typeof step === 'number') at = at.items[step]?.value;
    else return undefined;
  }
  return at?.offset;
}

/** The value of `token`; `textKeys`, the keys already found to read as text. */
function valueOf(token: Token, textKeys: Set<string>): unknown {
  switch (token.type) {
    case 'block-map': {
      const map: Record<string, unknown> = {};
      for (const item of token.items) {
        const { key, sep, value } = item;
        if (!onlySpace(item.start) || key?.type !== 'scalar' || key.indent !== token.indent || value === undefined) throw new NotPlain();
        // A list or mapping as a value starts on a line of its own; a scalar on the key's line.
        const onNextLine = value.type === 'block-map' || value.type === 'block-seq';
        if (sep?.[0]?.type !== 'map-value-ind' || !onlySpace(sep.slice(1)) || sep.some((token) => token.type === 'newline') !== onNextLine) throw new NotPlain();
        const name = plainKey(key, textKeys);
        if (Object.hasOwn(map, name)) throw new NotPlain();
        map[name] = valueOf(value, textKeys);
      }
      return map;
    }
    case 'block-seq':
      return token.items.map((item) => {
        // The line's indentation, then `-`, then a space.
        const indicators = item.start.filter((each) => each.type === 'seq-item-ind');
        const others = item.start.filter((each) => each.type !== 'seq-item-ind');
        if (indicators.length !== 1 || indicators[0].indent !== token.indent || !onlySpace(others) || item.value === undefined) throw new NotPlain();
        return valueOf(item.value, textKeys);
      });
    case 'flow-collection': {
      const [closing, ...rest] = token.end;
      if (token.start.source !== '[' || token.items.length > 0 || closing?.type !== 'flow-seq-end' || !onlySpace(rest)) throw new NotPlain();
      return [];
    }
    case 'scalar':
      if (!onlySpace(token.end ?? [])) throw new NotPlain();
      return plainScalar(token.source);
    case 'double-quoted-scalar': {
      if (!onlySpace(token.end ?? []) || token.source.includes('\n')) throw new NotPlain();
      let bad = false;
      const { value } = CST.resolveAsScalar(token, true, () => (bad = true));
      if (bad) throw new NotPlain();
      return value;
    }
    default:
      throw new NotPlain();
  }
}

/** A plain key that reads as text (not a number, boolean or null), as the composer would take it. */
function plainKey(token: CST.FlowScalar, textKeys: Set<string>): string {
  const { source } = token;
  if (!onlySpace(token.end ?? [])) throw new NotPlain();
  // Every claim has the same few keys: each is looked at once.
  if (textKeys.has(source)) return source;
  if (source.length > MAX_KEY_LENGTH || source === '__proto__' || typedScalarTests.some((test) => test.test(source))) throw new NotPlain();
  textKeys.add(plainText(source));
  return source;
}

/** A plain value: a whole number, or text no core-schema type claims. */
function plainScalar(source: string): unknown {
  if (WHOLE_NUMBER.test(source) && Number.isSafeInteger(Number(source))) return Number(source);
  if (typedScalarTests.some((test) => test.test(source))) throw new NotPlain();
  return plainText(source);
}

function plainText(source: string): string {
  // A plain scalar over several lines is folded, and indented by rules of its own.
  if (source.length === 0 || source.includes('\n')) throw new NotPlain();
  return source;
}

/** Whether the tokens are line breaks and spaces, tabs being no indentation in YAML. */
function onlySpace(tokens: readonly SourceToken[]): boolean {
  return tokens.every((token) => token.type === 'newline' || (token.type === 'space' && ONLY_SPACES.test(token.source)));
}
