import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createQuoteAnchor } from '../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../src/core/sidecar/serialise';
import type { SidecarClaim } from '../../src/core/sidecar/types';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { policyAnnotator } from '../integration/helpers/extension';
import { repoRoot } from '../runner/paths';

const waitMs = 15_000;

/** Resolves once `probe` gives a value, checked again whenever `events` fire; rejects after a while. */
function when<T>(probe: () => T | undefined, events: vscode.Event<unknown>[], what: string): Promise<T> {
  const now = probe();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const listeners = events.map((event) => event(() => {
      const value = probe();
      if (value !== undefined) finish(() => resolve(value));
    }));
    const timer = setTimeout(() => finish(() => reject(new Error(`Timed out after ${waitMs / 1000} s waiting for ${what}`))), waitMs);
    function finish(settle: () => void): void {
      clearTimeout(timer);
      listeners.forEach((listener) => listener.dispose());
      settle();
    }
  });
}

/** Files the manifest names (icons, grammar, language configuration, schema): each must be in the package. */
function filesNamedByManifest(manifest: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string' && ['icon', 'path', 'configuration', 'url', 'main', 'browser', 'light', 'dark'].includes(key) && /^(\.\/)?[\w-]+\/[\w./-]+\.\w+$/.test(value)) {
      found.add(path.normalize(value));
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item, key));
    } else if (typeof value === 'object' && value !== null) {
      // `__metadata` is what VS Code adds on install, not part of the package.
      Object.entries(value).filter(([name]) => !name.startsWith('__')).forEach(([name, item]) => visit(item, name));
    }
  };
  visit(manifest, '');
  return [...found].sort();
}

// Runs against the .vsix installed into a fresh extensions folder (npm run test:smoke), not the
// development folder: a file left out of the package fails here.
describe('smoke: the installed package', () => {
  let extension: vscode.Extension<PolicyAnnotatorApi>;
  let document: vscode.TextDocument;

  before(async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(workspace, 'no workspace folder');
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace, 'report.policy'));
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is the installed copy and activates on a policy document', async () => {
    extension = policyAnnotator();
    assert.notStrictEqual(path.resolve(extension.extensionPath), repoRoot, 'the development folder was loaded, not the package');
    assert.ok(fs.existsSync(path.join(extension.extensionPath, '.vsixmanifest')), `${extension.extensionPath} was not installed from a .vsix`);
    await when(() => (extension.isActive ? true : undefined), [vscode.extensions.onDidChange, vscode.window.onDidChangeActiveTextEditor], 'the extension to activate on report.policy');
  });

  it('holds every file its manifest and its code name', () => {
    const manifest = extension.packageJSON as Record<string, unknown>;
    // Named in code rather than the manifest: the gutter mark, the command line git runs for the merge driver, and the worker that reads sidecars.
    const required = [...filesNamedByManifest(manifest), path.join('media', 'claim-gutter.svg'), path.join('dist', 'cli.js'), path.join('dist', 'sidecarReaderWorker.js')];
    const missing = required.filter((file) => !fs.existsSync(path.join(extension.extensionPath, file)));
    assert.deepStrictEqual(missing, [], `files missing from the package (see .vscodeignore)`);
  });

  it('highlights a figure', async () => {
    const ranges = await when(() => {
      const money = extension.exports.decorationsFor(document.uri)?.get('money');
      return money && money.length > 0 ? money : undefined;
    }, [vscode.window.onDidChangeVisibleTextEditors, vscode.window.onDidChangeTextEditorVisibleRanges], 'money highlights in report.policy');
    assert.match(document.getText(ranges[0]), /£|\d/);
  });

  it('tags a claim and writes its sidecar', async () => {
    const quote = document.getText().match(/[^.\n]*\d[^.\n]*\./)?.[0];
    assert.ok(quote, 'no sentence with a number in report.policy');
    const start = document.getText().indexOf(quote);
    const id = await vscode.commands.executeCommand<string>('policyAnnotator.tagSelection', document.uri, { start, end: start + quote.length }, { tags: ['finding'] });
    assert.match(id ?? '', /^c-[a-z0-9]{6}$/);
    const sidecar = fs.readFileSync(`${document.uri.fsPath}.annotations.yaml`, 'utf8');
    assert.ok(sidecar.includes(`id: ${id}`) && sidecar.includes('- finding'), sidecar);
  });

  it('sets up the merge driver with its own command line, and git merges claim by claim with it', async () => {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-smoke-')));
    try {
      const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder, env, encoding: 'utf8', stdio: 'pipe' });
      git('init', '--quiet', '--initial-branch=main');
      assert.strictEqual(git('rev-parse', '--show-toplevel').trim(), folder);
      const text = 'The fund cost £5.3bn in 2019.\n\nThe NAO found that 40% of councils overspent.\n';
      const claim = (id: string, quote: string, tag: string): SidecarClaim => {
        const start = text.indexOf(quote);
        return { id, anchor: createQuoteAnchor(text, start, start + quote.length), tags: [tag] };
      };
      const sidecar = (...claims: SidecarClaim[]): string => serialiseSidecar({ schema: 1, document: 'report.txt', offsets: 'utf-16', claims });
      fs.writeFileSync(path.join(folder, 'report.txt'), text);
      fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), sidecar());
      git('add', '--all');
      git('commit', '--quiet', '-m', 'base');

      const message = await vscode.commands.executeCommand<string | undefined>('policyAnnotator.setUpMergeDriver', vscode.Uri.file(folder));
      assert.match(message ?? '', /set up/);
      const driver = git('config', '--local', 'merge.policy-annotations.driver').trim();
      assert.ok(driver.includes(path.join(extension.extensionPath, 'dist', 'cli.js')), `the driver does not run the installed copy: ${driver}`);
      git('add', '.gitattributes');
      git('commit', '--quiet', '-m', 'merge driver');

      git('checkout', '--quiet', '-b', 'left');
      fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), sidecar(claim('c-left01', 'The fund cost £5.3bn in 2019.', 'finding')));
      git('commit', '--quiet', '-am', 'left');
      git('checkout', '--quiet', 'main');
      fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), sidecar(claim('c-main01', 'The NAO found that 40% of councils overspent.', 'estimate')));
      git('commit', '--quiet', '-am', 'main');
      // Without the driver git would see both sides add lines at one place: a conflict.
      git('merge', '--quiet', '--no-edit', 'left');
      const merged = fs.readFileSync(path.join(folder, 'report.txt.annotations.yaml'), 'utf8');
      assert.ok(merged.includes('c-left01') && merged.includes('c-main01') && !merged.includes('<<<<<<<'), merged);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
