import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { screenshotDirVariable, screenshotRequest } from '../../runner/hostLogProtocol';

const waitMs = 15_000;
const pollMs = 100;

/**
 * Asks the offline runner to photograph the workbench as it is now and returns the PNG's path
 * (in SCREENSHOT_DIR, or the run folder's screenshots/). Under the electron runtime nobody
 * takes pictures: resolves undefined.
 */
export async function takeScreenshot(name: string): Promise<string | undefined> {
  const dir = process.env[screenshotDirVariable];
  if (!dir) {
    return undefined;
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  fs.rmSync(file, { force: true });
  console.log(screenshotRequest(file));
  for (const deadline = Date.now() + waitMs; Date.now() < deadline; await sleep(pollMs)) {
    if (fs.existsSync(file)) {
      return file;
    }
  }
  throw new Error(`No screenshot appeared at ${file} within ${waitMs / 1000} s: is the runner's log reaching it?`);
}
