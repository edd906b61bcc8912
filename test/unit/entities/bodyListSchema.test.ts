import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bodyListItemErrors } from '../../../src/core/entities/bodyListSchema';
import { BUILT_IN_BODIES, parseBodyList } from '../../../src/core/entities/bodyList';
import organisationsSchema from '../../../media/organisations.schema.json';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { items?: unknown }> }; jsonValidation: { fileMatch: string; url: string }[] };
};

describe('one JSON Schema for organisation lists', () => {
  it('holds for every entry of the built-in list', () => {
    const broken = BUILT_IN_BODIES.map((entry) => ({ entry, errors: bodyListItemErrors(entry) })).filter(({ errors }) => errors.length > 0);
    assert.deepEqual(broken.map(({ entry, errors }) => `${entry.name}: ${errors[0].instancePath} ${errors[0].message}`), []);
  });

  it('is the schema of the organisations.extra setting', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['policyAnnotator.organisations.extra'].items, organisationsSchema.definitions.entry);
  });

  it('validates the workspace file in the editor', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '**/.policy-annotator/organisations.json', url: './media/organisations.schema.json' }]);
  });

  it('reads exclusions beside entries, and reports a bad one at its line', () => {
    const { entries, exclusions, problems } = parseBodyList(
      '[{"name": "Widget Works"},\n {"notAnEntity": "Growth Plan"},\n {"notAnEntity": "Board", "documents": ["a.txt"]},\n {"notAnEntity": ""}]', 'orgs.json');
    assert.deepEqual(entries, [{ name: 'Widget Works' }]);
    assert.deepEqual(exclusions, [{ notAnEntity: 'Growth Plan' }, { notAnEntity: 'Board', documents: ['a.txt'] }]);
    assert.match(problems[0].message, /^orgs\.json:4:\d+: entry 4 needs a "notAnEntity" that is a non-empty string/);
  });
});
