import * as vscode from 'vscode';

/** The languages the extension can serve; which documents of them it does is DocumentScope's decision. */
export const SERVED_LANGUAGES = ['plaintext', 'markdown', 'policy-document'] as const;

export const SERVED_DOCUMENTS: vscode.DocumentSelector = SERVED_LANGUAGES.map((language) => ({ language }));

/** The document is in one of the served languages (in scope or not). */
export function isServedDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(SERVED_DOCUMENTS, document) > 0;
}
