import * as assert from 'node:assert/strict';
import { missingSystemPackages, SystemProbe } from '../../../test/runner/systemPackages';

/** A machine with these files and programs. */
function machine(files: string[], programs: string[]): SystemProbe {
  return { fileExists: (file) => files.includes(file), onPath: (program) => programs.includes(program), chromiumPath: '/usr/bin/chromium' };
}

const complete = machine(['/usr/bin/chromium', '/usr/include/gssapi/gssapi.h'], ['g++', 'make', 'python3', 'pkg-config']);

describe('missingSystemPackages', () => {
  it('says nothing on a machine that has everything', () => {
    assert.equal(missingSystemPackages(complete, true), undefined);
  });

  it('names the package of a missing gssapi.h and the command that installs it, in one line, before code-server is installed', () => {
    const message = missingSystemPackages(machine(['/usr/bin/chromium'], ['g++', 'make', 'python3', 'pkg-config']), true);
    assert.ok(message);
    assert.doesNotMatch(message, /\n/);
    assert.match(message, /^Missing system package libkrb5-dev \(.*gssapi\/gssapi\.h\)\. Install with: sudo apt-get install -y libkrb5-dev /);
  });

  it('names every missing package at once, chromium included', () => {
    const message = missingSystemPackages(machine([], []), true) ?? '';
    assert.match(message, /sudo apt-get install -y chromium libkrb5-dev build-essential python3 pkg-config /);
  });

  it('needs only Chromium once code-server is installed', () => {
    assert.equal(missingSystemPackages(machine(['/usr/bin/chromium'], []), false), undefined);
    assert.match(missingSystemPackages(machine([], ['g++']), false) ?? '', /install -y chromium /);
  });
});
