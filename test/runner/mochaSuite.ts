import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import { suiteEndMarker, suiteStartMarker } from './hostLogProtocol';

/**
 * Runs every compiled `*.test.js` under `testsRoot` with mocha (bdd), inside the extension host.
 * Rejects when a test fails, which makes the extension host report a non-zero exit code.
 * `MOCHA_GREP` selects a subset.
 */
export async function runMochaSuite(testsRoot: string): Promise<void> {
  // The extension host forwards console.log's arguments without applying `%s` formats, which
  // mocha's reporters rely on.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const grep = process.env.MOCHA_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  for (const file of findTestFiles(testsRoot)) {
    mocha.addFile(file);
  }
  console.log(suiteStartMarker);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  console.log(suiteEndMarker);
  if (failures > 0) {
    throw new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`);
  }
}

function findTestFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(root, file));
}
