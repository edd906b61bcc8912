import { readTextFile } from '../util/textFiles';
import { readSidecarHere, writeSidecarHere, type SidecarCodec } from './sidecarReading';

/** The codec of a host with no worker threads (the web worker host): everything on its one thread, files through `workspace.fs`. */
export const sidecarsHere: SidecarCodec = {
  readFile: readTextFile,
  read: async (text) => readSidecarHere(text),
  write: async (sidecar, previous) => writeSidecarHere(sidecar, previous),
};
