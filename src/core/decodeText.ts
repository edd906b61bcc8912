/**
 * A file's bytes read as text, or why they are not text and the first line (from 1) where that
 * shows, so a message can send the reader there.
 */
export type DecodedText =
  | { readonly kind: 'text'; readonly text: string }
  /** NUL bytes: a binary file (no report or sidecar holds one). */
  | { readonly kind: 'binary'; readonly line: number }
  | { readonly kind: 'notUtf8'; readonly line: number };

// Fatal: bytes that are not UTF-8 would come back as U+FFFD, and a save would write that in their place.
const decoder = new TextDecoder('utf-8', { fatal: true });

const LINE_FEED = 0x0a;

/**
 * Decodes UTF-8 strictly. A byte-order mark is dropped, so offsets count from the first
 * character, as the editor counts them.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { kind: 'binary', line: lineAt(bytes, nul) };
  try {
    return { kind: 'text', text: decoder.decode(bytes) };
  } catch {
    return { kind: 'notUtf8', line: firstLineNotUtf8(bytes) };
  }
}

/** Why a file that decodeText refused is not text, as a message goes on after its line: "line 3 …". */
export function whyNotText(kind: 'binary' | 'notUtf8'): string {
  return kind === 'binary' ? 'holds a NUL byte: the file is binary, not text' : 'is not UTF-8 text';
}

/** The line (from 1) that holds the byte at `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(LINE_FEED); at !== -1 && at < offset; at = bytes.indexOf(LINE_FEED, at + 1)) line++;
  return line;
}

/** The first line holding bytes that are not UTF-8; a line feed is never part of a longer character. */
function firstLineNotUtf8(bytes: Uint8Array): number {
  for (let line = 1, start = 0; ; line++) {
    const end = bytes.indexOf(LINE_FEED, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}
