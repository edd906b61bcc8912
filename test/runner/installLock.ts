import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const pollMs = 500;
const abandonedAfterMs = 30_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** A lock without an owner is one whose creator died before writing its pid. */
function isAbandoned(lockDir: string): boolean {
  try {
    return Date.now() - fs.statSync(lockDir).mtimeMs > abandonedAfterMs;
  } catch {
    return false;
  }
}

/**
 * Runs `work` while holding a lock directory, so two test runs started together don't install
 * the same tool twice. A lock whose owner process is gone is taken over.
 */
export async function withLock<T>(lockDir: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const owner = ownerOf(lockDir);
    if (owner === undefined ? isAbandoned(lockDir) : !isAlive(owner)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${lockDir} (held by process ${owner ?? 'unknown'}).`);
    }
    if (!announced) {
      console.log(`Waiting for another run to finish installing (lock ${lockDir}, process ${owner ?? 'starting'})...`);
      announced = true;
    }
    await sleep(pollMs);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
