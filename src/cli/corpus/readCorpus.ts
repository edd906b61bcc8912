import * as path from 'node:path';
import type { CorpusDocument } from '../../core/export/corpus';
import { parseSidecar } from '../../core/sidecar/parse';
import { documentPathFor } from '../../core/sidecar/paths';
import type { SidecarProblem } from '../../core/sidecar/types';
import { findSidecars } from '../check/findSidecars';
import { mapWithConcurrency } from '../check/mapWithConcurrency';
import { readTextOrProblem } from '../readTextOrProblem';

/** A sidecar that could not be read as annotations, with its problems at their lines. */
export interface UnreadableSidecar {
  readonly path: string;
  readonly problems: readonly SidecarProblem[];
}

export interface Corpus {
  readonly documents: readonly CorpusDocument[];
  readonly unreadable: readonly UnreadableSidecar[];
}

const FILES_IN_FLIGHT = 32;

/**
 * Every annotated document under `roots` (absolute paths that exist) with its text, paths shown
 * relative to `base` with `/` separators, in path order. A sidecar that does not parse is listed
 * in `unreadable`, never guessed at.
 */
export async function readCorpus(roots: readonly string[], base: string, onProgress?: (done: number, total: number) => void): Promise<Corpus> {
  const sidecars = await findSidecars(roots);
  let done = 0;
  const read = await mapWithConcurrency(sidecars, FILES_IN_FLIGHT, async (sidecarPath): Promise<CorpusDocument | UnreadableSidecar> => {
    onProgress?.((done += 1), sidecars.length);
    const shown = relative(base, sidecarPath);
    const sidecar = await readTextOrProblem(sidecarPath);
    if (sidecar.kind !== 'text') return { path: shown, problems: [sidecar.kind === 'missing' ? { line: 1, column: 1, message: 'cannot read the file: it is gone' } : { line: sidecar.line, column: 1, message: `the file ${sidecar.problem}` }] };
    const parsed = parseSidecar(sidecar.text);
    if (!parsed.ok) return { path: shown, problems: parsed.problems };
    const documentPath = documentPathFor(sidecarPath)!;
    const document = await readTextOrProblem(documentPath);
    if (document.kind === 'problem') return { path: shown, problems: [{ line: 1, column: 1, message: `its document ${path.basename(documentPath)} ${document.problem}` }] };
    // Offsets count from after a byte-order mark, which the reader drops, as in the editor.
    const text = document.kind === 'text' ? document.text : undefined;
    return { path: relative(base, documentPath), text, sidecar: parsed.sidecar };
  });
  return corpusOf(read);
}

/** The documents that were read, and the sidecars that could not be, in the order given. */
export function corpusOf(read: readonly (CorpusDocument | UnreadableSidecar)[]): Corpus {
  return {
    documents: read.filter((each): each is CorpusDocument => 'sidecar' in each),
    unreadable: read.filter((each): each is UnreadableSidecar => 'problems' in each),
  };
}

function relative(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}

/**
 * Draws "reading 120 of 500 annotated documents" on a terminal's standard error, over itself, at
 * most every tenth of a second; `clear` removes it before the command's own messages. Silent when
 * standard error is not a terminal.
 */
export function terminalProgress(stderr: { write(text: string): unknown; readonly isTTY?: boolean }, what: string): { report(done: number, total: number): void; clear(): void } {
  let shown = false;
  let last = 0;
  return {
    report(done, total) {
      if (!stderr.isTTY || (Date.now() - last < 100 && done < total)) return;
      last = Date.now();
      shown = true;
      stderr.write(`\r${what} ${done} of ${total}\u001b[K`);
    },
    clear() {
      if (shown) stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** `file:line:col: message` lines for the unreadable sidecars. */
export function unreadableLines(unreadable: readonly UnreadableSidecar[]): string {
  return unreadable.flatMap((each) => each.problems.map((problem) => `${each.path}:${problem.line}:${problem.column}: error: ${problem.message}\n`)).join('');
}
