import type { Document as YamlDocument } from 'yaml';
import { parseSidecar } from '../../core/sidecar/parse';
import type { Sidecar, SidecarProblem } from '../../core/sidecar/types';
import { timed } from '../util/timing';

/**
 * A sidecar's text read as annotations: its claims, or the problems that keep it from being read.
 * `yaml`, the parsed file that a save needs to keep comments, is there when it was read on this
 * thread; read elsewhere (see sidecarReaderThread.ts) it is left out and parsed when a save needs it.
 */
export type SidecarReading =
  | { readonly ok: true; readonly sidecar: Sidecar; readonly yaml?: YamlDocument }
  | { readonly ok: false; readonly problems: readonly SidecarProblem[] };

/** Reads a sidecar's text; the Node host does it on a worker thread, so a large sidecar does not block the extension host. */
export type ReadSidecar = (text: string) => Promise<SidecarReading>;

/** Reads on this thread (the web worker host, or when no worker can be started). */
export function readSidecarHere(text: string): SidecarReading {
  const parsed = timed('claims:parse', () => parseSidecar(text));
  return parsed.ok ? { ok: true, sidecar: parsed.sidecar, yaml: parsed.document } : { ok: false, problems: parsed.problems };
}

/** The parsed YAML of a sidecar's text, which a save needs to keep its comments; undefined for none, or text that does not read. */
export function yamlOf(text: string | undefined): YamlDocument | undefined {
  if (text === undefined) return undefined;
  const parsed = timed('claims:parse', () => parseSidecar(text));
  return parsed.ok ? parsed.document : undefined;
}
