import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';
import { walkFiles } from './walkFiles';
import { isSidecarPath } from '../core/sidecar/paths';
import { detectEntities } from '../core/entities/detectEntities';
import { describeEntityValue } from '../core/entities/describeEntity';
import type { Entity } from '../core/entities/types';

const USAGE = 'Usage: policy-annotator scan [--json] <files or folders>\n';
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.policy', '.pdoc']);

interface ScannedFile {
  readonly path: string;
  readonly text: string;
  readonly entities: readonly Entity[];
}

/** `policy-annotator scan`: lists the figures, organisations and programmes of documents. */
export async function runScan(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('scan', USAGE, args, io, { json: { type: 'boolean', default: false } } as const);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) return usageError('scan', USAGE, 'name at least one file or folder', io);
  const failures: string[] = [];
  const files: string[] = [];
  for (const target of parsed.positionals) {
    await collectDocuments(path.resolve(io.cwd, target), target, files, failures);
  }
  const scanned: ScannedFile[] = [];
  for (const file of files) {
    const text = await readText(path.resolve(io.cwd, file), file, failures);
    if (text !== undefined) scanned.push({ path: file, text, entities: detectEntities(text) });
  }
  io.stdout.write(parsed.values.json ? formatJson(scanned) : formatTables(scanned));
  for (const failure of failures) io.stderr.write(`policy-annotator scan: ${failure}\n`);
  return failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
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
    if (DOCUMENT_EXTENSIONS.has(path.extname(name).toLowerCase()) && !isSidecarPath(name)) files.push(path.join(shown, path.relative(absolute, file)));
  }
}

async function readText(absolute: string, shown: string, failures: string[]): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    failures.push(`${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return undefined;
  }
  if (bytes.includes(0)) {
    failures.push(`${shown}: looks like a binary file (it holds NUL bytes); not scanned`);
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    failures.push(`${shown}: is not valid UTF-8 text; not scanned`);
    return undefined;
  }
}

function formatJson(files: readonly ScannedFile[]): string {
  return `${JSON.stringify({
    files: files.map((file) => ({
      path: file.path,
      entities: file.entities.map(({ kind, start, end, text, value }) => ({ kind, start, end, text, value })),
    })),
  })}\n`;
}

/** Line and column (1-based, UTF-16) of each offset, in one pass over the sorted offsets. */
function lineColumns(text: string, entities: readonly Entity[]): string[] {
  const positions: string[] = [];
  let line = 1;
  let lineStart = 0;
  let index = 0;
  for (const entity of entities) {
    for (; index < entity.start; index++) {
      if (text.charCodeAt(index) === 10) {
        line++;
        lineStart = index + 1;
      }
    }
    positions.push(`${line}:${entity.start - lineStart + 1}`);
  }
  return positions;
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
