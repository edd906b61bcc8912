import * as vscode from 'vscode';
import { decodeText, whyNotText } from '../../core/decodeText';
import { logError } from './log';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * The file's text through `workspace.fs` (so remote and virtual workspaces work), without a
 * byte-order mark (the decoder drops it, as the editor does); undefined if there is no such file.
 * `decode` turns its bytes into text (by default UTF-8, any bad byte read as U+FFFD).
 */
export async function readTextFile(uri: vscode.Uri, decode: (bytes: Uint8Array) => string = (bytes) => decoder.decode(bytes)): Promise<string | undefined> {
  try {
    return decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
      return undefined;
    }
    throw error;
  }
}

/**
 * The text of a file the extension will write back (the organisation list, .gitattributes): a
 * byte that is not UTF-8 would be read as U+FFFD and written over the original, so such a file is
 * refused with an error naming it and the line, and left as it is.
 */
export function readTextFileToRewrite(uri: vscode.Uri): Promise<string | undefined> {
  return readTextFile(uri, (bytes) => {
    const decoded = decodeText(bytes);
    if (decoded.kind === 'text') return decoded.text;
    throw new Error(`${vscode.workspace.asRelativePath(uri)}, line ${decoded.line}, ${whyNotText(decoded.kind)}; it is left as it is`);
  });
}

/**
 * Replaces the file's content all at once: writes a temporary file beside it, then renames it over
 * the file, so a crash or a full disk never leaves half a sidecar. The temporary name does not end
 * in `.annotations.yaml`, so watchers and searches for sidecars never see it.
 */
export async function writeTextFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const directory = uri.path.slice(0, uri.path.lastIndexOf('/') + 1);
  const temporary = uri.with({ path: `${directory}.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  await vscode.workspace.fs.writeFile(temporary, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, (deleteError: unknown) => logError(`Removing the temporary file ${temporary.fsPath} after a failed save`, deleteError));
    throw error;
  }
}
