import { CST, Document, Lexer, LineCounter } from 'yaml';
import type { Steps } from '../util/steps';
import { positionAtOffset } from './locate';
import type { SidecarPosition } from './types';

/**
 * A sidecar's value read from yaml's lexical tokens (its Lexer) without parsing them into a syntax
 * tree or composing a Document, for readers that want the claims and not the file's nodes (check,
 * the editor). In a fresh process the Lexer reads a 1,000-claim sidecar in about 65 ms of CPU, the
 * Parser built on it in about 175, and composing takes more again. Only the layout serialiseSidecar writes is
 * read this way: one entry a line, block mappings and lists (a list's item a mapping that begins
 * on its `- ` line, or a scalar), an empty `[]`, one-line plain and double-quoted scalars (each
 * resolved by yaml), spaces (no tabs), no comments, anchors, aliases, tags, directives or repeated
 * keys, and plain scalars that are words or whole numbers. For anything else, undefined: compose
 * the document (parseSidecar), which says what is wrong where.
 */
export interface PlainValue {
  /** What `Document.toJS()` gives for the same text. */
  readonly value: unknown;
  /** Where the value at `path` starts (as locate.ts's positionOf: the first line when there is none). */
  positionOf(path: readonly (string | number)[]): SidecarPosition;
}

class NotPlain extends Error {}

/** Tokens read between stops (some ten claims): well under a millisecond's work, a few the first time, the code not yet compiled. */
const TOKENS_PER_STEP = 512;
/** Longest plain key YAML allows (an implicit key is at most 1,024 characters). */
const MAX_KEY_LENGTH = 1_024;
const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;
const ONLY_SPACES = /^ +$/;
/** The core schema's tests for plain scalars that are not text (numbers, booleans, null...). */
const typedScalarTests = new Document().schema.tags.flatMap((tag) => ('test' in tag && tag.test instanceof RegExp ? [tag.test] : []));

/** A block collection being read: its column, its value, and where each of its values starts. */
type Frame =
  | { readonly kind: 'map'; readonly indent: number; readonly value: Record<string, unknown>; readonly starts: Map<string, number> }
  | { readonly kind: 'seq'; readonly indent: number; readonly value: unknown[]; readonly starts: number[] };
type MapFrame = Extract<Frame, { kind: 'map' }>;
type ListFrame = Extract<Frame, { kind: 'seq' }>;

