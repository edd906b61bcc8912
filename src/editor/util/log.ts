import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The "Policy Annotator" output channel (a LogOutputChannel: levels, timestamps, and the user's
 * chosen log level). One per extension host, like the console; `activate` disposes it.
 */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Policy Annotator', { log: true });
  return channel;
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}

/** Logs a caught error with what was being done, its stack and every `cause` under it. */
export function logError(doing: string, error: unknown): void {
  log().error(`${doing}: ${describeError(error)}`);
}

/** Logs an error that was expected and handled (a file that may be missing), at debug level. */
export function logHandled(doing: string, error: unknown): void {
  log().debug(`${doing}: ${describeError(error)}`);
}

export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth++) {
    if (current instanceof Error) {
      parts.push(depth === 0 ? (current.stack ?? current.message) : `caused by: ${current.stack ?? current.message}`);
      current = current.cause;
    } else {
      parts.push(depth === 0 ? String(current) : `caused by: ${String(current)}`);
      current = undefined;
    }
  }
  return parts.join('\n');
}
