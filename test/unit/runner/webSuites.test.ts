import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const webDir = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'web');

// The web worker host has no file system to find test files by name: test/web/index.ts lists them.
describe('web suites', () => {
  it('are all loaded by test/web/index.ts', () => {
    const files = fs.readdirSync(webDir).filter((name) => name.endsWith('.test.ts')).map((name) => `./${name.slice(0, -'.ts'.length)}`).sort();
    const index = fs.readFileSync(path.join(webDir, 'index.ts'), 'utf8');
    const loaded = [...index.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1]).sort();
    assert.ok(files.length > 0, `no web suites in ${webDir}`);
    assert.deepEqual(loaded, files);
  });
});
