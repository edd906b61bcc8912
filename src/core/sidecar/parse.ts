import { Document, LineCounter, parseDocument, YAMLError } from 'yaml';
import { conflictMarkerProblems } from './conflictMarkers';
import { SidecarEntry, sidecarOf } from './fileShape';
import { claimNodes, NodePath, nodeAt, positionAtOffset, positionOf } from './locate';
import { plainValueSteps } from './plainValue';
import { schemaErrorsOf } from './schema';
import { schemaProblems } from './schemaProblems';
import { sortClaims } from './sort';
import { Sidecar, SIDECAR_SCHEMA_VERSION, SidecarPosition, SidecarProblem } from './types';
import { drain, type Steps } from '../util/steps';
import { messageOf } from '../util/messageOf';

export type SidecarParseResult =
  | {
    readonly ok: true;
    readonly sidecar: Sidecar;
    /** The parsed file, comments and all: pass it to serialiseSidecar so a save keeps them. */
    readonly document: Document;
    /** Where each claim starts in the file, by id, for messages that point into the sidecar. */
    readonly claimPositions: ReadonlyMap<string, SidecarPosition>;
    /** Where the value at `path` (e.g. `['document']`) starts in the file. */
    positionOf(path: NodePath): SidecarPosition;
  }
  | { readonly ok: false; readonly problems: readonly SidecarProblem[] };

/** A sidecar read for its claims alone (see readSidecar). */
export type SidecarReadResult =
  | {
    readonly ok: true;
    readonly sidecar: Sidecar;
    /** Where each claim starts in the file, by id. */
    readonly claimPositions: ReadonlyMap<string, SidecarPosition>;
    /** Where the value of `document` starts in the file. */
    readonly documentPosition: SidecarPosition;
  }
  | { readonly ok: false; readonly problems: readonly SidecarProblem[] };

/**
 * Reads a sidecar for its claims, without the parsed file a save needs to keep its comments (as
 * check and the editor read it): the layout serialiseSidecar writes is read from yaml's lexical
 * tokens without parsing or composing a document (plainValue.ts); anything else, and any problem,
 * goes through parseSidecar, so what is accepted and what is said about a problem is the same
 * either way.
 */
export function readSidecar(text: string): SidecarReadResult {
  return drain(readSidecarSteps(text));
}

/** readSidecar in steps (see util/steps.ts): the written layout's tokens 512 at a time, then its checks; any other file at once. */
export function* readSidecarSteps(text: string): Steps<SidecarReadResult> {
  const plain = conflictMarkerProblems(text).length === 0 ? yield* plainValueSteps(text) : undefined;
  yield;
  const entry = plain && entryWithoutProblems(plain.value);
  yield;
  if (plain && entry) {
    const sidecar = sidecarIn(entry);
    yield;
    const claimPositions = new Map(entry.claims.map((claim, index) => [claim.id, plain.positionOf(['claims', index])]));
    return { ok: true, sidecar, claimPositions, documentPosition: plain.positionOf(['document']) };
  }
  const parsed = parseSidecar(text);
  return parsed.ok ? { ok: true, sidecar: parsed.sidecar, claimPositions: parsed.claimPositions, documentPosition: parsed.positionOf(['document']) } : parsed;
}

/**
 * Reads a sidecar file. Anything that keeps it from being read exactly as written (YAML syntax,
 * merge-conflict markers, schema violations, duplicate ids, an unknown schema version) is a problem
 * at its 1-based line and column, so the file is reported and never overwritten.
 */
export function parseSidecar(text: string): SidecarParseResult {
  const markers = conflictMarkerProblems(text);
  if (markers.length > 0) {
    return { ok: false, problems: markers };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    // An unclosed quote or bracket is reported at the end of the input: point at the last line, not past it.
    const lastCharacter = Math.max(text.trimEnd().length - 1, 0);
    return failure(document.errors.map((error) => ({ ...positionAtOffset(Math.min(error.pos[0], lastCharacter), lineCounter), message: syntaxMessage(error, text) })));
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    return failure([{ line: 1, column: 1, message: `YAML: ${messageOf(error)}` }]);
  }
  const version = unknownVersionProblem(document, value, lineCounter);
  if (version) {
    return failure([version]);
  }
  const problems = [...schemaProblems(document, value, lineCounter), ...duplicateIdProblems(document, value, lineCounter)];
  if (problems.length > 0) {
    return failure(problems);
  }
  const entry = value as SidecarEntry;
  const rangeProblems = reversedRangeProblems(entry, document, lineCounter);
  if (rangeProblems.length > 0) {
    return failure(rangeProblems);
  }
  return {
    ok: true,
    sidecar: sidecarIn(entry),
    document,
    claimPositions: claimPositions(document, lineCounter),
    positionOf: (path) => positionOf(nodeAt(document, path), lineCounter),
  };
}

