import { ErrorObject } from 'ajv';
import { Document, LineCounter, Node } from 'yaml';
import { claimNodes, keyNodeAt, NodePath, nodeAt, positionOf } from './locate';
import { schemaErrorsOf } from './schema';
import { SidecarProblem } from './types';

/** Every way the document's value breaks the published schema, at the line of the offending node. */
export function schemaProblems(document: Document, value: unknown, lineCounter: LineCounter): SidecarProblem[] {
  const errors = schemaErrorsOf(value);
  // A value of the wrong type also breaks the rules for that type's content; the type is the news.
  const wrongType = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  return errors.filter((error) => error.keyword === 'type' || !wrongType.has(error.instancePath)).map((error) => {
    const path = pathOf(error.instancePath);
    const { node, message } = describe(error, path, document);
    return { ...positionOf(node ?? nodeAt(document, path), lineCounter), message };
  });
}

function describe(error: ErrorObject, path: NodePath, document: Document): { node?: Node; message: string } {
  const what = labelOf(path, document);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { message: `${what} is missing "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties: object }).properties).join(', ');
      return { node: keyNodeAt(document, path, key), message: `unknown key "${key}" in ${what} (expected ${known})` };
    }
    case 'type':
      return {
        message: path.length === 0 && document.contents === null
          ? 'the file is empty: a sidecar needs schema, document, offsets and claims'
          : `${what} must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}`,
      };
    case 'const':
      return { message: `${what} must be ${JSON.stringify(params.allowedValue)}` };
    case 'pattern': {
      const explained = (error.parentSchema as { patternErrorMessage?: string }).patternErrorMessage;
      return { message: `${what} ${explained ?? error.message}` };
    }
    case 'minLength':
      return { message: params.limit === 1 ? `${what} must not be empty` : `${what} ${error.message}` };
    case 'minimum':
      return { message: `${what} must be at least ${String(params.limit)}` };
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const repeated = nodeAt(document, [...path, later]);
      return { node: repeated, message: `${what} holds ${JSON.stringify(document.getIn([...path, later]))} twice` };
    }
    default:
      return { message: `${what} ${error.message ?? 'does not match the schema'}` };
  }
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping of keys to values',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

function pathOf(instancePath: string): NodePath {
  return instancePath === ''
    ? []
    : instancePath.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

// Names the place the way a person reading the file thinks of it: "tags" of claim c-8f3k2q.
function labelOf(path: NodePath, document: Document): string {
  if (path.length === 0) {
    return 'the sidecar';
  }
  if (path[0] !== 'claims' || path.length === 1) {
    return `"${path.join('.')}"`;
  }
  const index = Number(path[1]);
  const id = claimNodes(document)[index]?.id;
  const claim = id === undefined ? `claim #${index + 1}` : `claim ${id}`;
  if (path.length === 2) {
    return claim;
  }
  if (path[2] === 'tags' && path.length === 4) {
    return `tag #${Number(path[3]) + 1} of ${claim}`;
  }
  return `"${path.slice(2).join('.')}" of ${claim}`;
}
