import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isSidecarPath, sidecarPathFor } from '../../core/sidecar/paths';
import { walkFiles } from '../walkFiles';

/**
 * Every sidecar under `roots` (absolute paths that exist), sorted. Folders are searched to the
 * bottom as git sees them (see walkFiles); a document given by name stands for its sidecar.
 */
export async function findSidecars(roots: readonly string[]): Promise<string[]> {
  const found = await Promise.all(roots.map(async (root) => ((await fs.stat(root)).isDirectory()
    ? (await walkFiles(root)).filter((file) => isSidecarPath(path.basename(file)))
    : sidecarsOfFile(root))));
  return [...new Set(found.flat())].sort();
}

async function sidecarsOfFile(file: string): Promise<string[]> {
  if (isSidecarPath(file)) {
    return [file];
  }
  const sidecar = sidecarPathFor(file);
  return (await exists(sidecar)) ? [sidecar] : [];
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}
