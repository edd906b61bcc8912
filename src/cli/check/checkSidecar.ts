import { promises as fs } from 'node:fs';
import { anchorQuote } from '../../core/anchoring/quoteAnchor';
import { parseSidecar } from '../../core/sidecar/parse';
import { documentNameFor, documentPathFor } from '../../core/sidecar/paths';
import { Sidecar, SidecarPosition } from '../../core/sidecar/types';
import { readDocumentText } from '../corpus/readCorpus';
import { Finding, SidecarReport } from './findings';

/**
 * Checks one sidecar: it parses and matches the schema, names the document beside it, and every
 * claim still finds its quote in that document.
 */
export async function checkSidecar(sidecarPath: string, displayPath: string): Promise<SidecarReport> {
  const documentPath = documentPathFor(sidecarPath);
  const expectedName = documentNameFor(sidecarPath);
  if (documentPath === undefined || expectedName === undefined) {
    throw new Error(`${sidecarPath} is not a sidecar path`);
  }
  let text: string;
  try {
    text = await fs.readFile(sidecarPath, 'utf8');
  } catch (error) {
    return { path: displayPath, claims: 0, findings: [{ severity: 'error', line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` }] };
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    return { path: displayPath, claims: 0, findings: parsed.problems.map((problem) => ({ severity: 'error', ...problem })) };
  }
  const { sidecar } = parsed;
  const documentPosition = parsed.positionOf(['document']);
  const findings: Finding[] = [];
  if (sidecar.document !== expectedName) {
    findings.push({ severity: 'error', ...documentPosition, message: `document is "${sidecar.document}", but this sidecar belongs to "${expectedName}" (its name is the document's name plus .annotations.yaml)` });
  }
  const documentText = await readDocumentText(documentPath);
  if (documentText === undefined) {
    findings.push({ severity: 'error', ...documentPosition, message: `document "${expectedName}" is not beside this sidecar, so its claims cannot be anchored` });
  } else {
    findings.push(...anchorFindings(sidecar, documentText, expectedName, parsed.claimPositions));
  }
  return { path: displayPath, claims: sidecar.claims.length, findings };
}

function anchorFindings(sidecar: Sidecar, documentText: string, documentName: string, positions: ReadonlyMap<string, SidecarPosition>): Finding[] {
  return sidecar.claims.map((claim): Finding => {
    const at = positions.get(claim.id) ?? { line: 1, column: 1 };
    const result = anchorQuote(documentText, claim.anchor);
    const quote = excerpt(claim.anchor.quote);
    switch (result.status) {
      case 'exact':
        return { severity: 'info', ...at, message: `claim ${claim.id} anchors exactly at line ${lineOf(documentText, result.start)} of ${documentName}` };
      case 'fuzzy': {
        const [stored, found] = whereTheyDiffer(claim.anchor.quote, documentText.slice(result.start, result.end));
        return {
          severity: 'warning',
          ...at,
          message: `claim ${claim.id} re-anchored fuzzily (stale quote): ${stored} now reads ${found} at line ${lineOf(documentText, result.start)} of ${documentName}`,
        };
      }
      case 'orphaned':
        return { severity: 'error', ...at, message: `claim ${claim.id} is orphaned: its quote ${quote} is no longer in ${documentName}` };
      case 'ambiguous':
        return {
          severity: 'error',
          ...at,
          message: `claim ${claim.id} is ambiguous: its quote ${quote} fits ${result.candidates} places in ${documentName} about equally well`,
        };
    }
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
  }
  return line;
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
