import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const schemaPath = path.join(repoRoot, 'media', 'annotations.schema.json');

function propertiesWithoutDescription(schema: Record<string, unknown>, where: string): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).flatMap(([name, property]) => [
    ...(typeof property.description === 'string' ? [] : [`${where}.${name}`]),
    ...propertiesWithoutDescription(property, `${where}.${name}`),
  ]);
}

describe('published sidecar schema', () => {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;

  it('is a valid draft-07 schema', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  });

  it('describes every key, since YAML tooling shows the descriptions as hover help', () => {
    assert.deepEqual([
      ...propertiesWithoutDescription(schema, 'sidecar'),
      ...propertiesWithoutDescription(schema.definitions.claim, 'claim'),
    ], []);
  });

  it('is the schema the manifest contributes to YAML tooling for sidecars', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { yamlValidation: { fileMatch: string; url: string }[] } };
    assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: '*.annotations.yaml', url: './media/annotations.schema.json' }]);
  });
});
