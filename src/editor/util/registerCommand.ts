import * as vscode from 'vscode';
import { messageOf } from '../../core/util/messageOf';
import { log, logError } from './log';

const SHOW_LOG = 'Show Log';

/**
 * Every command goes through here (as rust-analyzer's `ctx.registerCommand` does): a command that
 * throws is logged with its cause in the Policy Annotator output, and the user gets a message,
 * from `onError` when the caller knows better words, else the error's own with a way to the log.
 */
export function registerCommand(
  id: string,
  handler: (...args: never[]) => unknown,
  onError?: (error: unknown) => void,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: never[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      logError(`Command ${id} failed`, error);
      if (onError) {
        onError(error);
      } else {
        showErrorWithLog(`Policy Annotator: ${messageOf(error)}`);
      }
      return undefined;
    }
  });
}

/** An error message with a button that opens the log; not awaited, so the caller finishes now. */
export function showErrorWithLog(message: string): void {
  void vscode.window.showErrorMessage(message, SHOW_LOG).then((choice) => (choice === SHOW_LOG ? log().show() : undefined));
}
