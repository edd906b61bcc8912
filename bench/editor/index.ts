import { runMochaSuite } from '../../test/runner/mochaSuite';

/** Called by the extension host (extensionTestsPath): the editor benchmarks in this folder (editor latency; claims on opening a large document). */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
