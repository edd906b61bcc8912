import type { CliIo } from '../../../src/cli/io';

/** A command's IO in memory: what it wrote to stdout and stderr, read back with out() and err(). */
export function fakeIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}
