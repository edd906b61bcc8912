import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isSidecarPath, sidecarPathFor } from '../../core/sidecar/paths';

/**
 * Every sidecar under `roots` (absolute paths that exist), sorted. Folders are searched to the
 * bottom, except node_modules and dot-folders; a document given by name stands for its sidecar.
 */
export async function findSidecars(roots: readonly string[]): Promise<string[]> {
  const found = await Promise.all(roots.map(async (root) => ((await fs.stat(root)).isDirectory() ? sidecarsUnder(root) : sidecarsOfFile(root))));
  return [...new Set(found.flat())].sort();
}

async function sidecarsOfFile(file: string): Promise<string[]> {
  if (isSidecarPath(file)) {
    return [file];
  }
  const sidecar = sidecarPathFor(file);
  return (await exists(sidecar)) ? [sidecar] : [];
}

async function sidecarsUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (entry) => {
    const entryPath = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sidecarsUnder(entryPath);
    }
    return (entry.isFile() || entry.isSymbolicLink()) && isSidecarPath(entry.name) ? [entryPath] : [];
  }));
  return nested.flat();
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}
