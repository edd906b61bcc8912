import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runClaims } from '../../../src/cli/claims';
import { fakeIo } from './fakeIo';

const REPORT = [
  'Care costs rise again',
  '',
  'The National Audit Office found that spending rose by £2bn in 2023. “Ministers must publish the evidence,” said Dr Ann Lee, chief economist at the Nuffield Trust.',
  '',
  'We think the fund should be judged over a decade.',
  '',
].join('\n');

describe('policy-annotator claims', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-test-'));
    fs.mkdirSync(path.join(folder, 'docs'));
    fs.writeFileSync(path.join(folder, 'docs', 'report.txt'), REPORT);
    fs.writeFileSync(path.join(folder, 'docs', 'report.txt.annotations.yaml'), 'claims: []\n');
  });

  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints exactly the documented JSON: candidates in document order with UTF-16 offsets, score, reasons and source', async () => {
    const io = fakeIo(folder);
    assert.equal(await runClaims(['--json', 'docs'], io), 0);
    const output = JSON.parse(io.out()) as { files: { path: string; claims: Record<string, unknown>[] }[] };
    assert.deepEqual(output.files.map((file) => file.path), [path.join('docs', 'report.txt')]);
    const claims = output.files[0].claims;
    assert.deepEqual(claims.map((claim) => Object.keys(claim)), claims.map(() => ['start', 'end', 'text', 'score', 'reasons', 'source']));
    assert.deepEqual(claims.map((claim) => claim.text), [
      'The National Audit Office found that spending rose by £2bn in 2023.',
      '“Ministers must publish the evidence,” said Dr Ann Lee, chief economist at the Nuffield Trust.',
      'We think the fund should be judged over a decade.',
    ]);
    for (const claim of claims) assert.equal(REPORT.slice(claim.start as number, claim.end as number), claim.text);
    assert.deepEqual(claims.map((claim) => claim.source), [
      { person: null, organisation: 'National Audit Office' },
      { person: 'Dr Ann Lee', organisation: 'Nuffield Trust' },
      null,
    ]);
    assert.deepEqual(claims[0].reasons, ['figure', 'attribution', 'evidence']);
    assert.deepEqual(claims[2].reasons, ['recommendation']);
  });

  it('prints a table with line:column, score, source and text, and leaves out claims below --min-score', async () => {
    const io = fakeIo(folder);
    assert.equal(await runClaims(['--min-score', '3', path.join('docs', 'report.txt')], io), 0);
    const lines = io.out().trimEnd().split('\n');
    assert.equal(lines[0], path.join('docs', 'report.txt'));
    assert.equal(lines.length, 3);
    assert.match(lines[1], /^ {2}3:1 +\d+\.\d\d +National Audit Office +"The National Audit Office found/);
    assert.match(lines[2], /^ {2}3:69 +\d+\.\d\d +Dr Ann Lee, Nuffield Trust +"“Ministers must/);
  });

  it('finds the organisations the workspace list names, as scan and the editor do', async () => {
    fs.writeFileSync(path.join(folder, 'docs', 'widgets.txt'), 'Widget Works estimates that demand will double by 2030.\n');
    const sourceOf = async (): Promise<unknown> => {
      const io = fakeIo(folder);
      assert.equal(await runClaims(['--json', path.join('docs', 'widgets.txt')], io), 0);
      return (JSON.parse(io.out()) as { files: { claims: { source: unknown }[] }[] }).files[0].claims[0].source;
    };
    // Unlisted, two capitalised words before a reporting verb read as a person's name.
    assert.deepEqual(await sourceOf(), { person: 'Widget Works', organisation: null });
    fs.mkdirSync(path.join(folder, '.policy-annotator'));
    fs.writeFileSync(path.join(folder, '.policy-annotator', 'organisations.json'), JSON.stringify([{ name: 'Widget Works' }]));
    assert.deepEqual(await sourceOf(), { person: null, organisation: 'Widget Works' });
  });

  it('names an unreadable file and fails; exits 2 on usage errors', async () => {
    const io = fakeIo(folder);
    assert.equal(await runClaims(['missing.txt'], io), 1);
    assert.match(io.err(), /missing\.txt: cannot read \(ENOENT\)/);
    assert.equal(await runClaims([], fakeIo(folder)), 2);
    const bad = fakeIo(folder);
    assert.equal(await runClaims(['--min-score', 'high', 'docs'], bad), 2);
    assert.match(bad.err(), /--min-score needs a number/);
  });
});
