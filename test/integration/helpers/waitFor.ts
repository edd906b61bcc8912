import * as vscode from 'vscode';

// Node-free, so the web suites (bundled for the web worker host) use it too.

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it gives a value, failing with `what` after a while. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, waitMs = 10_000): Promise<T> {
  for (const deadline = Date.now() + waitMs; ; await sleep(50)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${waitMs / 1000} s waiting for ${what}`);
  }
}

/** The document's code lenses, resolved. */
export async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 1_000)) ?? [];
}
