import * as assert from 'node:assert/strict';
import { decideScope, ScopeQuery, ScopeSettings, toggledScope } from '../../../src/core/scope/documentScope';

const none: ScopeSettings = { include: [], exclude: [] };
const query = (path: string, languageId: string, optedIn = false): ScopeQuery => ({ path, languageId, optedIn });

describe('decideScope', () => {
  it('leaves a Markdown README in a code repository alone, and serves policy documents there', () => {
    assert.deepEqual(decideScope(query('README.md', 'markdown'), none), { inScope: false, reason: 'notOptedIn' });
    assert.deepEqual(decideScope(query('notes/plan.txt', 'plaintext'), none), { inScope: false, reason: 'notOptedIn' });
    assert.deepEqual(decideScope(query('reports/nao.policy', 'policy-document'), none), { inScope: true, reason: 'policyLanguage' });
  });

  it('serves text and Markdown in a workspace that opted in', () => {
    assert.deepEqual(decideScope(query('reports/nao.txt', 'plaintext', true), none), { inScope: true, reason: 'optedIn' });
    assert.deepEqual(decideScope(query('reports/nao.md', 'markdown', true), none), { inScope: true, reason: 'optedIn' });
  });

  it('never serves other languages, whatever the patterns say', () => {
    assert.deepEqual(decideScope(query('src/main.ts', 'typescript', true), { include: ['**'], exclude: [] }), { inScope: false, reason: 'otherLanguage' });
  });

  it('serves what include names, and leaves what exclude names, policy documents too', () => {
    const settings = { include: ['reports/**/*.txt'], exclude: ['drafts/**'] };
    assert.deepEqual(decideScope(query('reports/2024/nao.txt', 'plaintext'), settings), { inScope: true, reason: 'include', pattern: 'reports/**/*.txt' });
    assert.deepEqual(decideScope(query('drafts/nao.policy', 'policy-document'), settings), { inScope: false, reason: 'exclude', pattern: 'drafts/**' });
    assert.deepEqual(decideScope(query('README.md', 'markdown', true), { include: [], exclude: ['**/README.md'] }), { inScope: false, reason: 'exclude', pattern: '**/README.md' });
  });

  it('lets the most specific pattern decide, exclude on a tie', () => {
    const settings = { include: ['docs/reports/**', 'docs/notes.md', '**/*.md'], exclude: ['docs/**', '**/*.md'] };
    assert.equal(decideScope(query('docs/reports/a.txt', 'plaintext'), settings).inScope, true, 'two fixed folders beat one');
    assert.equal(decideScope(query('docs/other/a.txt', 'plaintext'), settings).inScope, false);
    assert.equal(decideScope(query('docs/notes.md', 'markdown'), settings).inScope, true, 'the file itself beats every glob');
    assert.equal(decideScope(query('a.md', 'markdown', true), settings).inScope, false, 'a tie goes to exclude');
  });

  it('matches dot folders and absolute paths outside a workspace', () => {
    assert.equal(decideScope(query('.github/report.md', 'markdown'), { include: ['**/*.md'], exclude: [] }).inScope, true);
    assert.equal(decideScope(query('/home/ann/report.txt', 'plaintext'), { include: ['/home/ann/report.txt'], exclude: [] }).inScope, true);
  });
});

describe('toggledScope', () => {
  it('turns a file on against a glob that excludes it, and off again', () => {
    const settings = { include: [], exclude: ['**/README.md'] };
    const on = toggledScope(settings, { path: 'docs/README.md', isFolder: false }, true);
    assert.deepEqual(on, { include: ['docs/README.md'], exclude: ['**/README.md'] });
    assert.equal(decideScope(query('docs/README.md', 'markdown'), on).inScope, true);
    const off = toggledScope(on, { path: 'docs/README.md', isFolder: false }, false);
    assert.deepEqual(off, { include: [], exclude: ['**/README.md', 'docs/README.md'] });
    assert.equal(decideScope(query('docs/README.md', 'markdown', true), off).inScope, false);
  });

  it('turns a folder on with a folder/** pattern that outranks shallower ones', () => {
    const on = toggledScope({ include: [], exclude: ['reports/**'] }, { path: 'reports/2024/', isFolder: true }, true);
    assert.deepEqual(on, { include: ['reports/2024/**'], exclude: ['reports/**'] });
    assert.equal(decideScope(query('reports/2024/a.txt', 'plaintext'), on).inScope, true);
    assert.equal(decideScope(query('reports/2023/a.txt', 'plaintext'), on).inScope, false);
  });
});
