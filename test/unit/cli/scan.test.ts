import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runScan } from '../../../src/cli/scan';
import { fakeIo } from './fakeIo';

describe('policy-annotator scan', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-test-'));
    fs.mkdirSync(path.join(folder, 'docs', 'node_modules'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'docs', '.hidden'));
    fs.writeFileSync(path.join(folder, 'docs', 'report.md'), 'The NAO found £5.3bn.\n');
    fs.writeFileSync(path.join(folder, 'docs', 'report.annotations.yaml'), 'claims: []\n');
    fs.writeFileSync(path.join(folder, 'docs', 'notes.pdf'), 'NHS');
    fs.writeFileSync(path.join(folder, 'docs', 'node_modules', 'x.txt'), 'NHS');
    fs.writeFileSync(path.join(folder, 'docs', '.hidden', 'y.txt'), 'NHS');
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints exactly the documented JSON for a folder, skipping sidecars, node_modules and dot-folders', async () => {
    const io = fakeIo(folder);
    assert.equal(await runScan(['--json', 'docs'], io), 0);
    assert.deepEqual(JSON.parse(io.out()), {
      files: [{
        path: path.join('docs', 'report.md'),
        entities: [
          { kind: 'organisation', start: 4, end: 7, text: 'NAO', value: { name: 'National Audit Office', aliases: ['NAO'] } },
          { kind: 'money', start: 14, end: 20, text: '£5.3bn', value: { amount: 5_300_000_000, currency: 'GBP' } },
        ],
      }],
    });
  });

  it('prints an aligned table with line:column, kind, text and value', async () => {
    const io = fakeIo(folder);
    assert.equal(await runScan([path.join('docs', 'report.md')], io), 0);
    assert.equal(io.out(), [
      path.join('docs', 'report.md'),
      '  1:5   organisation  "NAO"     National Audit Office (also NAO)',
      '  1:15  money         "£5.3bn"  £5,300,000,000 (GBP)',
      '',
    ].join('\n'));
  });

  it('scans the others, then names a binary or non-UTF-8 file and fails', async () => {
    fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x4e, 0x00, 0x48]));
    fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from([0x4e, 0xe9, 0x48]));
    const io = fakeIo(folder);
    assert.equal(await runScan(['--json', 'binary.txt', 'latin1.txt', path.join('docs', 'report.md')], io), 1);
    assert.equal(JSON.parse(io.out()).files.length, 1);
    assert.match(io.err(), /binary\.txt: looks like a binary file/);
    assert.match(io.err(), /latin1\.txt: is not valid UTF-8/);
  });

  it('names a missing file and fails', async () => {
    const io = fakeIo(folder);
    assert.equal(await runScan(['missing.txt'], io), 1);
    assert.match(io.err(), /missing\.txt: cannot read \(ENOENT\)/);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal(await runScan([], fakeIo(folder)), 2);
    const io = fakeIo(folder);
    assert.equal(await runScan(['--bogus', 'docs'], io), 2);
    assert.match(io.err(), /Usage: policy-annotator scan/);
  });
});
