import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';
import { lineColumns, scanDocuments } from './scan';
import { findClaimCandidates, type ClaimCandidate } from '../core/claims/claimCandidates';
import { describeSource, type ClaimSource } from '../core/claims/claimSource';

const USAGE = `Usage: policy-annotator claims [--json] [--min-score N] <files or folders>

Lists each document's claim candidates in document order, with their score, the signals found
and who the text says made the claim (none where the author speaks). Figures and organisations
are found as \`scan\` finds them, with the nearest .policy-annotator/organisations.json.
`;

interface DocumentClaims {
  readonly path: string;
  readonly text: string;
  readonly claims: readonly ClaimCandidate[];
}

/** A claim's source as the JSON gives it: both names, null where the text gives none. */
export interface SourceJson {
  readonly person: string | null;
  readonly organisation: string | null;
}

/** `policy-annotator claims`: the claim candidates of documents, for triage and for measuring the finder. */
export async function runClaims(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('claims', USAGE, args, io, { json: { type: 'boolean', default: false }, 'min-score': { type: 'string' } } as const);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) return usageError('claims', USAGE, 'name at least one file or folder', io);
  const minScore = parsed.values['min-score'] === undefined ? 0 : Number(parsed.values['min-score']);
  if (!Number.isFinite(minScore)) return usageError('claims', USAGE, `--min-score needs a number, not '${parsed.values['min-score']}'`, io);
  const failures: string[] = [];
  // The entities `scan` gives, the workspace list's names included, as the editor finds claims with.
  const documents: DocumentClaims[] = (await scanDocuments(parsed.positionals, io.cwd, failures)).map((document) => ({
    path: document.path,
    text: document.text,
    claims: findClaimCandidates(document.text, document.entities).filter((claim) => claim.score >= minScore),
  }));
  io.stdout.write(parsed.values.json ? formatJson(documents) : formatTables(documents));
  for (const failure of failures) io.stderr.write(`policy-annotator claims: ${failure}\n`);
  return failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

export function sourceJson(source: ClaimSource | undefined): SourceJson | null {
  if (!source) return null;
  return { person: source.kind === 'person' ? source.person : null, organisation: source.organisation ?? null };
}

function formatJson(documents: readonly DocumentClaims[]): string {
  return `${JSON.stringify({
    files: documents.map((document) => ({
      path: document.path,
      claims: document.claims.map(({ start, end, text, score, reasons, source }) => ({ start, end, text, score, reasons, source: sourceJson(source) })),
    })),
  })}\n`;
}

const SHOWN_TEXT_LENGTH = 100;

function formatTables(documents: readonly DocumentClaims[]): string {
  return documents.map((document) => {
    if (document.claims.length === 0) return `${document.path}\n  (no claim candidates found)\n`;
    const rows = lineColumns(document.text, document.claims).map((position, index) => {
      const claim = document.claims[index];
      const text = claim.text.replace(/\s+/g, ' ');
      return [position, claim.score.toFixed(2), claim.source ? describeSource(claim.source) : '—',
        JSON.stringify(text.length > SHOWN_TEXT_LENGTH ? `${text.slice(0, SHOWN_TEXT_LENGTH - 1)}…` : text)];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
    const lines = rows.map((row) => `  ${row.slice(0, 3).map((cell, column) => cell.padEnd(widths[column])).join('  ')}  ${row[3]}`);
    return `${document.path}\n${lines.join('\n')}\n`;
  }).join('\n');
}
