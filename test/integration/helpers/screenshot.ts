import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { screenshotRequest } from '../../runner/screenshotProtocol';

const waitMs = 15_000;
const pollMs = 100;

/**
 * Asks the offline runner to photograph the workbench as it is now and returns the PNG's path.
 * Files go to SCREENSHOT_DIR (the run folder's screenshots/ unless set). Under the electron
 * runtime nobody answers: resolves undefined.
 */
export async function takeScreenshot(name: string): Promise<string | undefined> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir === undefined) {
    return undefined;
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(path.resolve(dir), `${name.replace(/[^\w.-]+/g, '-')}.png`);
  fs.rmSync(file, { force: true });
  console.log(screenshotRequest(file));
  for (const deadline = Date.now() + waitMs; Date.now() < deadline; await sleep(pollMs)) {
    if (fs.existsSync(file)) {
      return file;
    }
  }
  throw new Error(`No screenshot appeared at ${file} within ${waitMs / 1000} s.`);
}
