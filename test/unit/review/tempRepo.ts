import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { Sidecar, SidecarClaim } from '../../../src/core/sidecar/types';
import { git } from '../../../src/cli/git';
import { CliIo } from '../../../src/cli/io';

/** The CLI as tsc compiled it, so git can start it as the merge driver without a bundle. */
export const COMPILED_CLI = `'${process.execPath}' '${path.resolve(__dirname, '..', '..', '..', 'src', 'cli', 'main.js')}'`;

/** A seed document, to annotate in a throwaway repository. */
export const SEED_TEXT = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'seeds', '000_cea7053ff7734d83.txt'), 'utf8');

/** What a command printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A real git repository in a temporary folder, on branch main, with git's global and system
 * config shut out so the machine's settings cannot change what the tests see.
 */
export class TempRepo {
  private constructor(readonly root: string, readonly env: NodeJS.ProcessEnv) {}

  static async create(): Promise<TempRepo> {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-review-')));
    const root = path.join(folder, 'repo');
    fs.mkdirSync(root);
    const env = {
      PATH: process.env.PATH,
      HOME: folder,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    };
    const repo = new TempRepo(root, env);
    await repo.git('init', '--quiet', '--initial-branch=main');
    return repo;
  }

  git(...args: string[]): Promise<string> {
    return git(args, { cwd: this.root, env: this.env });
  }

  write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    fs.writeFileSync(path.join(this.root, file), text);
  }

  read(file: string): string {
    return fs.readFileSync(path.join(this.root, file), 'utf8');
  }

  async commitAll(message: string): Promise<void> {
    await this.git('add', '--all');
    await this.git('commit', '--quiet', '-m', message);
  }

  async run(command: (args: string[], io: CliIo) => Promise<number>, args: string[], cwd = this.root): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd,
      env: this.env,
    };
    const code = await command(args, io);
    return { code, stdout, stderr };
  }

  dispose(): void {
    fs.rmSync(path.dirname(this.root), { recursive: true, force: true });
  }
}

/** A claim on the first occurrence of `quote` in the seed document. */
export function seedClaim(id: string, quote: string, more: Partial<Pick<SidecarClaim, 'tags' | 'note' | 'source'>> = {}): SidecarClaim {
  const start = SEED_TEXT.indexOf(quote);
  if (start < 0) {
    throw new Error(`"${quote}" is not in the seed document`);
  }
  return { id, anchor: createQuoteAnchor(SEED_TEXT, start, start + quote.length), tags: [], ...more };
}

export function seedSidecarText(...claims: SidecarClaim[]): string {
  const sidecar: Sidecar = { schema: 1, document: 'report.txt', offsets: 'utf-16', claims };
  return serialiseSidecar(sidecar);
}
