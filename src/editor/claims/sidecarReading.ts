import type * as vscode from 'vscode';
import { decodeText, whyNotText } from '../../core/decodeText';
import { parseSidecar, readSidecar, type SidecarReadResult } from '../../core/sidecar/parse';
import { serialiseSidecar } from '../../core/sidecar/serialise';
import type { Sidecar, SidecarProblem } from '../../core/sidecar/types';
import { timed } from '../util/timing';

/** A sidecar's text read as annotations: its claims, or the problems that keep it from being read. */
export type SidecarReading =
  | { readonly ok: true; readonly sidecar: Sidecar }
  | { readonly ok: false; readonly problems: readonly SidecarProblem[] };

/**
 * Reads sidecar files and text as annotations and writes annotations as sidecar text; the Node host
 * does it on a worker thread (sidecarReaderThread.ts), so a large sidecar does not block the
 * extension host, nor wait for its turns to be read from disk.
 */
export interface SidecarCodec {
  /** The sidecar file's text; undefined when there is no such file. Throws when it exists but cannot be read (UnreadableSidecarError where the line is known). */
  readFile(uri: vscode.Uri): Promise<string | undefined>;
  read(text: string): Promise<SidecarReading>;
  /**
   * The sidecar's file text, keeping the comments a person wrote in `previous` (the file as it is
   * on disk, already read without problems) on the claims that remain: the one parse a save needs.
   */
  write(sidecar: Sidecar, previous: string | undefined): Promise<string>;
}

/** A sidecar file there is but that cannot be read as text, and the line where that shows (1: it cannot be opened). */
export class UnreadableSidecarError extends Error {
  constructor(message: string, readonly line = 1) {
    super(message);
  }
}

/**
 * A sidecar file's text, without a byte-order mark (as the editor reads it); throws an
 * UnreadableSidecarError naming the first line that is not UTF-8 text or holds a NUL byte (decodeText).
 */
export function sidecarTextOf(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  if (decoded.kind === 'text') return decoded.text;
  throw new UnreadableSidecarError(`this line ${whyNotText(decoded.kind)}`, decoded.line);
}

/** A request to whoever reads and writes sidecars (this thread or the worker). */
export type SidecarRequest =
  | { readonly kind: 'read'; readonly text: string }
  | { readonly kind: 'write'; readonly sidecar: Sidecar; readonly previous: string | undefined };

/** The answer to a request of the same kind. */
export type SidecarAnswer =
  | { readonly kind: 'read'; readonly reading: SidecarReading }
  | { readonly kind: 'write'; readonly text: string };

/** Answers a request on this thread. */
export function answerHere(request: SidecarRequest): SidecarAnswer {
  switch (request.kind) {
    case 'read':
      return { kind: 'read', reading: readSidecarHere(request.text) };
    case 'write':
      return { kind: 'write', text: writeSidecarHere(request.sidecar, request.previous) };
  }
}

/** Reads at once on this thread (the worker's, or the host's when no worker can be started). */
function readSidecarHere(text: string): SidecarReading {
  return readingOf(timed('claims:parse', () => readSidecar(text)));
}

/** The claims read, or the problems: what the editor takes of a reading. */
export function readingOf(read: SidecarReadResult): SidecarReading {
  return read.ok ? { ok: true, sidecar: read.sidecar } : { ok: false, problems: read.problems };
}

/** Writes on this thread: parses `previous` for its comments (nothing else needs it parsed), then serialises. */
export function writeSidecarHere(sidecar: Sidecar, previous: string | undefined): string {
  const parsed = previous === undefined ? undefined : timed('claims:parse', () => parseSidecar(previous));
  return timed('claims:serialise', () => serialiseSidecar(sidecar, parsed?.ok ? parsed.document : undefined));
}
