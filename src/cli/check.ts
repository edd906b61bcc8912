import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkSidecar } from './check/checkSidecar';
import { findingLine, githubAnnotation, SidecarReport } from './check/findings';
import { findSidecars } from './check/findSidecars';
import { mapWithConcurrency } from './check/mapWithConcurrency';
import { CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './io';
import { parseCommandArgs } from './commandArgs';
import type { DetectEntities } from '../core/anchoring/figuresAndNames';
import { documentPathFor } from '../core/sidecar/paths';
import { messageOf } from '../core/util/messageOf';
import { WorkspaceLists } from './workspaceList';

const USAGE = `Usage: policy-annotator check [--strict] [--verbose] [paths...]

Checks every *.annotations.yaml under the paths (default: the current folder): it parses, matches
the schema, names the document beside it, has unique claim ids, and every claim is still found
with the figures and names it states. A claim found only at text with other figures or names, or
at several places alike, is an error; one found after an edit with the same figures, a warning.
Exits 0 when all hold (warnings allowed), 1 otherwise, 2 on a usage error.

Options:
  -s, --strict    treat warnings as errors (exit 1 on a stale quote too)
  -v, --verbose   also list the claims that anchor exactly
  -h, --help      show this help
`;

// Enough files in flight to hide disk latency, few enough to stay far from the open-file limit.
const FILES_IN_FLIGHT = 32;

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('check', USAGE, args, io, {
    verbose: { type: 'boolean', short: 'v', default: false },
    strict: { type: 'boolean', short: 's', default: false },
  } as const);
  if (typeof parsed === 'number') return parsed;
  const options = { verbose: parsed.values.verbose, paths: parsed.positionals };
  const roots = (options.paths.length > 0 ? options.paths : ['.']).map((given) => path.resolve(io.cwd, given));
  const missing = await pathsThatDoNotExist(roots);
  if (missing.length > 0) {
    io.stderr.write(missing.map((root) => `policy-annotator check: no such file or folder: ${path.relative(io.cwd, root) || root}\n`).join(''));
    return EXIT_USAGE;
  }
  const sidecars = await findSidecars(roots);
  const listProblems: string[] = [];
  const lists = new WorkspaceLists((problem) => listProblems.push(problem));
  const checked = await mapWithConcurrency(sidecars, FILES_IN_FLIGHT, async (sidecar) => checkOne(sidecar, displayPath(io.cwd, sidecar), await detectorFor(lists, sidecar)));
  for (const problem of listProblems) io.stderr.write(`policy-annotator check: ${problem}\n`);
  const reports = parsed.values.strict ? checked.map(warningsAsErrors) : checked;
  write(reports, io, options.verbose);
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? EXIT_FAILURE : EXIT_OK;
}

/** One sidecar's report; whatever goes wrong with it is its error, and the run goes on to the others. */
async function checkOne(sidecar: string, shownAs: string, detect: DetectEntities | undefined): Promise<SidecarReport> {
  try {
    return await checkSidecar(sidecar, shownAs, detect);
  } catch (error) {
    return { path: shownAs, claims: 0, findings: [{ severity: 'error', line: 1, column: 1, message: `cannot be checked: ${messageOf(error)}` }] };
  }
}

/**
 * The detector with the document's workspace list (the nearest `.policy-annotator/organisations.json`,
 * as `scan` and the editor read it), so check and the editor agree on names.
 */
function detectorFor(lists: WorkspaceLists, sidecar: string): Promise<DetectEntities> {
  return lists.detectorFor(documentPathFor(sidecar) ?? sidecar);
}

function warningsAsErrors(report: SidecarReport): SidecarReport {
  return { ...report, findings: report.findings.map((finding) => (finding.severity === 'warning' ? { ...finding, severity: 'error' } : finding)) };
}

function write(reports: readonly SidecarReport[], io: CliIo, verbose: boolean): void {
  const onGitHub = io.env.GITHUB_ACTIONS === 'true';
  const count = { errors: 0, warnings: 0, claims: 0 };
  for (const report of reports) {
    count.claims += report.claims;
    for (const finding of report.findings) {
      count.errors += finding.severity === 'error' ? 1 : 0;
      count.warnings += finding.severity === 'warning' ? 1 : 0;
      if (finding.severity !== 'info' || verbose) {
        io.stdout.write(`${findingLine(report, finding)}\n`);
      }
      const annotation = onGitHub ? githubAnnotation(report, finding) : undefined;
      if (annotation) {
        io.stdout.write(`${annotation}\n`);
      }
    }
  }
  io.stdout.write(`checked ${plural(reports.length, 'sidecar')}, ${plural(count.claims, 'claim')}: ${plural(count.errors, 'error')}, ${plural(count.warnings, 'warning')}\n`);
}

async function pathsThatDoNotExist(paths: readonly string[]): Promise<string[]> {
  const exists = await Promise.all(paths.map((each) => fs.access(each).then(() => true, () => false)));
  return paths.filter((_, index) => !exists[index]);
}

function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
