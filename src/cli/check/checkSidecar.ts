import { describeReviewReason } from '../../core/anchoring/claimSummary';
import type { TrackedClaim } from '../../core/anchoring/claimTracking';
import type { DetectEntities } from '../../core/anchoring/figuresAndNames';
import { claimPlacements } from '../../core/anchoring/placeClaims';
import { drain } from '../../core/util/steps';
import { TextPositions } from '../../core/export/textPositions';
import { readSidecar } from '../../core/sidecar/parse';
import { documentNameFor, documentPathFor } from '../../core/sidecar/paths';
import { Sidecar, SidecarPosition } from '../../core/sidecar/types';
import { Finding, SidecarReport } from './findings';
import { readTextOrProblem } from '../readTextOrProblem';

/**
 * Checks one sidecar: it parses and matches the schema, names the document beside it, and every
 * claim is found in that document with the figures and names it states.
 */
export async function checkSidecar(sidecarPath: string, displayPath: string, detect?: DetectEntities): Promise<SidecarReport> {
  const documentPath = documentPathFor(sidecarPath);
  const expectedName = documentNameFor(sidecarPath);
  if (documentPath === undefined || expectedName === undefined) {
    throw new Error(`${sidecarPath} is not a sidecar path`);
  }
  const read = await readTextOrProblem(sidecarPath);
  if (read.kind === 'problem') {
    return { path: displayPath, claims: 0, findings: [{ severity: 'error', line: read.line, column: 1, message: `this sidecar ${read.problem}` }] };
  }
  if (read.kind === 'missing') {
    return { path: displayPath, claims: 0, findings: [{ severity: 'error', line: 1, column: 1, message: 'this sidecar cannot be read: it no longer exists' }] };
  }
  const parsed = readSidecar(read.text);
  if (!parsed.ok) {
    return { path: displayPath, claims: 0, findings: parsed.problems.map((problem) => ({ severity: 'error', ...problem })) };
  }
  const { sidecar } = parsed;
  const { documentPosition } = parsed;
  const findings: Finding[] = [];
  if (sidecar.document !== expectedName) {
    findings.push({ severity: 'error', ...documentPosition, message: `document is "${sidecar.document}", but this sidecar belongs to "${expectedName}" (its name is the document's name plus .annotations.yaml)` });
  }
  const document = await readTextOrProblem(documentPath);
  if (document.kind === 'missing') {
    findings.push({ severity: 'error', ...documentPosition, message: `document "${expectedName}" is not beside this sidecar, so its claims cannot be anchored` });
  } else if (document.kind === 'problem') {
    findings.push({ severity: 'error', ...documentPosition, message: `document "${expectedName}" ${document.problem}, so its claims cannot be anchored` });
  } else {
    findings.push(...anchorFindings(sidecar, document.text, expectedName, parsed.claimPositions, detect));
  }
  return { path: displayPath, claims: sidecar.claims.length, findings };
}

function anchorFindings(sidecar: Sidecar, documentText: string, documentName: string, positions: ReadonlyMap<string, SidecarPosition>, detect: DetectEntities | undefined): Finding[] {
  // All claims at once: the text is read once for the pieces of every quote not at its stored place.
  const placements = drain(claimPlacements(documentText, sidecar.claims, () => undefined, detect));
  const lines = linesOf(documentText, placements.map((placed) => (placed.status === 'orphaned' ? 0 : (placed.span ?? placed.candidate).start)));
  return placements.map((placed, index): Finding => {
    const { claim } = placed;
    const line = lines[index];
    const at = positions.get(claim.id) ?? { line: 1, column: 1 };
    const quote = excerpt(claim.anchor.quote);
    switch (placed.status) {
      case 'exact':
        return { severity: 'info', ...at, message: `claim ${claim.id} anchors exactly at line ${line} of ${documentName}` };
      case 'fuzzy': {
        const [stored, found] = whereTheyDiffer(claim.anchor.quote, documentText.slice(placed.span.start, placed.span.end));
        return {
          severity: 'warning',
          ...at,
          message: `claim ${claim.id} re-anchored fuzzily (stale quote, same figures and names): ${stored} now reads ${found} at line ${line} of ${documentName}`,
        };
      }
      case 'needsReview':
        return { severity: 'error', ...at, message: needsReviewMessage(placed, documentText, documentName, line) };
      case 'orphaned':
        return { severity: 'error', ...at, message: `claim ${claim.id} is orphaned: its quote ${quote} is no longer in ${documentName}` };
    }
  });
}

function needsReviewMessage(placed: Extract<TrackedClaim, { status: 'needsReview' }>, documentText: string, documentName: string, line: number): string {
  const { claim, candidate } = placed;
  const [stored, found] = whereTheyDiffer(claim.anchor.quote, documentText.slice(candidate.start, candidate.end));
  return `claim ${claim.id} needs review: ${describeReviewReason(placed.reason)}; the claim reads ${stored}, line ${line} of ${documentName} reads ${found}`;
}

/** The 1-based line of each of `offsets` in `text`, in one walk over the text rather than one per offset. */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const positions = new TextPositions(text);
  const lines: number[] = [];
  for (const index of [...offsets.keys()].sort((a, b) => offsets[a] - offsets[b])) lines[index] = positions.at(offsets[index]).line;
  return lines;
}

const EXCERPT_LENGTH = 60;
const CONTEXT_BEFORE_DIFFERENCE = 20;

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(oneLine.length > EXCERPT_LENGTH ? `${oneLine.slice(0, EXCERPT_LENGTH - 1)}…` : oneLine);
}

/** Excerpts of two texts that start a little before their first difference, so the difference shows. */
function whereTheyDiffer(a: string, b: string): [string, string] {
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) {
    same += 1;
  }
  const from = Math.max(0, same - CONTEXT_BEFORE_DIFFERENCE);
  return from === 0 ? [excerpt(a), excerpt(b)] : [excerpt(`…${a.slice(from)}`), excerpt(`…${b.slice(from)}`)];
}
