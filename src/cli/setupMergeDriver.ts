import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { MERGE_ATTRIBUTE_LINE, MERGE_DRIVER_ID, MERGE_DRIVER_NAME, mergeDriverCommand, withMergeAttribute } from '../core/review/mergeDriverSetup';
import { git, repositoryRoot, sayingGitErrors } from './git';
import { CliIo, EXIT_OK } from './io';
import { parseCommandArgs, usageError } from './commandArgs';

const USAGE = `Usage: policy-annotator setup-merge-driver [repo] [--command <cli>]

Configures git in the repository (default: the one the current folder is in) to merge
*.annotations.yaml claim by claim: sets merge.${MERGE_DRIVER_ID}.name and .driver in its
.git/config (which git does not share, so each clone runs this once) and adds
"${MERGE_ATTRIBUTE_LINE}" to its .gitattributes (commit that file).
Running it again changes nothing.

Options:
  --command <cli>   how git should start Policy Annotator (default: policy-annotator),
                    e.g. "node /path/to/dist/cli.js"
  -h, --help        show this help
`;

export async function runSetupMergeDriver(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('setup-merge-driver', USAGE, args, io, { command: { type: 'string', default: 'policy-annotator' } } as const);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 1) return usageError('setup-merge-driver', USAGE, `at most one repository, got ${parsed.positionals.length}`, io);
  const options = { command: parsed.values.command, repo: parsed.positionals[0] };
  return sayingGitErrors('setup-merge-driver', io, async () => {
    const root = await repositoryRoot({ cwd: path.resolve(io.cwd, options.repo ?? '.'), env: io.env });
    const context = { cwd: root, env: io.env };
    const driver = mergeDriverCommand(options.command);
    await git(['config', '--local', `merge.${MERGE_DRIVER_ID}.name`, MERGE_DRIVER_NAME], context);
    await git(['config', '--local', `merge.${MERGE_DRIVER_ID}.driver`, driver], context);
    io.stdout.write(`git config merge.${MERGE_DRIVER_ID}.driver is "${driver}" in ${root}\n`);
    const attributesFile = path.join(root, '.gitattributes');
    const attributes = await fs.readFile(attributesFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        return '';
      }
      throw error;
    });
    const updated = withMergeAttribute(attributes);
    if (updated === undefined) {
      io.stdout.write(`${attributesFile} already routes sidecars to the driver\n`);
    } else {
      await fs.writeFile(attributesFile, updated, 'utf8');
      io.stdout.write(`added "${MERGE_ATTRIBUTE_LINE}" to ${attributesFile} (commit it so every clone uses the driver)\n`);
    }
    return EXIT_OK;
  });
}
