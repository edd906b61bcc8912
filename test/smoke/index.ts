import { runMochaSuite } from '../runner/mochaSuite';

/** Called by the extension host (extensionTestsPath): the smoke tests of the installed .vsix. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
