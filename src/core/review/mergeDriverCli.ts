/**
 * How git should start Policy Annotator for the merge driver. Git runs the driver through a shell
 * with its own PATH, so a command that only works in the editor's environment is no use: the
 * `policy-annotator` on PATH when there is one, else Node (by its absolute path) running the
 * extension's own copy of the command line (by its absolute path).
 */
export interface CliLookup {
  /** The absolute path of a program found on PATH, or undefined. */
  readonly findOnPath: (program: string) => string | undefined;
  /** The command line bundled with the extension (dist/cli.js). */
  readonly bundledCli: string;
  /** The program running the extension host, when PATH has no `node`: Node itself, or an Electron that runs as Node. */
  readonly hostExecutable: string;
}

export type MergeDriverCli =
  | { readonly kind: 'onPath'; readonly command: string }
  | { readonly kind: 'bundled'; readonly command: string; readonly node: string };

export function mergeDriverCli(lookup: CliLookup): MergeDriverCli {
  if (lookup.findOnPath('policy-annotator') !== undefined) {
    return { kind: 'onPath', command: 'policy-annotator' };
  }
  const node = lookup.findOnPath('node');
  if (node !== undefined) {
    return { kind: 'bundled', node, command: `${shellQuote(node)} ${shellQuote(lookup.bundledCli)}` };
  }
  // VS Code's own executable runs scripts as Node with ELECTRON_RUN_AS_NODE (git runs the driver with sh).
  const runAsNode = /(^|[\\/])node(\.exe)?$/i.test(lookup.hostExecutable) ? '' : 'ELECTRON_RUN_AS_NODE=1 ';
  return { kind: 'bundled', node: lookup.hostExecutable, command: `${runAsNode}${shellQuote(lookup.hostExecutable)} ${shellQuote(lookup.bundledCli)}` };
}

/** The first `directory/program` in a PATH value that `isExecutable` accepts. */
export function findOnPath(program: string, pathValue: string, delimiter: string, isExecutable: (file: string) => boolean, extensions: readonly string[] = ['']): string | undefined {
  for (const directory of pathValue.split(delimiter)) {
    if (directory === '') continue;
    for (const extension of extensions) {
      const file = `${directory.replace(/[\\/]$/, '')}/${program}${extension}`;
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Single-quoted for sh when it holds anything but plain path characters. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
