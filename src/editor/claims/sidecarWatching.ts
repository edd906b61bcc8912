import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/sidecar/types';

/**
 * Calls `changed` with the uri of each sidecar created, changed or deleted on disk, including
 * the sidecars among `known()` that lay in a folder deleted as a whole: the file watcher then
 * names only the folder, never the files that went with it.
 */
export function watchSidecars(changed: (sidecarUri: vscode.Uri) => void, known: () => Iterable<vscode.Uri>): vscode.Disposable {
  const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
  const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
  return vscode.Disposable.from(
    sidecars,
    deletions,
    sidecars.onDidCreate(changed),
    sidecars.onDidChange(changed),
    sidecars.onDidDelete(changed),
    deletions.onDidDelete((deleted) => {
      if (deleted.path.endsWith(SIDECAR_SUFFIX)) return;
      const folder = `${deleted.path}/`;
      for (const sidecar of known()) {
        if (sidecar.scheme === deleted.scheme && sidecar.authority === deleted.authority && sidecar.path.startsWith(folder)) changed(sidecar);
      }
    }),
  );
}
