import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseBodyList, type ParsedBodyList } from '../core/entities/bodyList';
import type { DetectEntities } from '../core/anchoring/figuresAndNames';
import { detectEntities } from '../core/entities/detectEntities';
import { excludedTextsFor, withoutExcluded } from '../core/entities/exclusions';

/** Where the editor keeps the workspace's own list (the default of `policyAnnotator.organisations.file`). */
export const WORKSPACE_LIST = path.join('.policy-annotator', 'organisations.json');

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

  /** The detector for the document at `absolutePath`: with its list's names, without its list's exclusions for it. */
  async detectorFor(absolutePath: string): Promise<DetectEntities> {
    const list = await this.nearest(path.dirname(absolutePath));
    if (!list) return (text) => detectEntities(text);
    const extraBodies = list.entries;
    const excluded = excludedTextsFor(list.exclusions, path.relative(list.root, absolutePath).split(path.sep).join('/'));
    return (text) => withoutExcluded(detectEntities(text, { extraBodies }), excluded);
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
