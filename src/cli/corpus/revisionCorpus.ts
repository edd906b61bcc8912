import type { CorpusDocument } from '../../core/export/corpus';
import { parseSidecar } from '../../core/sidecar/parse';
import { documentPathFor, isSidecarPath } from '../../core/sidecar/paths';
import { mapWithConcurrency } from '../check/mapWithConcurrency';
import { git, GitContext, GitError, nulSeparated } from '../git';
import { corpusOf, type Corpus, type UnreadableSidecar } from './readCorpus';

// Each read is a git process: a few at once keep both cores busy without flooding the machine.
const GIT_READS_IN_FLIGHT = 8;

/** Every annotated document as it is at `revision`, paths from the repository's root (`context.cwd`). */
export async function readRevisionCorpus(revision: string, context: GitContext): Promise<Corpus> {
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], context);
  } catch {
    throw new GitError(`'${revision}' is neither a folder nor a git revision`);
  }
  const files = nulSeparated(await git(['ls-tree', '-r', '-z', '--name-only', revision], context));
  const present = new Set(files);
  const read = await mapWithConcurrency(files.filter(isSidecarPath), GIT_READS_IN_FLIGHT, async (sidecarPath): Promise<CorpusDocument | UnreadableSidecar> => {
    const parsed = parseSidecar(await git(['show', `${revision}:${sidecarPath}`], context));
    if (!parsed.ok) return { path: `${sidecarPath} (at ${revision})`, problems: parsed.problems };
    const documentPath = documentPathFor(sidecarPath)!;
    const text = present.has(documentPath) ? (await git(['show', `${revision}:${documentPath}`], context)).replace(/^\ufeff/, '') : undefined;
    return { path: documentPath, text, sidecar: parsed.sidecar };
  });
  return corpusOf(read);
}
