import type * as vscode from 'vscode';

/** A Markdown link from the file `from` to the file `to` (same scheme and authority): `../reports/x.txt`, each segment URI-encoded. */
export function relativeLink(from: vscode.Uri, to: vscode.Uri): string {
  const fromFolder = from.path.split('/').slice(0, -1);
  const target = to.path.split('/');
  let common = 0;
  while (common < fromFolder.length && common < target.length - 1 && fromFolder[common] === target[common]) common += 1;
  return [...fromFolder.slice(common).map(() => '..'), ...target.slice(common)].map(encodeURIComponent).join('/');
}
