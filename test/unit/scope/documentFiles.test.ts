import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import { DOCUMENT_EXTENSIONS, DOCUMENT_GLOB, hasDocumentExtension } from '../../../src/core/scope/documentFiles';

describe('document files', () => {
  it('include every extension package.json gives the policy-document language', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8')) as { contributes: { languages: { id: string; extensions?: string[] }[] } };
    const policy = manifest.contributes.languages.find((language) => language.id === 'policy-document');
    assert.ok(policy?.extensions && policy.extensions.length > 0);
    for (const extension of policy.extensions) assert.ok(DOCUMENT_EXTENSIONS.includes(extension), extension);
  });

  it('tell documents by extension in any case, and the glob takes the same files', () => {
    const glob = picomatch(DOCUMENT_GLOB);
    for (const [file, expected] of [['a/report.txt', true], ['notes.MD', true], ['x.markdown', true], ['b/c.pdoc', true], ['d.policy', true], ['e.yaml', false], ['f.tmd', false], ['g.txt.bak', false]] as const) {
      assert.equal(hasDocumentExtension(file), expected, file);
      if (file === file.toLowerCase()) assert.equal(glob(file), expected, file);
    }
  });
});
