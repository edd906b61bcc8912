import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { serialiseSidecar } from '../sidecar/serialise';
import { Sidecar, SidecarClaim } from '../sidecar/types';
import { SidecarMerge } from './mergeSidecars';

export const OURS_MARKER = '<<<<<<< ours';
export const SEPARATOR_MARKER = '=======';
export const THEIRS_MARKER = '>>>>>>> theirs';

/**
 * The merged sidecar's file text. Each conflicting claim is written twice, its whole block as ours
 * has it and as theirs has it, between git's conflict markers (a side that deleted the claim has an
 * empty block). Git, editors and `policy-annotator check` all recognise the markers, so the file
 * cannot be read until a person keeps one block and deletes the rest; until then it is never
 * mistaken for annotations. Comments in `ours` (and, in theirs' block, in `theirs`) are kept.
 */
export function mergedSidecarText(merge: SidecarMerge, ours?: Document, theirs?: Document): string {
  const text = serialiseSidecar(merge.sidecar, ours);
  const blocks = claimBlocks(text);
  const oursBlocks = blockTexts(merge.sidecar, merge.conflicts.flatMap((conflict) => conflict.ours ?? []), ours);
  const theirsBlocks = blockTexts(merge.sidecar, merge.conflicts.flatMap((conflict) => conflict.theirs ?? []), theirs);
  let result = text;
  const conflictsFromTheEnd = merge.conflicts
    .map((conflict) => ({ conflict, block: blocks.get(conflict.id) }))
    .sort((a, b) => (b.block?.start ?? 0) - (a.block?.start ?? 0));
  for (const { conflict, block } of conflictsFromTheEnd) {
    if (block === undefined) {
      throw new Error(`The merged annotations lost claim ${conflict.id}; this is a bug in Policy Annotator.`);
    }
    const replacement = `${OURS_MARKER}\n${oursBlocks.get(conflict.id) ?? ''}${SEPARATOR_MARKER}\n${theirsBlocks.get(conflict.id) ?? ''}${THEIRS_MARKER}\n`;
    result = result.slice(0, block.start) + replacement + result.slice(block.end);
  }
  return result;
}

interface Block {
  readonly start: number;
  readonly end: number;
}

/** Where each claim's block stands in serialised sidecar text: from the start of its `- id:` line to the end of its last line. */
function claimBlocks(text: string): Map<string, Block> {
  const claims = parseDocument(text).get('claims', true);
  const blocks = new Map<string, Block>();
  if (!isSeq(claims)) {
    return blocks;
  }
  for (const item of claims.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string' && isMap(item) && item.range) {
      const start = text.lastIndexOf('\n', item.range[0]) + 1;
      const end = item.range[2] > 0 && text[item.range[2] - 1] !== '\n' ? lineEnd(text, item.range[2]) : item.range[2];
      blocks.set(id, { start, end });
    }
  }
  return blocks;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** Each claim's block as one side writes it (one serialisation for all of them), ending in a line break. */
function blockTexts(sidecar: Sidecar, claims: readonly SidecarClaim[], previous: Document | undefined): Map<string, string> {
  if (claims.length === 0) {
    return new Map();
  }
  const text = serialiseSidecar({ ...sidecar, claims }, previous);
  return new Map([...claimBlocks(text)].map(([id, block]) => {
    const blockText = text.slice(block.start, block.end);
    return [id, blockText.endsWith('\n') ? blockText : `${blockText}\n`];
  }));
}
