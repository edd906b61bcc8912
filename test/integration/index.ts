import { runMochaSuite } from '../runner/mochaSuite';

/** Called by the extension host (extensionTestsPath): every integration test in this folder. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
