import { Document, isScalar, visit } from 'yaml';
import { carryComments } from './carryComments';
import { entryOf, VERBATIM_KEYS } from './fileShape';
import { sortClaims } from './sort';
import { Sidecar } from './types';

/**
 * The sidecar's file text. The same annotations always give the same bytes: fixed key order, block
 * style, claims in document order, every value on one line. Given `previous`, the parsed file as it
 * is on disk, the comments a person wrote there stay, on the claims (matched by id) that remain.
 */
export function serialiseSidecar(sidecar: Sidecar, previous?: Document): string {
  const document = new Document(entryOf({ ...sidecar, claims: sortClaims(sidecar.claims) }), { aliasDuplicateObjects: false });
  visit(document, {
    Seq(_, seq) {
      // Written `[]` either way; as a flow list a comment after it stays on its line.
      seq.flow = seq.items.length === 0;
    },
    Pair(_, pair) {
      // Text copied from the document is always double-quoted, so leading spaces, line breaks and
      // look-alikes of numbers or booleans read back exactly, and every quote looks the same.
      if (isScalar(pair.key) && VERBATIM_KEYS.has(String(pair.key.value)) && isScalar(pair.value)) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
  });
  if (previous) {
    carryComments(previous, document);
  }
  return document.toString({
    lineWidth: 0,
    blockQuote: false,
    singleQuote: false,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  });
}
