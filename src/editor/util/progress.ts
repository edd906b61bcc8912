import * as vscode from 'vscode';

/** Work that ends sooner than this shows no progress at all, so quick work does not flicker. */
const QUIET_MS = 1000;

/**
 * Runs `task`, and shows progress at `location` only if it is still running after a second (work
 * that can be slow: a workspace-wide search, comparing revisions, reading a large sidecar).
 */
export function withProgressIfSlow<T>(location: vscode.ProgressLocation | { viewId: string }, title: string, task: () => Promise<T>): Promise<T> {
  const work = task();
  let settled = false;
  // Only the progress waits on this copy; the caller gets `work` itself, failure and all.
  const done = work.then(() => undefined, () => undefined).finally(() => (settled = true));
  const timer = setTimeout(() => {
    if (!settled) void vscode.window.withProgress({ location, title }, () => done);
  }, QUIET_MS);
  void done.finally(() => clearTimeout(timer));
  return work;
}
