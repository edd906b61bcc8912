import { SIDECAR_SUFFIX } from './types';

/** `reports/x.txt` → `reports/x.txt.annotations.yaml`: the sidecar sits beside its document. */
export function sidecarPathFor(documentPath: string): string {
  return documentPath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && baseName(path).length > SIDECAR_SUFFIX.length;
}

/** `reports/x.txt.annotations.yaml` → `reports/x.txt`; undefined for a path that is not a sidecar. */
export function documentPathFor(sidecarPath: string): string | undefined {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

/**
 * `reports/x.txt.annotations.yaml` → `x.txt`, the name the sidecar's `document` key must hold;
 * undefined for a path that is not a sidecar.
 */
export function documentNameFor(sidecarPath: string): string | undefined {
  const documentPath = documentPathFor(sidecarPath);
  return documentPath === undefined ? undefined : baseName(documentPath);
}

// Paths here may be file-system paths (either separator) or URI paths; core does not import node:path.
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
