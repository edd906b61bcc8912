import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Process groups this process started (children spawned with `detached: true`). Whatever
 * happens — a pass, a failure, an exception, Ctrl-C — they are ended before this process exits.
 */
const liveGroups = new Set<number>();

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
}

process.on('exit', () => {
  for (const pid of liveGroups) {
    signalGroup(pid, 'SIGKILL');
  }
});

export function trackGroup(child: ChildProcess): void {
  if (child.pid !== undefined) {
    liveGroups.add(child.pid);
  }
}

/** Asks the group to stop, then kills whatever is left of it (the leader's children too). */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) {
    return;
  }
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(pid, 'SIGTERM');
    await Promise.race([once(child, 'exit'), sleep(graceMs)]);
  }
  signalGroup(pid, 'SIGKILL');
  liveGroups.delete(pid);
}

/** Ctrl-C or a kill ends the run with the conventional code; the exit hook ends the groups. */
export function exitOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      console.error(`\nStopped by ${signal}.`);
      process.exit(code);
    });
  }
}

/** Processes whose command line contains `text` (Linux /proc), e.g. a run folder's path. */
export function processesMentioning(text: string): { pid: number; commandLine: string }[] {
  const found: { pid: number; commandLine: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) {
      continue;
    }
    try {
      const commandLine = fs.readFileSync(path.join('/proc', entry, 'cmdline'), 'utf8').replace(/\0/g, ' ').trim();
      if (commandLine.includes(text)) {
        found.push({ pid, commandLine });
      }
    } catch {
      // It ended while we looked.
    }
  }
  return found;
}

/**
 * Ends processes that left their group but still work in `folder`: Chromium's crash handler
 * daemonises and outlives the browser for a moment.
 */
export async function stopProcessesMentioning(folder: string, graceMs = 3000): Promise<void> {
  const signalAll = (signal: NodeJS.Signals): void => {
    for (const { pid } of processesMentioning(folder)) {
      try {
        process.kill(pid, signal);
      } catch {
        // Already gone.
      }
    }
  };
  signalAll('SIGTERM');
  for (const deadline = Date.now() + graceMs; Date.now() < deadline && processesMentioning(folder).length > 0; ) {
    await sleep(100);
  }
  signalAll('SIGKILL');
}
