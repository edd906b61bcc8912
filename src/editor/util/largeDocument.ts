import type * as vscode from 'vscode';

/**
 * From this many UTF-16 units on, a document is served a piece at a time: its entities are scanned
 * in slices that let the extension host breathe between them, and its lenses and claim candidates
 * are found only near what the editors show. Finding every candidate of a 5 MB document takes
 * seconds, a screenful a few milliseconds; below this size the whole document costs less than the
 * bookkeeping.
 */
export const LARGE_DOCUMENT_LENGTH = 100_000;

/** Whether `document` is served a piece at a time; its length without building its text. */
export function isLargeDocument(document: vscode.TextDocument): boolean {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) >= LARGE_DOCUMENT_LENGTH;
}
