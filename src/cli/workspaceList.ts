import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseBodyList, type ParsedBodyList } from '../core/entities/bodyList';
import { excludedTextsFor } from '../core/entities/exclusions';
import type { NamedBodyEntry } from '../core/entities/types';

/** Where the editor keeps the workspace's own list (the default of `policyAnnotator.organisations.file`). */
export const WORKSPACE_LIST = path.join('.policy-annotator', 'organisations.json');

export interface ListForDocument {
  readonly extraBodies: readonly NamedBodyEntry[];
  readonly excluded: ReadonlySet<string>;
}

interface FoundList extends ParsedBodyList {
  /** The folder that holds `.policy-annotator/`, which exclusions' document paths are relative to. */
  readonly root: string;
}

/**
 * The workspace lists that apply to documents, as the editor reads them: the nearest
 * `.policy-annotator/organisations.json` in the document's folder or above it. Each list is read
 * once; its problems go to `report` as `file:line:col: message`.
 */
export class WorkspaceLists {
  private readonly byFolder = new Map<string, Promise<FoundList | undefined>>();

  constructor(private readonly report: (problem: string) => void) {}

  async forDocument(absolutePath: string): Promise<ListForDocument> {
    const list = await this.nearest(path.dirname(absolutePath));
    if (!list) return { extraBodies: [], excluded: new Set() };
    const relative = path.relative(list.root, absolutePath).split(path.sep).join('/');
    return { extraBodies: list.entries, excluded: excludedTextsFor(list.exclusions, relative) };
  }

  private nearest(folder: string): Promise<FoundList | undefined> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.read(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private async read(folder: string): Promise<FoundList | undefined> {
    const file = path.join(folder, WORKSPACE_LIST);
    let json: string;
    try {
      json = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.report(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
        return undefined;
      }
      const parent = path.dirname(folder);
      return parent === folder ? undefined : this.nearest(parent);
    }
    const parsed = parseBodyList(json, file);
    for (const problem of parsed.problems) this.report(problem.message);
    return { ...parsed, root: folder };
  }
}
