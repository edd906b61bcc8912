import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import sidecarSchema from '../../../media/annotations.schema.json';

let compiled: ValidateFunction | undefined;

/** Schema violations of a sidecar's plain value; an empty list when it conforms. */
export function schemaErrorsOf(value: unknown): ErrorObject[] {
  compiled ??= compileSchema();
  return compiled(value) ? [] : [...(compiled.errors ?? [])];
}

// Compiled on first use rather than at import, so loading the extension stays cheap.
function compileSchema(): ValidateFunction {
  // verbose: errors carry their parent schema, whose key list and patternErrorMessage make messages.
  const ajv = new Ajv({ allErrors: true, verbose: true });
  // Understood by VS Code's JSON and YAML tooling; declared so Ajv's strict mode accepts it.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv.compile(sidecarSchema);
}
