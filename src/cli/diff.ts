import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ClaimChange, diffSidecars } from '../core/review/diffSidecars';
import { formatSidecarDiffs, SidecarDiff } from '../core/review/formatSidecarDiff';
import { parseSidecar } from '../core/sidecar/parse';
import { documentPathFor, isSidecarPath } from '../core/sidecar/paths';
import { Sidecar, SidecarProblem } from '../core/sidecar/types';
import { git, GitContext, GitError, nulSeparated, repositoryRoot, sayingGitErrors } from './git';
import { CliIo, EXIT_FAILURE, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';

const USAGE = `Usage: policy-annotator diff [<rev> [<rev>]] [--json]

Shows how the annotations changed, claim by claim: added, removed, retagged, renoted,
resourced (source changed) and reanchored (quote or position changed), grouped by sidecar
in document order, each with its quote.
  no revision    HEAD against the working tree (untracked sidecars included)
  one revision   that revision against the working tree
  two revisions  the first against the second

Options:
  --json       print the changes as JSON
  -h, --help   show this help
`;

/** A sidecar whose text at one side of the comparison could not be read as annotations. */
interface UnreadableSidecar {
  readonly path: string;
  /** The revision, or undefined for the working tree. */
  readonly revision: string | undefined;
  readonly problems: readonly SidecarProblem[];
}

interface ChangedPath {
  readonly path: string;
  readonly existedBefore: boolean;
  readonly existsAfter: boolean;
}

export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('diff', USAGE, args, io, { json: { type: 'boolean', default: false } } as const);
  if (typeof parsed === 'number') return parsed;
  const options = { json: parsed.values.json, revisions: parsed.positionals };
  if (options.revisions.length > 2) return usageError('diff', USAGE, `at most two revisions, got ${options.revisions.length}`, io);
  const [from = 'HEAD', to] = options.revisions;
  return sayingGitErrors('diff', io, async () => {
    const root = await repositoryRoot({ cwd: io.cwd, env: io.env });
    const context = { cwd: root, env: io.env };
    await Promise.all([from, to].flatMap((revision) => (revision === undefined ? [] : [verifyRevision(revision, context)])));
    const { diffs, unreadable } = await compare(from, to, context);
    io.stdout.write(options.json ? `${JSON.stringify(jsonReport(from, to, diffs, unreadable), null, 2)}\n` : textReport(from, to, diffs, unreadable.length > 0));
    for (const { path: file, revision, problems } of unreadable) {
      const where = revision === undefined ? file : `${file} (at ${revision})`;
      io.stderr.write(problems.map((problem) => `${where}:${problem.line}:${problem.column}: ${problem.message}\n`).join(''));
    }
    return unreadable.length > 0 ? EXIT_FAILURE : EXIT_OK;
  });
}

async function verifyRevision(revision: string, context: GitContext): Promise<void> {
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], context);
  } catch {
    throw new GitError(`unknown revision '${revision}'`);
  }
}

async function compare(from: string, to: string | undefined, context: GitContext): Promise<{ diffs: SidecarDiff[]; unreadable: UnreadableSidecar[] }> {
  const diffs: SidecarDiff[] = [];
  const unreadable: UnreadableSidecar[] = [];
  const read = async (file: string, exists: boolean, revision: string | undefined): Promise<Sidecar | undefined> => {
    if (!exists) {
      return undefined;
    }
    const text = revision === undefined ? await fs.readFile(path.join(context.cwd, file), 'utf8') : await git(['show', `${revision}:${file}`], context);
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      unreadable.push({ path: file, revision, problems: parsed.problems });
      return undefined;
    }
    return parsed.sidecar;
  };
  for (const changed of await changedSidecars(from, to, context)) {
    const before = await read(changed.path, changed.existedBefore, from);
    const after = await read(changed.path, changed.existsAfter, to);
    if (!unreadable.some((each) => each.path === changed.path)) {
      diffs.push({ path: changed.path, changes: diffSidecars(before, after) });
    }
  }
  return { diffs: diffs.filter((diff) => diff.changes.length > 0), unreadable };
}

/** The sidecars that differ between `from` and `to` (the working tree when undefined), paths from the repository's root. */
async function changedSidecars(from: string, to: string | undefined, context: GitContext): Promise<ChangedPath[]> {
  const fields = nulSeparated(await git(['diff', '--name-status', '-z', '--no-renames', from, ...(to === undefined ? [] : [to]), '--'], context));
  const changed: ChangedPath[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [status, file] = [fields[index], fields[index + 1]];
    changed.push({ path: file, existedBefore: status !== 'A', existsAfter: status !== 'D' });
  }
  if (to === undefined) {
    const untracked = nulSeparated(await git(['ls-files', '--others', '--exclude-standard', '-z'], context));
    changed.push(...untracked.map((file) => ({ path: file, existedBefore: false, existsAfter: true })));
  }
  return changed.filter((each) => isSidecarPath(each.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// "No changes" would be untrue when some sidecar could not be compared (its problems go to stderr).
function textReport(from: string, to: string | undefined, diffs: readonly SidecarDiff[], someUnreadable: boolean): string {
  return diffs.length === 0 && !someUnreadable ? `No annotation changes between ${from} and ${to ?? 'the working tree'}.\n` : formatSidecarDiffs(diffs);
}

/** The --json shape: stable keys, `to: null` for the working tree, claims as in the sidecar model. */
function jsonReport(from: string, to: string | undefined, diffs: readonly SidecarDiff[], unreadable: readonly UnreadableSidecar[]): object {
  return {
    from,
    to: to ?? null,
    sidecars: diffs.map((diff) => ({ path: diff.path, document: documentPathFor(diff.path), changes: diff.changes.map(jsonChange) })),
    unreadable: unreadable.map((each) => ({ path: each.path, revision: each.revision ?? null, problems: each.problems })),
  };
}

function jsonChange(change: ClaimChange): object {
  return {
    id: change.id,
    kinds: change.kinds,
    quote: change.quote,
    tagsAdded: change.tagsAdded,
    tagsRemoved: change.tagsRemoved,
    before: change.before ?? null,
    after: change.after ?? null,
  };
}
