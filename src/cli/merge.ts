import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Document } from 'yaml';
import { mergedSidecarText, OURS_MARKER, SEPARATOR_MARKER, THEIRS_MARKER } from '../core/review/mergedSidecarText';
import { ClaimConflict, mergeSidecars } from '../core/review/mergeSidecars';
import { parseSidecar } from '../core/sidecar/parse';
import { Sidecar } from '../core/sidecar/types';
import { decodeText, whyNotText } from '../core/decodeText';
import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';

const USAGE = `Usage: policy-annotator merge <base> <ours> <theirs> [<path>]

The git merge driver for *.annotations.yaml (git runs it as "policy-annotator merge %O %A %B %P";
set it up with "policy-annotator setup-merge-driver"). Merges claim by claim and writes the result
into <ours>; <path> is the sidecar's name in the repository, for messages. Exits 0 on a clean
merge; 1 when a claim was changed differently on both sides (both versions are written between
<<<<<<< ours / ======= / >>>>>>> theirs: keep one, delete the rest), or when a side cannot be read
as annotations (then the whole of both sides is written between those markers, so nothing is lost
and "policy-annotator check" fails until a person resolves it). Line endings of ours are kept.
`;

type Role = 'base' | 'ours' | 'theirs';

/** A side as read; `bytes`: the file as it is, which is what an unreadable merge keeps (its text may not be UTF-8). */
type Input =
  | { readonly kind: 'read'; readonly bytes: Buffer; readonly sidecar: Sidecar | undefined; readonly document: Document | undefined }
  | { readonly kind: 'unreadable'; readonly bytes: Buffer; readonly problems: readonly string[] };

export async function runMerge(args: string[], io: CliIo): Promise<number> {
  const command = parseCommandArgs('merge', USAGE, args, io, {});
  if (typeof command === 'number') return command;
  const positionals = command.positionals;
  if (positionals.length !== 3 && positionals.length !== 4) {
    return usageError('merge', USAGE, `expected <base> <ours> <theirs> [<path>], got ${positionals.length} argument(s)`, io);
  }
  const [baseFile, oursFile, theirsFile] = positionals.slice(0, 3).map((given) => path.resolve(io.cwd, given));
  const name = positionals[3] ?? path.basename(oursFile);
  const base = await readInput(baseFile, 'base');
  const ours = await readInput(oursFile, 'ours');
  const theirs = await readInput(theirsFile, 'theirs');
  const lineEnding = ours.bytes.includes('\r\n') || (ours.kind === 'unreadable' && theirs.bytes.includes('\r\n')) ? '\r\n' : '\n';
  if (base.kind === 'unreadable' || ours.kind === 'unreadable' || theirs.kind === 'unreadable') {
    await writeAtomically(oursFile, bothSides(ours.bytes, theirs.bytes, lineEnding));
    const problems = ([['base', base], ['ours', ours], ['theirs', theirs]] as const)
      .flatMap(([role, input]) => (input.kind === 'unreadable' ? input.problems.map((problem) => `  ${name} (${role}): ${problem}`) : []));
    io.stderr.write(`policy-annotator merge: ${name} cannot be merged claim by claim:\n${problems.join('\n')}\n`
      + `Both sides are kept whole in ${name} between ${OURS_MARKER} and ${THEIRS_MARKER}; keep what belongs, delete the rest and the markers, then run "policy-annotator check".\n`);
    return EXIT_FAILURE;
  }
  if (ours.sidecar === undefined || theirs.sidecar === undefined) {
    // Only the base may be empty (both sides added the file); readInput reports an empty side as unreadable.
    throw new Error('an empty side was not reported as unreadable');
  }
  const merge = mergeSidecars(base.sidecar, ours.sidecar, theirs.sidecar);
  await writeAtomically(oursFile, withLineEnding(mergedSidecarText(merge, ours.document, theirs.document), lineEnding));
  if (merge.conflicts.length > 0) {
    io.stderr.write(conflictReport(name, merge.conflicts));
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

async function readInput(file: string, role: Role): Promise<Input> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { kind: 'unreadable', bytes: Buffer.alloc(0), problems: [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  const decoded = decodeText(bytes);
  if (decoded.kind !== 'text') return { kind: 'unreadable', bytes, problems: [`line ${decoded.line}: ${whyNotText(decoded.kind)}`] };
  const { text } = decoded;
  if (text.trim() === '') {
    // An empty base is a file both sides added: it holds no claims. An empty side has lost its claims, or never had the file's shape.
    return role === 'base' ? { kind: 'read', bytes, sidecar: undefined, document: undefined } : { kind: 'unreadable', bytes, problems: ['is empty'] };
  }
  const result = parseSidecar(text);
  if (!result.ok) {
    return { kind: 'unreadable', bytes, problems: result.problems.map((problem) => `line ${problem.line}, column ${problem.column}: ${problem.message}`) };
  }
  return { kind: 'read', bytes, sidecar: result.sidecar, document: result.document };
}

/**
 * Both sides whole between git's markers, byte for byte (a side that is not UTF-8 keeps its bytes):
 * what a person needs to resolve it, and what check refuses until then.
 */
function bothSides(ours: Buffer, theirs: Buffer, lineEnding: string): Buffer {
  const line = (text: string): Buffer => Buffer.from(`${text}${lineEnding}`);
  const block = (bytes: Buffer): Buffer[] => (bytes.length === 0 || bytes[bytes.length - 1] === LINE_FEED ? [bytes] : [bytes, Buffer.from(lineEnding)]);
  return Buffer.concat([line(OURS_MARKER), ...block(ours), line(SEPARATOR_MARKER), ...block(theirs), line(THEIRS_MARKER)]);
}

const LINE_FEED = 0x0a;

function withLineEnding(text: string, lineEnding: string): string {
  return lineEnding === '\n' ? text : text.replace(/\r?\n/g, lineEnding);
}

// Written beside the target and renamed over it, so git never sees a half-written file.
async function writeAtomically(file: string, content: string | Buffer): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

function conflictReport(name: string, conflicts: readonly ClaimConflict[]): string {
  const lines = conflicts.map((conflict) => {
    const claim = conflict.ours ?? conflict.theirs ?? conflict.base;
    const how = conflict.ours === undefined ? 'deleted in ours, changed in theirs'
      : conflict.theirs === undefined ? 'changed in ours, deleted in theirs' : 'changed differently on both sides';
    return `  ${conflict.id} ${JSON.stringify(claim?.anchor.quote ?? '')}: ${how}`;
  });
  return `policy-annotator merge: ${name}: ${conflicts.length} conflicting claim${conflicts.length === 1 ? '' : 's'} (both versions are in the file between <<<<<<< ours and >>>>>>> theirs; keep one block, delete the rest):\n${lines.join('\n')}\n`;
}
