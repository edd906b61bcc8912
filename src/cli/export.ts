import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { exportedClaimsOf } from '../core/export/corpus';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../core/export/renderExport';
import { parseCommandArgs, usageError } from './commandArgs';
import { readCorpus, terminalProgress, unreadableLines } from './corpus/readCorpus';
import { DEFAULT_TAG_VOCABULARY } from './defaultVocabulary';
import { CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './io';
import { WorkspaceLists } from './workspaceList';

const USAGE = `Usage: policy-annotator export --format csv|json|jsonld|qdpx [--out FILE] [paths...]

Exports every claim of every *.annotations.yaml under the paths (default: the current folder).
  csv      RFC 4180, UTF-8 with a byte-order mark: opens in Excel, LibreOffice, Google Sheets
  json     the claims with their documents, figures (kinds, normalised values) and organisations
  jsonld   a W3C Web Annotation AnnotationCollection (positions in code points)
  qdpx     a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder (needs --out)
Without --out the export is written to standard output.

Options:
  -f, --format FORMAT   csv, json, jsonld or qdpx
  -o, --out FILE        the file to write
  --base IRI            jsonld: prefix of each document's IRI (default urn:policy-annotator:document:)
  --name NAME           the project or collection name (default: the current folder's name)
  -h, --help            show this help
`;

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('export', USAGE, args, io, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    base: { type: 'string' },
    name: { type: 'string' },
  } as const);
  if (typeof parsed === 'number') return parsed;
  const { format, out, base, name } = parsed.values;
  if (format === undefined) return usageError('export', USAGE, 'say which format with --format', io);
  if (!isExportFormat(format)) return usageError('export', USAGE, `unknown format '${format}' (one of ${EXPORT_FORMATS.join(', ')})`, io);
  if (format === 'qdpx' && out === undefined) return usageError('export', USAGE, 'a qdpx project is a zip file: name it with --out FILE', io);
  const roots = (parsed.positionals.length > 0 ? parsed.positionals : ['.']).map((given) => path.resolve(io.cwd, given));
  const missing = (await Promise.all(roots.map((root) => fs.access(root).then(() => undefined, () => root)))).filter((root) => root !== undefined);
  if (missing.length > 0) {
    io.stderr.write(missing.map((root) => `policy-annotator export: no such file or folder: ${path.relative(io.cwd, root) || root}\n`).join(''));
    return EXIT_USAGE;
  }
  const reading = terminalProgress(io.stderr, 'reading annotations:');
  const corpus = await readCorpus(roots, io.cwd, reading.report);
  reading.clear();
  const placing = terminalProgress(io.stderr, 'placing claims and their figures:');
  // The nearest workspace list's names and exclusions, as scan, check and the editor read them.
  const listProblems: string[] = [];
  const lists = new WorkspaceLists((problem) => listProblems.push(problem));
  const claims = [];
  for (const [index, document] of corpus.documents.entries()) {
    placing.report(index + 1, corpus.documents.length);
    claims.push(...exportedClaimsOf(document, await lists.detectorFor(path.resolve(io.cwd, document.path))));
  }
  placing.clear();
  for (const problem of listProblems) io.stderr.write(`policy-annotator export: ${problem}\n`);
  const rendered = await renderExport(format, corpus.documents, claims, {
    vocabulary: DEFAULT_TAG_VOCABULARY,
    name: name ?? path.basename(io.cwd),
    documentBase: base,
  });
  if (out === undefined) {
    io.stdout.write(rendered.content as string);
  } else {
    await fs.writeFile(path.resolve(io.cwd, out), rendered.content);
  }
  io.stderr.write(unreadableLines(corpus.unreadable));
  for (const each of rendered.skipped) {
    io.stderr.write(`policy-annotator export: ${each.document}: claim ${each.claim.id} is ${each.place.status === 'no-document' ? 'in a sidecar whose document is missing' : each.place.status}, so it has no position and is not in the ${format} project\n`);
  }
  const lost = claims.filter((each) => each.place.status === 'orphaned' || each.place.status === 'needsReview' || each.place.status === 'no-document').length;
  if (out !== undefined) {
    io.stderr.write(`exported ${claims.length - rendered.skipped.length} claim${claims.length - rendered.skipped.length === 1 ? '' : 's'} from ${corpus.documents.length} document${corpus.documents.length === 1 ? '' : 's'} to ${out}${lost > 0 && rendered.skipped.length === 0 ? ` (${lost} not found in their text: exported with their stored quote, no position)` : ''}\n`);
  }
  return corpus.unreadable.length > 0 ? EXIT_FAILURE : EXIT_OK;
}
