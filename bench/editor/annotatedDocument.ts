import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { splitSentences } from '../../src/core/claims/sentences';
import { splitParagraphs } from '../../src/core/paragraphs';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import { SIDECAR_SCHEMA_VERSION, type SidecarClaim } from '../../src/core/sidecar/types';

/** How many claims the editor benches' sidecars hold. */
export const claimCount = 1_000;
/** Every this many claims, the document's sentence is edited after the claim was tagged. */
const editedEvery = 10;

/**
 * `claimCount` claims on the first sentence of paragraphs spread through `text`; every
 * `editedEvery`-th sentence then gets a word inserted in the document, so its claim is placed by a
 * search. Returns the edited text and the sidecar written by the core serialiser.
 */
export function annotated(text: string, documentName: string): { text: string; sidecar: string } {
  const paragraphs = splitParagraphs(text);
  const step = Math.max(1, Math.floor(paragraphs.length / claimCount));
  const claims: SidecarClaim[] = [];
  const edits: number[] = [];
  for (let n = 0; n < claimCount && n * step < paragraphs.length; n++) {
    const [sentence] = splitSentences(text, paragraphs[n * step]);
    claims.push({ id: `c-bench${n}`, anchor: createQuoteAnchor(text, sentence.start, sentence.end), tags: ['finding'] });
    if (n % editedEvery === editedEvery - 1) {
      const space = text.indexOf(' ', sentence.start + 1);
      if (space !== -1 && space < sentence.end) edits.push(space);
    }
  }
  let edited = text;
  for (const at of edits.reverse()) edited = `${edited.slice(0, at)} indeed${edited.slice(at)}`;
  const sidecar = serialiseSidecar({ schema: SIDECAR_SCHEMA_VERSION, document: documentName, offsets: 'utf-16', claims });
  return { text: edited, sidecar };
}
