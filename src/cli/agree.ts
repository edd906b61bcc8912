import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compareAnnotations } from '../core/agreement/agreement';
import { formatAgreement } from '../core/agreement/formatAgreement';
import { parseCommandArgs, usageError } from './commandArgs';
import { Corpus, readCorpus, unreadableLines } from './corpus/readCorpus';
import { readRevisionCorpus } from './corpus/revisionCorpus';
import { GitError, repositoryRoot, sayingGitErrors } from './git';
import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';

const USAGE = `Usage: policy-annotator agree <A> <B> [--json]

How far two people who tagged the same documents agree. A and B are each a folder or a git
revision (a branch, tag or commit). Claims match when their spans overlap by at least half the
longer one. Prints the matched, only-A and only-B counts, Cohen's kappa per tag over the matched
claims, and every disagreement with its quote.

Options:
  --json       print {"matched","onlyA","onlyB","tags":{tag:{kappa,agreeYes,agreeNo,onlyA,onlyB}},"disagreements"}
  -h, --help   show this help
`;

export async function runAgree(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('agree', USAGE, args, io, { json: { type: 'boolean', default: false } } as const);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length !== 2) return usageError('agree', USAGE, `name two folders or revisions, got ${parsed.positionals.length}`, io);
  const [nameA, nameB] = parsed.positionals;
  return sayingGitErrors('agree', io, async () => {
    const [a, b] = await Promise.all([readSide(nameA, io), readSide(nameB, io)]);
    const report = compareAnnotations(a.documents, b.documents);
    io.stdout.write(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAgreement(report, nameA, nameB));
    io.stderr.write(unreadableLines([...a.unreadable, ...b.unreadable]));
    return a.unreadable.length + b.unreadable.length > 0 ? EXIT_FAILURE : EXIT_OK;
  });
}

/** A folder's annotations (paths from that folder), or a revision's (paths from the repository's root). */
async function readSide(given: string, io: CliIo): Promise<Corpus> {
  const folder = path.resolve(io.cwd, given);
  const isFolder = await fs.stat(folder).then((stat) => stat.isDirectory(), () => false);
  if (isFolder) return readCorpus([folder], folder);
  let root: string;
  try {
    root = await repositoryRoot({ cwd: io.cwd, env: io.env });
  } catch {
    throw new GitError(`'${given}' is not a folder, and ${io.cwd} is not in a git repository to look for it as a revision`);
  }
  return readRevisionCorpus(given, { cwd: root, env: io.env });
}
