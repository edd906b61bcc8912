import { execFile } from 'node:child_process';
import { CliIo, EXIT_FAILURE } from './io';

/** Where and with what environment to run git. */
export interface GitContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export class GitError extends Error {}

/**
 * Runs a command's work; a GitError (no repository, an unknown revision, git failing) is one line
 * naming the command, and exit 1, never a stack trace.
 */
export async function sayingGitErrors(command: string, io: CliIo, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    io.stderr.write(`policy-annotator ${command}: ${error.message}\n`);
    return EXIT_FAILURE;
  }
}

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs git without a shell (arguments are never interpreted) and gives its standard output. */
export function git(args: readonly string[], context: GitContext): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: context.cwd, env: context.env, encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES }, (error, stdout, stderr) => {
      if (error) {
        const detail = stderr.trim() || error.message;
        reject(new GitError(`git ${args.join(' ')}: ${detail}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

/** The top folder of the repository `context.cwd` is in; a GitError when it is in none. */
export async function repositoryRoot(context: GitContext): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], context)).trim();
  } catch {
    throw new GitError(`${context.cwd} is not inside a git repository`);
  }
}

/** NUL-separated git output (`-z`) as a list. */
export function nulSeparated(output: string): string[] {
  return output.split('\0').filter((item) => item.length > 0);
}
