import * as fs from 'node:fs';
import * as path from 'node:path';
import { findOnPath } from '../../src/core/review/mergeDriverCli';
import { chromiumPath } from './workbench';

/** What the offline VS Code needs from the system, each with the Debian package that provides it. */
interface Requirement {
  readonly debianPackage: string;
  readonly why: string;
  /** Needed only while code-server is being installed (its native modules are compiled then). */
  readonly forInstallOnly: boolean;
  readonly present: (probe: SystemProbe) => boolean;
}

export interface SystemProbe {
  fileExists(file: string): boolean;
  /** A program of that name is on PATH. */
  onPath(program: string): boolean;
  readonly chromiumPath: string;
}

const requirements: readonly Requirement[] = [
  { debianPackage: 'chromium', why: 'drives the offline VS Code', forInstallOnly: false, present: (probe) => probe.fileExists(probe.chromiumPath) },
  { debianPackage: 'libkrb5-dev', why: "code-server's kerberos module includes gssapi/gssapi.h", forInstallOnly: true, present: (probe) => probe.fileExists('/usr/include/gssapi/gssapi.h') },
  { debianPackage: 'build-essential', why: "compiles code-server's native modules", forInstallOnly: true, present: (probe) => probe.onPath('g++') && probe.onPath('make') },
  { debianPackage: 'python3', why: 'node-gyp runs it', forInstallOnly: true, present: (probe) => probe.onPath('python3') },
  { debianPackage: 'pkg-config', why: 'native modules find their libraries with it', forInstallOnly: true, present: (probe) => probe.onPath('pkg-config') },
];

/**
 * One line naming every missing system package and the command that installs them (the same
 * list `.ci/run` installs), or undefined when nothing is missing. `installing`: code-server is
 * about to be installed, so its build tools are needed too.
 */
export function missingSystemPackages(probe: SystemProbe, installing: boolean): string | undefined {
  const missing = requirements.filter((requirement) => (installing || !requirement.forInstallOnly) && !requirement.present(probe));
  if (missing.length === 0) return undefined;
  const names = missing.map((requirement) => requirement.debianPackage);
  const reasons = missing.map((requirement) => `${requirement.debianPackage}: ${requirement.why}`).join('; ');
  return `Missing system package${names.length > 1 ? 's' : ''} ${names.join(', ')} (${reasons}). Install with: sudo apt-get install -y ${names.join(' ')} (or run bash .ci/run, which does).`;
}

export const machineProbe: SystemProbe = {
  fileExists: (file) => fs.existsSync(file),
  onPath: (program) => findOnPath(program, process.env.PATH ?? '', path.delimiter, isExecutable) !== undefined,
  chromiumPath,
};

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
