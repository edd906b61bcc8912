import { CliIo, EXIT_USAGE } from './io';

const USAGE = `Usage: policy-annotator <command> [options]

Commands:
  scan [--json] <files or folders>     list the figures, organisations and programmes found
  claims [--json] <files or folders>   list the claim candidates, with score and source
  check [paths]                        check that every sidecar parses and still anchors
  diff [<rev> [<rev>]] [--json]        semantic diff of annotations between git revisions
  merge <base> <ours> <theirs>         git merge driver for *.annotations.yaml
  export --format F [--out FILE]       claims as csv, json, jsonld (W3C) or qdpx (REFI-QDA)
  agree <A> <B> [--json]               how far two people's tags agree (folders or revisions)
  setup-merge-driver [repo]            configure the merge driver in a repository
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan.js')).runScan,
  claims: async () => (await import('./claims.js')).runClaims,
  check: async () => (await import('./check.js')).runCheck,
  diff: async () => (await import('./diff.js')).runDiff,
  merge: async () => (await import('./merge.js')).runMerge,
  export: async () => (await import('./export.js')).runExport,
  agree: async () => (await import('./agree.js')).runAgree,
  'setup-merge-driver': async () => (await import('./setupMergeDriver.js')).runSetupMergeDriver,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`policy-annotator: unknown command '${name}'\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  return (await load())(args, io);
}
