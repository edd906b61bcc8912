import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import organisationsSchema from '../../../media/organisations.schema.json';
import type { NamedBodyEntry } from './types';

/** A text the user said is not an entity, everywhere or only in some documents (workspace-relative paths). */
export interface Exclusion {
  readonly notAnEntity: string;
  readonly documents?: readonly string[];
}

interface Validators {
  readonly entry: ValidateFunction;
  readonly exclusion: ValidateFunction;
}

let validators: Validators | undefined;

// Compiled on first use rather than at import, so loading the extension stays cheap.
function compiled(): Validators {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true });
  ajv.addSchema(organisationsSchema);
  const definition = (name: string): ValidateFunction => ajv.getSchema(`${organisationsSchema.$id}#/definitions/${name}`)!;
  validators = { entry: definition('entry'), exclusion: definition('exclusion') };
  return validators;
}

/**
 * How one item of an organisation list breaks `media/organisations.schema.json` (the schema the
 * setting, the workspace file and the built-in list share); an empty list when it conforms.
 * An item with a `notAnEntity` key is read as an exclusion, any other as an entry.
 */
export function bodyListItemErrors(item: unknown): ErrorObject[] {
  const validate = isExclusionShaped(item) ? compiled().exclusion : compiled().entry;
  return validate(item) ? [] : [...(validate.errors ?? [])];
}

export function isExclusionShaped(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'notAnEntity' in item;
}

export function isBodyEntry(item: unknown): item is NamedBodyEntry {
  return !isExclusionShaped(item) && bodyListItemErrors(item).length === 0;
}

export function isExclusion(item: unknown): item is Exclusion {
  return isExclusionShaped(item) && bodyListItemErrors(item).length === 0;
}
