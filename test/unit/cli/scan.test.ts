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
          { kind: 'organisation', start: 4, end: 7, text: 'NAO', value: { name: 'National Audit Office', aliases: ['NAO'] }, origin: { from: 'built-in list' } },
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
    fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from([0x4e, 0x0a, 0x4e, 0xe9, 0x48]));
    const io = fakeIo(folder);
    assert.equal(await runScan(['--json', 'binary.txt', 'latin1.txt', path.join('docs', 'report.md')], io), 1);
    assert.equal(JSON.parse(io.out()).files.length, 1);
    assert.match(io.err(), /binary\.txt: is a binary file, not text \(it holds NUL bytes, the first on line 1\); not scanned/);
    assert.match(io.err(), /latin1\.txt: is not valid UTF-8 text \(the first bad byte is on line 2\); not scanned/);
  });

  it('names a missing file and fails', async () => {
    const io = fakeIo(folder);
    assert.equal(await runScan(['missing.txt'], io), 1);
    assert.match(io.err(), /missing\.txt: cannot read \(ENOENT\)/);
  });

  it('keeps the hedges the detector read, as approx and bound', async () => {
    fs.writeFileSync(path.join(folder, 'hedged.txt'), 'nearly £4bn, at least 20% and up to 300 beds');
    const io = fakeIo(folder);
    assert.equal(await runScan(['--json', 'hedged.txt'], io), 0);
    const entities = JSON.parse(io.out()).files[0].entities as { text: string; approx?: boolean; bound?: string }[];
    assert.deepEqual(entities.map(({ text, approx, bound }) => [text, approx ?? null, bound ?? null]),
      [['£4bn', true, null], ['20%', null, 'lower'], ['300', null, 'upper']]);
  });

  it('summarises per kind how many were found and from where', async () => {
    fs.writeFileSync(path.join(folder, 'stats.txt'), 'The NAO and the Widget Trust said the Care Act cost £5bn in 2019.');
    const io = fakeIo(folder);
    assert.equal(await runScan(['--stats', 'stats.txt'], io), 0);
    assert.equal(io.out(), [
      'money              1',
      '                   1  from the figure rules',
      'date               1',
      '                   1  from the figure rules',
      'organisation       2',
      '                   1  from a rule: a name ending in "Trust"',
      '                   1  from the built-in list',
      'legislation        1',
      '                   1  from the built-in list',
      '',
    ].join('\n'));
  });

  it('reads the workspace list above the documents: its names, and what is not an entity there or everywhere', async () => {
    fs.mkdirSync(path.join(folder, '.policy-annotator'));
    fs.writeFileSync(path.join(folder, '.policy-annotator', 'organisations.json'), JSON.stringify([
      { name: 'Widget Works', aliases: ['WW'] },
      { notAnEntity: 'NAO', documents: ['docs/report.md'] },
      { notAnEntity: 'Better Care Fund' },
    ]));
    fs.writeFileSync(path.join(folder, 'docs', 'other.txt'), 'Widget Works and the NAO; the Better Care Fund.');
    const io = fakeIo(folder);
    assert.equal(await runScan(['--json', 'docs'], io), 0);
    const texts = (JSON.parse(io.out()).files as { path: string; entities: { text: string; origin?: { from: string } }[] }[])
      .map((file) => [path.basename(file.path), file.entities.map((entity) => `${entity.text} (${entity.origin?.from ?? 'figure'})`)]);
    assert.deepEqual(texts, [['other.txt', ['Widget Works (your list)', 'NAO (built-in list)']], ['report.md', ['£5.3bn (figure)']]]);
  });

  it('names the line of a bad entry in the workspace list, and fails', async () => {
    fs.mkdirSync(path.join(folder, '.policy-annotator'));
    fs.writeFileSync(path.join(folder, '.policy-annotator', 'organisations.json'), '[\n  {"aliases": ["X"]}\n]');
    const io = fakeIo(folder);
    assert.equal(await runScan(['docs'], io), 1);
    assert.match(io.err(), /organisations\.json:2:3: entry 1 needs a "name"/);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal(await runScan([], fakeIo(folder)), 2);
    const io = fakeIo(folder);
    assert.equal(await runScan(['--bogus', 'docs'], io), 2);
    assert.match(io.err(), /Usage: policy-annotator scan/);
  });
});
