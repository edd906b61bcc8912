import { Document, LineCounter, parseDocument, YAMLError } from 'yaml';
import { conflictMarkerProblems } from './conflictMarkers';
import { SidecarEntry, sidecarOf } from './fileShape';
import { claimNodes, NodePath, nodeAt, positionAtOffset, positionOf } from './locate';
import { schemaProblems } from './schemaProblems';
import { sortClaims } from './sort';
import { Sidecar, SIDECAR_SCHEMA_VERSION, SidecarPosition, SidecarProblem } from './types';

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
    return failure([{ line: 1, column: 1, message: `YAML: ${error instanceof Error ? error.message : String(error)}` }]);
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
  const sidecar = sidecarOf(entry);
  return {
    ok: true,
    sidecar: { ...sidecar, claims: sortClaims(sidecar.claims) },
    document,
    claimPositions: claimPositions(document, lineCounter),
    positionOf: (path) => positionOf(nodeAt(document, path), lineCounter),
  };
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
  const version = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  if (typeof version !== 'number' || version === SIDECAR_SCHEMA_VERSION) {
    return undefined;
  }
  return {
    ...positionOf(nodeAt(document, ['schema']), lineCounter),
    message: `schema version ${version} is not one this version of Policy Annotator knows (it reads version ${SIDECAR_SCHEMA_VERSION}); update Policy Annotator to read this file`,
  };
}

// Read from the resolved value, so a claim repeated through a YAML alias (`- *x`) counts twice, as it would load.
function duplicateIdProblems(document: Document, value: unknown, lineCounter: LineCounter): SidecarProblem[] {
  const claims = typeof value === 'object' && value !== null ? (value as { claims?: unknown }).claims : undefined;
  if (!Array.isArray(claims)) return [];
  const seen = new Set<string>();
  const problems: SidecarProblem[] = [];
  claims.forEach((claim: unknown, index) => {
    const id = typeof claim === 'object' && claim !== null ? (claim as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      problems.push({ ...positionOf(nodeAt(document, ['claims', index]), lineCounter), message: `claim id ${id} is used twice; ids must be unique (give this claim a new one, or write it out instead of repeating it through a YAML alias)` });
    }
    seen.add(id);
  });
  return problems;
}

function reversedRangeProblems(entry: SidecarEntry, document: Document, lineCounter: LineCounter): SidecarProblem[] {
  return entry.claims.flatMap((claim, index) => claim.end < claim.start
    ? [{ ...positionOf(nodeAt(document, ['claims', index, 'end']), lineCounter), message: `"end" of claim ${claim.id} (${claim.end}) is before its "start" (${claim.start})` }]
    : []);
}

function claimPositions(document: Document, lineCounter: LineCounter): Map<string, SidecarPosition> {
  return new Map(claimNodes(document).flatMap(({ id, node }) => (id === undefined ? [] : [[id, positionOf(node, lineCounter)]])));
}
