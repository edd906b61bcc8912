import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { NamedBodyEntry } from './types';
import builtInBodies from './data/bodies.json';

/** The curated UK public-sector, health and policy bodies and programmes the detector knows by name. */
export const BUILT_IN_BODIES: readonly NamedBodyEntry[] = builtInBodies as NamedBodyEntry[];

export interface BodyListProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ParsedBodyList {
  readonly entries: NamedBodyEntry[];
  readonly problems: BodyListProblem[];
}

const KINDS = new Set(['organisation', 'programme']);

/**
 * Reads a workspace organisation list (`.policy-annotator/organisations.json`, an array of
 * `{ name, aliases?, kind? }`). Good entries are kept even when others are wrong; each problem
 * names the file, line and column so the user can fix it.
 */
export function parseBodyList(json: string, fileName: string): ParsedBodyList {
  const lineCounter = new LineCounter();
  const document = parseDocument(json, { lineCounter, prettyErrors: false });
  const problems: BodyListProblem[] = [];
  const report = (offset: number, text: string): void => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ line, column: col, message: `${fileName}:${line}:${col}: ${text}` });
  };
  if (document.errors.length > 0) {
    for (const error of document.errors) report(error.pos[0], `not valid JSON (${error.message.split('\n')[0]})`);
    return { entries: [], problems };
  }
  const root = document.contents;
  if (!isSeq(root)) {
    report(root?.range?.[0] ?? 0, 'expected an array of { "name", "aliases", "kind", "notBefore", "notAfter" } objects');
    return { entries: [], problems };
  }
  const entries: NamedBodyEntry[] = [];
  root.items.forEach((item, index) => {
    const entry = readEntry(item as Node | null, index + 1, (node, text) => report(node?.range?.[0] ?? root.range?.[0] ?? 0, text));
    if (entry) entries.push(entry);
  });
  return { entries, problems };
}

function readEntry(item: Node | null, number: number, report: (node: Node | null | undefined, text: string) => void): NamedBodyEntry | undefined {
  if (!isMap(item)) {
    report(item, `entry ${number} should be an object with a "name"`);
    return undefined;
  }
  const name = item.get('name', true);
  if (!isScalar(name) || typeof name.value !== 'string' || name.value.trim() === '') {
    report(name ?? item, `entry ${number} needs a "name" that is a non-empty string`);
    return undefined;
  }
  const aliases = readStrings(item, 'aliases', number, name.value, report);
  const notBefore = readStrings(item, 'notBefore', number, name.value, report);
  const notAfter = readStrings(item, 'notAfter', number, name.value, report);
  if (aliases === undefined || notBefore === undefined || notAfter === undefined) return undefined;
  const kindNode = item.get('kind', true);
  if (kindNode !== undefined && !(isScalar(kindNode) && KINDS.has(String(kindNode.value)))) {
    report(kindNode as Node, `entry ${number} ("${name.value}"): "kind" should be "organisation" or "programme"`);
    return undefined;
  }
  const kind = isScalar(kindNode) ? kindNode.value as NamedBodyEntry['kind'] : undefined;
  return { name: name.value.trim(), ...(aliases.length ? { aliases } : {}), ...(kind ? { kind } : {}), ...(notBefore.length ? { notBefore } : {}),
    ...(notAfter.length ? { notAfter } : {}) };
}

/** An optional array of strings: [] when absent, undefined (after a report) when not an array of strings. */
function readStrings(item: YAMLMap, field: string, number: number, name: string, report: (node: Node | null | undefined, text: string) => void): string[] | undefined {
  const node = item.get(field, true);
  if (node === undefined) return [];
  if (!isSeq(node) || !node.items.every((value) => isScalar(value) && typeof value.value === 'string')) {
    report(node as Node, `entry ${number} ("${name}"): "${field}" should be an array of strings`);
    return undefined;
  }
  return node.items.map((value) => String((value as { value: string }).value));
}
