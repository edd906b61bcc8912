import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Document } from 'yaml';
import { mergedSidecarText } from '../core/review/mergedSidecarText';
import { ClaimConflict, mergeSidecars } from '../core/review/mergeSidecars';
import { parseSidecar } from '../core/sidecar/parse';
import { Sidecar } from '../core/sidecar/types';
import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';

const USAGE = `Usage: policy-annotator merge <base> <ours> <theirs>

The git merge driver for *.annotations.yaml (git runs it as "policy-annotator merge %O %A %B";
set it up with "policy-annotator setup-merge-driver"). Merges claim by claim and writes the result
into <ours>. Exits 0 on a clean merge; 1 when a claim was changed differently on both sides (both
versions are written between <<<<<<< ours / ======= / >>>>>>> theirs: keep one, delete the rest)
or when a file cannot be read as annotations (then <ours> is left as it was).
`;

interface ReadSidecar {
  readonly sidecar: Sidecar;
  readonly document: Document;
}

class UnreadableInput extends Error {}

export async function runMerge(args: string[], io: CliIo): Promise<number> {
  const command = parseCommandArgs('merge', USAGE, args, io, {});
  if (typeof command === 'number') return command;
  const files = command.positionals.map((given) => path.resolve(io.cwd, given));
  if (files.length !== 3) return usageError('merge', USAGE, `expected <base> <ours> <theirs>, got ${files.length} file(s)`, io);
  const [baseFile, oursFile, theirsFile] = files;
  let base: ReadSidecar | undefined;
  let ours: ReadSidecar;
  let theirs: ReadSidecar;
  try {
    // An empty base is a file both sides added: it holds no claims.
    const baseText = await readText(baseFile, 'base');
    base = baseText.trim() === '' ? undefined : parsed(baseText, baseFile, 'base');
    ours = parsed(await readText(oursFile, 'ours'), oursFile, 'ours');
    theirs = parsed(await readText(theirsFile, 'theirs'), theirsFile, 'theirs');
  } catch (error) {
    if (error instanceof UnreadableInput) {
      io.stderr.write(`policy-annotator merge: ${error.message}\nThe annotations were not merged; ${oursFile} is as it was.\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
  const merge = mergeSidecars(base?.sidecar, ours.sidecar, theirs.sidecar);
  await writeAtomically(oursFile, mergedSidecarText(merge, ours.document, theirs.document));
  if (merge.conflicts.length > 0) {
    io.stderr.write(conflictReport(merge.conflicts));
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

async function readText(file: string, role: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UnreadableInput(`cannot read ${role} (${file}): ${(error as Error).message}`);
  }
}

function parsed(text: string, file: string, role: string): ReadSidecar {
  const result = parseSidecar(text);
  if (!result.ok) {
    const problems = result.problems.map((problem) => `  ${file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n');
    throw new UnreadableInput(`${role} is not readable as annotations:\n${problems}`);
  }
  return { sidecar: result.sidecar, document: result.document };
}

// Written beside the target and renamed over it, so git never sees a half-written file.
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text, 'utf8');
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

function conflictReport(conflicts: readonly ClaimConflict[]): string {
  const lines = conflicts.map((conflict) => {
    const claim = conflict.ours ?? conflict.theirs ?? conflict.base;
    const how = conflict.ours === undefined ? 'deleted in ours, changed in theirs'
      : conflict.theirs === undefined ? 'changed in ours, deleted in theirs' : 'changed differently on both sides';
    return `  ${conflict.id} ${JSON.stringify(claim?.anchor.quote ?? '')}: ${how}`;
  });
  return `policy-annotator merge: ${conflicts.length} conflicting claim${conflicts.length === 1 ? '' : 's'} (both versions are in the file between <<<<<<< ours and >>>>>>> theirs; keep one block, delete the rest):\n${lines.join('\n')}\n`;
}
