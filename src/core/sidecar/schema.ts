import type { ErrorObject } from 'ajv';
// Ajv's standalone code for media/annotations.schema.json, generated at build time
// (scripts/generateSidecarValidator.mjs): no schema compiler is loaded or run by the extension.
import { validateSidecarSchema } from './generated/validateSidecarSchema';

/** Schema violations of a sidecar's plain value; an empty list when it conforms. */
export function schemaErrorsOf(value: unknown): ErrorObject[] {
  return validateSidecarSchema(value) ? [] : [...(validateSidecarSchema.errors ?? [])];
}
