import type { ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { bodyListItemErrors, type Exclusion, isBodyEntry, isExclusion, isExclusionShaped } from './bodyListSchema';
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
  readonly exclusions: Exclusion[];
  readonly problems: BodyListProblem[];
  /** The list's items as written, in order, for an edit that rewrites the file. */
  readonly items: unknown[];
}

const ARRAY_FIELDS = new Set(['aliases', 'notBefore', 'notAfter', 'documents']);

/**
 * Reads a workspace organisation list (`.policy-annotator/organisations.json`, an array of
 * `{ name, aliases?, kind?, notBefore?, notAfter? }` entries and `{ notAnEntity, documents? }`
 * exclusions, as `media/organisations.schema.json` says). Good items are kept even when others
 * are wrong; each problem names the file, line and column so the user can fix it.
 */
export function parseBodyList(json: string, fileName: string): ParsedBodyList {
  const lineCounter = new LineCounter();
  const document = parseDocument(json, { lineCounter, prettyErrors: false });
  const problems: BodyListProblem[] = [];
  const report = (offset: number, text: string): void => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ line, column: col, message: `${fileName}:${line}:${col}: ${text}` });
  };
  const entries: NamedBodyEntry[] = [];
  const exclusions: Exclusion[] = [];
  const items: unknown[] = [];
  if (document.errors.length > 0) {
    for (const error of document.errors) report(error.pos[0], `not valid JSON (${error.message.split('\n')[0]})`);
    return { entries, exclusions, problems, items };
  }
  const root = document.contents;
  if (!isSeq(root)) {
    report(root?.range?.[0] ?? 0, 'expected an array of { "name", "aliases", "kind", "notBefore", "notAfter" } objects');
    return { entries, exclusions, problems, items };
  }
  const listStart = root.range?.[0] ?? 0;
  root.items.forEach((node, index) => {
    const item: unknown = (node as Node | null)?.toJSON();
    items.push(item);
    if (isExclusion(item)) {
      exclusions.push(trimmedExclusion(item));
    } else if (isBodyEntry(item)) {
      entries.push(trimmedEntry(item));
    } else {
      const { field, message } = describeError(bodyListItemErrors(item), item, index + 1);
      const at = isMap(node) && field ? node.get(field, true) as Node | undefined : undefined;
      report(at?.range?.[0] ?? (node as Node | null)?.range?.[0] ?? listStart, message);
    }
  });
  return { entries, exclusions, problems, items };
}

/** The first schema error of item `number`, in words, and the field it is about. */
function describeError(errors: readonly ErrorObject[], item: unknown, number: number): { field?: string; message: string } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { message: `entry ${number} should be an object with a "name"` };
  const exclusion = isExclusionShaped(item);
  const key = exclusion ? 'notAnEntity' : 'name';
  const own = (item as Record<string, unknown>)[key];
  const keyError = errors.find((error) => error.instancePath === `/${key}` || (error.keyword === 'required'));
  if (keyError || typeof own !== 'string') return { field: key, message: `entry ${number} needs a "${key}" that is a non-empty string` };
  const field = errors[0].instancePath.split('/')[1] ?? '';
  const what = `entry ${number} ("${own}")`;
  if (ARRAY_FIELDS.has(field)) return { field, message: `${what}: "${field}" should be an array of strings` };
  if (field === 'kind') return { field, message: `${what}: "kind" should be "organisation", "programme" or "legislation"` };
  return { field, message: `${what}: ${errors[0].message ?? 'does not match the schema'}` };
}

function trimmedEntry(entry: NamedBodyEntry): NamedBodyEntry {
  const { name, aliases, kind, notBefore, notAfter, matchCase } = entry;
  return { name: name.trim(), ...(aliases?.length ? { aliases } : {}), ...(kind ? { kind } : {}), ...(notBefore?.length ? { notBefore } : {}),
    ...(notAfter?.length ? { notAfter } : {}), ...(matchCase ? { matchCase } : {}) };
}

function trimmedExclusion({ notAnEntity, documents }: Exclusion): Exclusion {
  return { notAnEntity: notAnEntity.trim(), ...(documents?.length ? { documents } : {}) };
}
