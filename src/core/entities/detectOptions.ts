import type { NamedBodyEntry } from './types';

export interface DetectOptions {
  /** Organisations and programmes to recognise besides the built-in list (settings, workspace file). */
  readonly extraBodies?: readonly NamedBodyEntry[];
}
