import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules of one .gitignore, with the folder its patterns are relative to. */
interface IgnoreFile {
  readonly folder: string;
  readonly rules: Ignore;
}

/**
 * Every file under `folder` (absolute paths, in name order), as git would see the working tree:
 * what a .gitignore on the way down (in `folder` or below it) ignores is left out, and so are
 * dot-files, dot-folders and node_modules. Symbolic links to folders are not followed (no loops);
 * other symbolic links are listed, so that a broken one can be reported by whoever reads it.
 */
export async function walkFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  await walk(folder, [], files);
  return files;
}

async function walk(folder: string, inherited: readonly IgnoreFile[], files: string[]): Promise<void> {
  const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const gitignore = entries.some((entry) => entry.name === '.gitignore' && entry.isFile())
    ? await fs.readFile(path.join(folder, '.gitignore'), 'utf8').catch(() => undefined)
    : undefined;
  const rules = gitignore === undefined ? inherited : [...inherited, { folder, rules: ignore().add(gitignore) }];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const entryPath = path.join(folder, entry.name);
    const isFolder = entry.isDirectory();
    if (ignored(rules, entryPath, isFolder)) continue;
    if (isFolder) {
      await walk(entryPath, rules, files);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      files.push(entryPath);
    }
  }
}

function ignored(rules: readonly IgnoreFile[], entryPath: string, isFolder: boolean): boolean {
  return rules.some(({ folder, rules: file }) => {
    const relative = path.relative(folder, entryPath).split(path.sep).join('/');
    return file.ignores(isFolder ? `${relative}/` : relative);
  });
}
