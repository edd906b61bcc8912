import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';
import { walkFiles } from './walkFiles';
import { readTextOrProblem } from './readTextOrProblem';
import { isSidecarPath } from '../core/sidecar/paths';
import { hasDocumentExtension } from '../core/scope/documentFiles';
import { describeEntityValue } from '../core/entities/describeEntity';
import type { Entity } from '../core/entities/types';
import { entityStats, formatEntityStats } from '../core/entities/entityStats';
import { TextPositions } from '../core/export/textPositions';
import type { Span } from '../core/textDocument';
import { WORKSPACE_LIST, WorkspaceLists } from './workspaceList';

const USAGE = `Usage: policy-annotator scan [--json | --stats] <files or folders>

  --json   every entity as JSON: kind, start, end, text, value, and approx, bound and origin when set
  --stats  per kind, how many were found and where from (the built-in list, your list, which rule)

A document's nearest ${WORKSPACE_LIST} (in its folder or above) is read as the editor reads it.
`;

export interface ScannedFile {
  readonly path: string;
  readonly text: string;
  readonly entities: readonly Entity[];
}

/** `policy-annotator scan`: lists the figures, organisations and programmes of documents. */
export async function runScan(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('scan', USAGE, args, io, { json: { type: 'boolean', default: false }, stats: { type: 'boolean', default: false } } as const);
  if (typeof parsed === 'number') return parsed;
  if (parsed.values.json && parsed.values.stats) return usageError('scan', USAGE, 'choose one of --json and --stats', io);
  if (parsed.positionals.length === 0) return usageError('scan', USAGE, 'name at least one file or folder', io);
  const failures: string[] = [];
  const scanned = await scanDocuments(parsed.positionals, io.cwd, failures);
  const output = parsed.values.json ? formatJson(scanned)
    : parsed.values.stats ? formatEntityStats(entityStats(scanned.flatMap((file) => file.entities)))
      : formatTables(scanned);
  io.stdout.write(output);
  for (const failure of failures) io.stderr.write(`policy-annotator scan: ${failure}\n`);
  return failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

/**
 * The documents named by `targets`, each with its entities as the editor finds them: with the
 * nearest workspace list's names, without its exclusions. What cannot be read, and problems in a
 * list, go to `failures`.
 */
export async function scanDocuments(targets: readonly string[], cwd: string, failures: string[]): Promise<ScannedFile[]> {
  const lists = new WorkspaceLists((problem) => failures.push(problem));
  const scanned: ScannedFile[] = [];
  for (const document of await readDocuments(targets, cwd, failures)) {
    const detect = await lists.detectorFor(path.resolve(cwd, document.path));
    scanned.push({ ...document, entities: detect(document.text) });
  }
  return scanned;
}

/** The documents named by `targets` (files, or folders walked in name order), with their text; what cannot be read goes to `failures`. */
async function readDocuments(targets: readonly string[], cwd: string, failures: string[]): Promise<{ path: string; text: string }[]> {
  const files: string[] = [];
  for (const target of targets) {
    await collectDocuments(path.resolve(cwd, target), target, files, failures);
  }
  const documents: { path: string; text: string }[] = [];
  for (const file of files) {
    const text = await readText(path.resolve(cwd, file), file, failures);
    if (text !== undefined) documents.push({ path: file, text });
  }
  return documents;
}

async function collectDocuments(absolute: string, shown: string, files: string[], failures: string[]): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(absolute);
  } catch (error) {
    failures.push(`${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return;
  }
  if (!stat.isDirectory()) {
    files.push(shown);
    return;
  }
  for (const file of await walkFiles(absolute)) {
    const name = path.basename(file);
    if (hasDocumentExtension(name) && !isSidecarPath(name)) files.push(path.join(shown, path.relative(absolute, file)));
  }
}

async function readText(absolute: string, shown: string, failures: string[]): Promise<string | undefined> {
  const read = await readTextOrProblem(absolute);
  if (read.kind === 'text') return read.text;
  failures.push(`${shown}: ${read.kind === 'missing' ? 'cannot be read: it no longer exists' : read.problem}; not scanned`);
  return undefined;
}

function formatJson(files: readonly ScannedFile[]): string {
  return `${JSON.stringify({
    files: files.map((file) => ({
      path: file.path,
      entities: file.entities.map(({ kind, start, end, text, value, approx, bound, origin }) => ({ kind, start, end, text, value, approx, bound, origin })),
    })),
  })}\n`;
}

/** Line and column (1-based, UTF-16) of each span's start, in one pass over the spans in text order. */
export function lineColumns(text: string, spans: readonly Span[]): string[] {
  const positions = new TextPositions(text);
  return spans.map(({ start }) => {
    const { line, column } = positions.at(start);
    return `${line}:${column}`;
  });
}

function formatTables(files: readonly ScannedFile[]): string {
  return files.map((file) => {
    if (file.entities.length === 0) return `${file.path}\n  (no figures or organisations found)\n`;
    const rows = lineColumns(file.text, file.entities).map((position, index) => {
      const entity = file.entities[index];
      return [position, entity.kind, JSON.stringify(entity.text), describeEntityValue(entity)];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
    const lines = rows.map((row) => `  ${row.slice(0, 3).map((cell, column) => cell.padEnd(widths[column])).join('  ')}  ${row[3]}`);
    return `${file.path}\n${lines.join('\n')}\n`;
  }).join('\n');
}