/** The sidecar a file's value holds, its claims in document order. */
function sidecarIn(entry: SidecarEntry): Sidecar {
  const sidecar = sidecarOf(entry);
  return { ...sidecar, claims: sortClaims(sidecar.claims) };
}

/** The value as a sidecar when it breaks none of the rules parseSidecar reports (which says where). */
function entryWithoutProblems(value: unknown): SidecarEntry | undefined {
  if (unknownVersion(value) !== undefined || schemaErrorsOf(value).length > 0 || repeatedIds(value).length > 0) return undefined;
  const entry = value as SidecarEntry;
  return reversedRanges(entry).length > 0 ? undefined : entry;
}

function syntaxMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `key "${/^[^:\n]*/.exec(text.slice(error.pos[0]))?.[0].trim()}" appears twice in the same mapping`;
    case 'MULTIPLE_DOCS':
      return "a sidecar holds one YAML document: remove the '---' line and what follows it";
    default:
      return `YAML syntax: ${error.message}`;
  }
}

function failure(problems: SidecarProblem[]): SidecarParseResult {
  return { ok: false, problems: [...problems].sort((a, b) => a.line - b.line || a.column - b.column) };
}

// A newer file format may mean something else by the same keys: say so rather than list its keys as unknown.
function unknownVersionProblem(document: Document, value: unknown, lineCounter: LineCounter): SidecarProblem | undefined {
  const version = unknownVersion(value);
  if (version === undefined) {
    return undefined;
  }
  return {
    ...positionOf(nodeAt(document, ['schema']), lineCounter),
    message: `schema version ${version} is not one this version of Policy Annotator knows (it reads version ${SIDECAR_SCHEMA_VERSION}); update Policy Annotator to read this file`,
  };
}

/** The schema version the value states when it is a number and not the one this version reads. */
function unknownVersion(value: unknown): number | undefined {
  const version = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  return typeof version !== 'number' || version === SIDECAR_SCHEMA_VERSION ? undefined : version;
}

function duplicateIdProblems(document: Document, value: unknown, lineCounter: LineCounter): SidecarProblem[] {
  return repeatedIds(value).map(({ index, id }) => ({
    ...positionOf(nodeAt(document, ['claims', index]), lineCounter),
    message: `claim id ${id} is used twice; ids must be unique (give this claim a new one, or write it out instead of repeating it through a YAML alias)`,
  }));
}

/**
 * The claims (by index) whose id an earlier claim has. Read from the resolved value, so a claim
 * repeated through a YAML alias (`- *x`) counts twice, as it would load.
 */
function repeatedIds(value: unknown): { index: number; id: string }[] {
  const claims = typeof value === 'object' && value !== null ? (value as { claims?: unknown }).claims : undefined;
  if (!Array.isArray(claims)) return [];
  const seen = new Set<string>();
  const repeated: { index: number; id: string }[] = [];
  claims.forEach((claim: unknown, index) => {
    const id = typeof claim === 'object' && claim !== null ? (claim as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) repeated.push({ index, id });
    seen.add(id);
  });
  return repeated;
}

function reversedRangeProblems(entry: SidecarEntry, document: Document, lineCounter: LineCounter): SidecarProblem[] {
  return reversedRanges(entry).map((index) => {
    const claim = entry.claims[index];
    return { ...positionOf(nodeAt(document, ['claims', index, 'end']), lineCounter), message: `"end" of claim ${claim.id} (${claim.end}) is before its "start" (${claim.start})` };
  });
}

/** The indexes of the claims that end before they start. */
function reversedRanges(entry: SidecarEntry): number[] {
  return entry.claims.flatMap((claim, index) => (claim.end < claim.start ? [index] : []));
}

function claimPositions(document: Document, lineCounter: LineCounter): Map<string, SidecarPosition> {
  return new Map(claimNodes(document).flatMap(({ id, node }) => (id === undefined ? [] : [[id, positionOf(node, lineCounter)]])));
}
