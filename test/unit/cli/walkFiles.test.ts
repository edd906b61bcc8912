import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { walkFiles } from '../../../src/cli/walkFiles';

describe('walkFiles', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-walk-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  function write(relative: string, text = 'x'): void {
    fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    fs.writeFileSync(path.join(folder, relative), text);
  }

  it('honours .gitignore files on the way down, and skips dot-folders and node_modules', async () => {
    write('.gitignore', 'build/\n*.log\n!keep.log\n');
    write('a.txt');
    write('debug.log');
    write('keep.log');
    write('build/out.txt');
    write('docs/.gitignore', 'drafts\n');
    write('docs/report.txt');
    write('docs/drafts/old.txt');
    write('docs/sub/drafts/older.txt');
    write('.git/config');
    write('node_modules/pkg/readme.txt');
    fs.symlinkSync(folder, path.join(folder, 'loop'));
    const found = (await walkFiles(folder)).map((file) => path.relative(folder, file).split(path.sep).join('/'));
    assert.deepEqual(found, ['a.txt', 'docs/report.txt', 'keep.log', 'loop']);
  });
});
