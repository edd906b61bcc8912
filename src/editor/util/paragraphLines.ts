import type * as vscode from 'vscode';
import { isBlankLineCharacter } from '../../core/paragraphs';

/** Whether the line is blank as the core paragraph splitter counts it (core/paragraphs.ts), so the editor's paragraphs are the scan's. */
export function isBlankLine(document: vscode.TextDocument, line: number): boolean {
  const { text } = document.lineAt(line);
  for (let index = 0; index < text.length; index++) if (!isBlankLineCharacter(text.charCodeAt(index))) return false;
  return true;
}

/** The first line of the paragraph holding `line` (or of the next one, if `line` is blank), looking at most `reach` lines up. */
export function paragraphStartLine(document: vscode.TextDocument, line: number, reach: number): number {
  for (const floor = Math.max(0, line - reach); line > floor && !isBlankLine(document, line - 1);) line--;
  return line;
}

/** The last line of the paragraph holding `line`, looking at most `reach` lines down. */
export function paragraphEndLine(document: vscode.TextDocument, line: number, reach: number): number {
  for (const ceiling = Math.min(document.lineCount - 1, line + reach); line < ceiling && !isBlankLine(document, line + 1);) line++;
  return line;
}
