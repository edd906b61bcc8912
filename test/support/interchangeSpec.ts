import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * The shared interchange spec (schemas and the W3C validator): `<repo>/../shared/spec/interchange`
 * where CI puts it, or the nearest folder above the repository holding `shared/spec/interchange`
 * (a git worktree sits deeper than its clone). Throws a message saying where it looked.
 */
export function interchangeSpecFolder(): string {
  const tried: string[] = [];
  for (let folder = path.dirname(REPO_ROOT); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'shared', 'spec', 'interchange');
    tried.push(candidate);
    if (fs.existsSync(path.join(candidate, 'refi-qda', 'Project-mrt2019.xsd'))) return candidate;
    if (path.dirname(folder) === folder) break;
  }
  throw new Error(`the shared interchange spec is missing: looked for ${tried.join(', ')}. CI places a copy of shared/ beside the clone.`);
}

/** What a validator said: its exit code and output. */
export interface Validation {
  readonly code: number;
  readonly output: string;
}

/** xmllint (Debian's libxml2-utils) on an XML text against an XSD of the spec; no network. */
export function xmllintAgainst(xsd: string, xml: string): Validation {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('xmllint is not installed: install Debian\'s libxml2-utils (.ci/run does)');
  }
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', path.join(interchangeSpecFolder(), xsd), '-'], { input: xml, encoding: 'utf8' });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

/** The spec's W3C validator (every MUST assertion of the test suite) on a JSON file, with this repo's Ajv. */
export function validateWebAnnotation(file: string): Validation {
  const script = path.join(interchangeSpecFolder(), 'validate', 'validate-annotation.cjs');
  const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') } });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}