/** The sidecar's value (see PlainValue), stopping every 512 tokens (see util/steps.ts). */
export function* plainValueSteps(text: string): Steps<PlainValue | undefined> {
  try {
    const reader = new PlainReader(text);
    while (reader.readLines(TOKENS_PER_STEP)) yield;
    return reader.result();
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/**
 * Reads the lexer's tokens a line at a time. A line is its indentation, at most one `- `, then a
 * key with `:` and its scalar (or nothing, a collection following on the lines below, indented
 * further), or a scalar alone (a list item, or the whole document). Its column says which open
 * collection it belongs to, as YAML's block structure does; a column no open collection has is not
 * this layout.
 */
class PlainReader {
  private readonly tokens: Iterator<string>;
  private readonly lineCounter = new LineCounter();
  /** Where the next token starts: the lexer's markers (document, scalar, flow error) take no room in the text. */
  private offset = 0;
  private peeked: string | undefined;
  private readonly open: Frame[] = [];
  /** A key whose value is a collection on the lines that follow. */
  private pending: { readonly map: MapFrame; readonly key: string } | undefined;
  private root: { value: unknown; start: number } | undefined;
  /** The keys already found to read as text: every claim has the same few. */
  private readonly textKeys = new Set<string>();
  /** Where each collection's values start, by the collection. */
  private readonly startsOf = new Map<unknown, Map<string, number> | number[]>();

  constructor(text: string) {
    this.tokens = new Lexer().lex(text)[Symbol.iterator]();
    this.lineCounter.addNewLine(0);
    if (this.next() !== CST.DOCUMENT) throw new NotPlain();
  }

  /** Reads lines until about `tokens` tokens are read; whether there is more. */
  readLines(tokens: number): boolean {
    let read = 0;
    while (read < tokens) {
      const first = this.next();
      if (first === undefined) return false;
      read += this.readLine(first);
    }
    return true;
  }

  result(): PlainValue {
    if (this.root === undefined || this.pending !== undefined) throw new NotPlain();
    const { root, startsOf, lineCounter } = this;
    return { value: root.value, positionOf: (path) => positionAtOffset(startAt(root, startsOf, path) ?? 0, lineCounter) };
  }

  /** Reads the line that begins with `first`; how many tokens it had. */
  private readLine(first: string): number {
    let token = first;
    let count = 1;
    let column = 0;
    if (isSpace(token)) {
      column = token.length;
      token = this.need();
      count++;
    }
    if (isNewline(token)) return count;
    if (token === '-') {
      const items = this.listAt(column);
      const gap = this.need();
      if (!isSpace(gap)) throw new NotPlain();
      const entryColumn = column + 1 + gap.length;
      const scalarOrKey = this.scalar(this.need());
      if (this.peek() === ':') {
        const map = this.openMap(entryColumn, scalarOrKey.start);
        items.value.push(map.value);
        items.starts.push(scalarOrKey.start);
        this.entry(map, scalarOrKey);
      } else {
        items.value.push(scalarOrKey.value());
        items.starts.push(scalarOrKey.start);
        this.lineEnd();
      }
      return count + 3;
    }
    const scalarOrKey = this.scalar(token);
    if (this.peek() === ':') {
      this.entry(this.mapAt(column, scalarOrKey.start), scalarOrKey);
    } else {
      // A scalar alone is a document of its own, as a file holding just `report` is.
      if (this.root !== undefined) throw new NotPlain();
      this.root = { value: scalarOrKey.value(), start: scalarOrKey.start };
      this.lineEnd();
    }
    return count + 1;
  }

  /** Reads `key: value` (or `key:` before a collection) into `map`, to the line's end. */
  private entry(map: MapFrame, key: Scalar): void {
    this.need(); // the `:`
    const name = this.plainKey(key);
    if (Object.hasOwn(map.value, name)) throw new NotPlain();
    let token = this.need();
    if (isSpace(token)) token = this.need();
    if (isNewline(token)) {
      this.pending = { map, key: name };
      return;
    }
    if (token === '[') {
      const start = this.offset - 1;
      if (this.need() !== ']') throw new NotPlain();
      map.value[name] = [];
      map.starts.set(name, start);
    } else {
      const value = this.scalar(token);
      map.value[name] = value.value();
      map.starts.set(name, value.start);
    }
    this.lineEnd();
  }

  /** The list a `- ` at `column` adds to: a new one where a key waits for its value, or the open one at that column. */
  private listAt(column: number): ListFrame {
    const start = this.offset - 1;
    const opened = this.opening(column);
    if (opened) {
      const list: ListFrame = { kind: 'seq', indent: column, value: [], starts: [] };
      this.place(list, opened, start);
      return list;
    }
    const top = this.open[this.open.length - 1];
    if (top?.kind !== 'seq') throw new NotPlain();
    return top;
  }

  /** The mapping a key at `column` adds to: a new one where a key waits for its value, or the open one at that column. */
  private mapAt(column: number, start: number): MapFrame {
    const opened = this.opening(column);
    if (opened) return this.openMap(column, start, opened);
    const top = this.open[this.open.length - 1];
    if (top?.kind !== 'map') throw new NotPlain();
    return top;
  }

  /** A mapping that begins at `column` (a list item's, or a waiting key's value, or the document's). */
  private openMap(column: number, start: number, opened: 'root' | 'pending' | 'item' = 'item'): MapFrame {
    const map: MapFrame = { kind: 'map', indent: column, value: {}, starts: new Map() };
    this.place(map, opened, start);
    return map;
  }

  /**
   * Whether a line at `column` begins a collection: the document's first, or a waiting key's value
   * (indented further than its key). Otherwise the collections indented further than it are
   * closed, and it belongs to the one left open at its column.
   */
  private opening(column: number): 'root' | 'pending' | undefined {
    if (this.root === undefined) return 'root';
    if (this.pending) {
      if (column <= this.pending.map.indent) throw new NotPlain();
      return 'pending';
    }
    while (this.open.length > 0 && this.open[this.open.length - 1].indent > column) this.open.pop();
    if (this.open[this.open.length - 1]?.indent !== column) throw new NotPlain();
    return undefined;
  }

  private place(frame: Frame, opened: 'root' | 'pending' | 'item', start: number): void {
    if (opened === 'root') {
      this.root = { value: frame.value, start };
    } else if (opened === 'pending' && this.pending) {
      this.pending.map.value[this.pending.key] = frame.value;
      this.pending.map.starts.set(this.pending.key, start);
      this.pending = undefined;
    } else {
      const items = this.open[this.open.length - 1];
      if (items?.kind !== 'seq') throw new NotPlain();
    }
    this.startsOf.set(frame.value, frame.starts);
    this.open.push(frame);
  }

  /** The scalar that `token` begins: a plain one (after the lexer's marker) or double-quoted, on one line. */
  private scalar(token: string): Scalar {
    const type = token === CST.SCALAR ? 'scalar' : token.startsWith('"') ? 'double-quoted-scalar' : undefined;
    if (type === undefined) throw new NotPlain();
    // A double-quoted scalar is its token, read already; a plain one's text is the token after the marker.
    const start = type === 'scalar' ? this.offset : this.offset - token.length;
    const source = type === 'scalar' ? this.need() : token;
    if (source.length === 0 || source.includes('\n')) throw new NotPlain();
    return {
      type,
      source,
      start,
      value: () => {
        const text = resolved(type, source, start);
        return type === 'scalar' ? plainScalar(text) : text;
      },
    };
  }

  /** A plain key that reads as text (not a number, boolean or null), as the composer would take it. */
  private plainKey(key: Scalar): string {
    const { source } = key;
    if (key.type !== 'scalar') throw new NotPlain();
    if (this.textKeys.has(source)) return source;
    const name = resolved('scalar', source, key.start);
    if (name !== source || source.length > MAX_KEY_LENGTH || source === '__proto__' || typedScalarTests.some((test) => test.test(source))) throw new NotPlain();
    this.textKeys.add(source);
    return source;
  }

  /** The end of a line after its value: spaces, then a line break or the end of the text. */
  private lineEnd(): void {
    let token = this.next();
    if (token !== undefined && isSpace(token)) token = this.next();
    if (token !== undefined && !isNewline(token)) throw new NotPlain();
  }

  private peek(): string | undefined {
    this.peeked ??= this.tokens.next().value as string | undefined;
    return this.peeked;
  }

  /** The next token, its place in the text noted; undefined at the end. */
  private next(): string | undefined {
    const token = this.peek();
    this.peeked = undefined;
    if (token === undefined) return undefined;
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) this.offset += token.length;
    if (isNewline(token)) this.lineCounter.addNewLine(this.offset);
    return token;
  }

  /** The next token, which the line needs. */
  private need(): string {
    const token = this.next();
    if (token === undefined) throw new NotPlain();
    return token;
  }
}

interface Scalar {
  readonly type: 'scalar' | 'double-quoted-scalar';
  readonly source: string;
  readonly start: number;
  value(): unknown;
}

/** The scalar's text as yaml resolves it; not this layout where yaml finds fault with it. */
function resolved(type: Scalar['type'], source: string, offset: number): string {
  let bad = false;
  const { value } = CST.resolveAsScalar({ type, source, offset, indent: 0 }, true, () => (bad = true));
  if (bad) throw new NotPlain();
  return value;
}

/** A plain value: a whole number, or text no core-schema type claims. */
function plainScalar(text: string): unknown {
  if (WHOLE_NUMBER.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  if (typedScalarTests.some((test) => test.test(text))) throw new NotPlain();
  return text;
}

/** Where the value at `path` below the document's starts, if there is one. */
function startAt(root: { value: unknown; start: number }, startsOf: ReadonlyMap<unknown, Map<string, number> | number[]>, path: readonly (string | number)[]): number | undefined {
  let value = root.value;
  let start: number | undefined = root.start;
  for (const step of path) {
    const starts = startsOf.get(value);
    if (starts instanceof Map && typeof step === 'string') start = starts.get(step);
    else if (Array.isArray(starts) && typeof step === 'number') start = starts[step];
    else return undefined;
    if (start === undefined) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return start;
}

function isSpace(token: string): boolean {
  return ONLY_SPACES.test(token);
}

function isNewline(token: string): boolean {
  return token === '\n' || token === '\r\n' || token === '';
}
