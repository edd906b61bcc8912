import * as vscode from 'vscode';

/** The languages the extension serves: activation events and `when` clauses use the same list. */
export const SERVED_LANGUAGES = ['plaintext', 'markdown', 'policy-document'] as const;

export const SERVED_DOCUMENTS: vscode.DocumentSelector = SERVED_LANGUAGES.map((language) => ({ language }));

export function isServedDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(SERVED_DOCUMENTS, document) > 0;
}
