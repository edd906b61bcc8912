import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function sourceFilesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]);
}

// The layers depend one way (editor → core, cli → core), so core runs in the CLI, tests and a worker.
describe('architecture', () => {
  it('keeps vscode and the editor layer out of src/core', () => {
    const offenders = sourceFilesUnder(path.join(repoRoot, 'src', 'core')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier === 'vscode' || specifier.includes('/editor/') || specifier.includes('/cli/'))
        .map((specifier) => `${path.relative(repoRoot, file)} imports ${specifier}`));
    assert.deepEqual(offenders, []);
  });

  it('keeps vscode and the editor layer out of src/cli', () => {
    const offenders = sourceFilesUnder(path.join(repoRoot, 'src', 'cli')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier === 'vscode' || specifier.includes('/editor/'))
        .map((specifier) => `${path.relative(repoRoot, file)} imports ${specifier}`));
    assert.deepEqual(offenders, []);
  });

  // The browser build exports too (CSV, JSON-LD in a web extension): no Node built-ins there.
  it('keeps Node built-ins out of src/core/export', () => {
    const offenders = sourceFilesUnder(path.join(repoRoot, 'src', 'core', 'export')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('node:') || ['fs', 'path', 'os', 'zlib', 'crypto', 'buffer'].includes(specifier))
        .map((specifier) => `${path.relative(repoRoot, file)} imports ${specifier}`));
    assert.deepEqual(offenders, []);
  });
});
