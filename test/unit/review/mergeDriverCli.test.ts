import * as assert from 'node:assert/strict';
import { findOnPath, mergeDriverCli, shellQuote } from '../../../src/core/review/mergeDriverCli';

describe('mergeDriverCli', () => {
  const bundledCli = '/home/ann/.vscode/extensions/policy-annotator-0.1.0/dist/cli.js';

  it('uses policy-annotator when it is on PATH', () => {
    const cli = mergeDriverCli({ findOnPath: (program) => `/usr/bin/${program}`, bundledCli, hostExecutable: '/usr/bin/node' });
    assert.deepEqual(cli, { kind: 'onPath', command: 'policy-annotator' });
  });

  it('otherwise runs the bundled copy with node, both by absolute path', () => {
    const cli = mergeDriverCli({ findOnPath: (program) => (program === 'node' ? '/usr/local/bin/node' : undefined), bundledCli, hostExecutable: '/opt/code/code' });
    assert.deepEqual(cli, { kind: 'bundled', node: '/usr/local/bin/node', command: `/usr/local/bin/node ${bundledCli}` });
  });

  it('without node on PATH, runs the editor executable as Node', () => {
    assert.equal(mergeDriverCli({ findOnPath: () => undefined, bundledCli, hostExecutable: '/opt/VS Code/code' }).command, `ELECTRON_RUN_AS_NODE=1 '/opt/VS Code/code' ${bundledCli}`);
    assert.equal(mergeDriverCli({ findOnPath: () => undefined, bundledCli, hostExecutable: '/opt/node24/bin/node' }).command, `/opt/node24/bin/node ${bundledCli}`);
  });

  it('finds a program in the first PATH folder that holds it', () => {
    const executables = new Set(['/b/node', '/c/node']);
    assert.equal(findOnPath('node', '/a::/b/:/c', ':', (file) => executables.has(file)), '/b/node');
    assert.equal(findOnPath('git', '/a:/b', ':', (file) => executables.has(file)), undefined);
  });

  it('quotes for sh only what needs it', () => {
    assert.equal(shellQuote('/usr/bin/node'), '/usr/bin/node');
    assert.equal(shellQuote("/Users/o'neil/My Code/cli.js"), `'/Users/o'\\''neil/My Code/cli.js'`);
  });
});
