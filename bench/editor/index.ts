import { runMochaSuite } from '../../test/runner/mochaSuite';

/** Called by the extension host (extensionTestsPath): the editor latency benchmark in this folder. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
