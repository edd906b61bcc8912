import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import type { SidecarClaim } from '../../../src/core/sidecar/types';

const TWO = 'Planned savings for these two elements were £261 million.';
const THREE = 'Planned savings for these three elements were £384 million.';
const TEXT = `The department reviewed its plans.\n${TWO}\nOfficials turned to the wider programme.\n${THREE}\n`;

function claimOn(text: string, quote: string, id = 'c-aaaaaa'): SidecarClaim {
  const start = text.indexOf(quote);
  return { id, anchor: createQuoteAnchor(text, start, start + quote.length), tags: ['finding'] };
}

function sidecarFor(name: string, claims: readonly SidecarClaim[]): string {
  return serialiseSidecar({ schema: 1, document: name, offsets: 'utf-16', claims });
}

describe('policy-annotator check: what it trusts', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-trust-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCheck(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: folder, env: {} });
    return { code, stdout, stderr };
  }

  function write(name: string, text: string | Buffer): void {
    fs.writeFileSync(path.join(folder, name), text);
  }

  it('a claim found only at text with other figures is an error showing both texts', async () => {
    write('report.txt', TEXT.replace(`${TWO}\n`, ''));
    write('report.txt.annotations.yaml', sidecarFor('report.txt', [claimOn(TEXT, TWO)]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /report\.txt\.annotations\.yaml:5:5: error: claim c-aaaaaa needs review: it is found only at text with other figures or names .*£261.*line 3 of report\.txt reads "… savings for these three elements were £384 million\."/);
  });

  it('a fuzzy match with the same figures stays a warning; --strict makes it an error', async () => {
    write('report.txt', TEXT.replace(TWO, TWO.replace('Planned', 'Projected')));
    write('report.txt.annotations.yaml', sidecarFor('report.txt', [claimOn(TEXT, TWO)]));
    const relaxed = await check();
    assert.equal(relaxed.code, 0);
    assert.match(relaxed.stdout, /warning: claim c-aaaaaa re-anchored fuzzily/);
    const strict = await check('--strict');
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /error: claim c-aaaaaa re-anchored fuzzily/);
  });

  it('a document that is a folder or a symlink loop is an error for that sidecar, and the others are still checked', async () => {
    fs.mkdirSync(path.join(folder, 'folder.txt'));
    write('folder.txt.annotations.yaml', sidecarFor('folder.txt', [claimOn(TEXT, TWO)]));
    fs.symlinkSync('loop.txt', path.join(folder, 'loop.txt'));
    write('loop.txt.annotations.yaml', sidecarFor('loop.txt', [claimOn(TEXT, TWO)]));
    write('report.txt', TEXT);
    write('report.txt.annotations.yaml', sidecarFor('report.txt', [claimOn(TEXT, TWO)]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /folder\.txt\.annotations\.yaml:2:11: error: document "folder\.txt" is a folder, not a file/);
    assert.match(run.stdout, /loop\.txt\.annotations\.yaml:2:11: error: document "loop\.txt" cannot be read: it is a symbolic link that leads back to itself/);
    assert.match(run.stdout, /checked 3 sidecars, 3 claims: 2 errors, 0 warnings\n$/);
  });

  it('a sidecar that is itself a symlink loop is one error, and the run goes on', async () => {
    fs.symlinkSync('self.txt.annotations.yaml', path.join(folder, 'self.txt.annotations.yaml'));
    write('report.txt', TEXT);
    write('report.txt.annotations.yaml', sidecarFor('report.txt', [claimOn(TEXT, TWO)]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /self\.txt\.annotations\.yaml:1:1: error: this sidecar cannot be read: it is a symbolic link that leads back to itself/);
    assert.match(run.stdout, /checked 2 sidecars, 1 claim: 1 error/);
  });

  it('catches an id duplicated through a YAML alias', async () => {
    write('report.txt', TEXT);
    const sidecar = sidecarFor('report.txt', [claimOn(TEXT, TWO)]).replace('  - id: c-aaaaaa', '  - &x\n    id: c-aaaaaa') + '  - *x\n';
    write('report.txt.annotations.yaml', sidecar);
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /error: claim id c-aaaaaa is used twice/);
  });

  it('compares names with the workspace\'s own organisation list too, as the editor does', async () => {
    const quote = 'Analysts at Zorblax estimated the cost of the scheme carefully over two years of work.';
    const other = quote.replace('Zorblax', 'Quibbix');
    write('report.txt', `Intro.\n${other}\nOutro.\n`);
    write('report.txt.annotations.yaml', sidecarFor('report.txt', [claimOn(`Intro.\n${quote}\nOutro.\n`, quote)]));
    assert.equal((await check()).code, 0, 'without the list, the names are not organisations');
    fs.mkdirSync(path.join(folder, '.policy-annotator'));
    write('.policy-annotator/organisations.json', JSON.stringify([{ name: 'Zorblax' }, { name: 'Quibbix' }]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /needs review: it is found only at text with other figures or names \(the claim states organisation Zorblax where the text has organisation Quibbix\)/);
  });

  it('a binary sidecar or document gets one short line, not its bytes', async () => {
    const bytes = Buffer.alloc(200_000, 0x01);
    bytes[4] = 0x0a;
    bytes[10] = 0;
    write('binary.txt.annotations.yaml', bytes);
    write('report.txt', bytes);
    write('report.txt.annotations.yaml', sidecarFor('report.txt', [claimOn(TEXT, TWO)]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /binary\.txt\.annotations\.yaml:2:1: error: this sidecar is a binary file, not text \(it holds NUL bytes, the first on line 2\)\n/);
    assert.match(run.stdout, /error: document "report\.txt" is a binary file, not text \(it holds NUL bytes, the first on line 2\)/);
    assert.ok(run.stdout.length < 1_000, run.stdout);
  });

  it('a sidecar that is not UTF-8 is an error at its first bad line; a document, at the sidecar\'s document line, naming its own', async () => {
    const sidecar = sidecarFor('report.txt', [claimOn(TEXT, TWO)]).split('\n');
    // A note with an é saved as Latin-1: one byte, never UTF-8 on its own.
    const latin1 = (line: string): Buffer => Buffer.concat([Buffer.from(line.replace('é', '')), Buffer.from([0xe9])]);
    write('report.txt', TEXT);
    write('report.txt.annotations.yaml', Buffer.concat([Buffer.from(sidecar.slice(0, 2).join('\n') + '\n'), latin1('# café'), Buffer.from('\n' + sidecar.slice(2).join('\n'))]));
    write('other.txt', Buffer.concat([Buffer.from('one\ntwo\n'), latin1('three é')]));
    write('other.txt.annotations.yaml', sidecarFor('other.txt', []));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^report\.txt\.annotations\.yaml:3:1: error: this sidecar is not valid UTF-8 text \(the first bad byte is on line 3\)$/m);
    assert.match(run.stdout, /^other\.txt\.annotations\.yaml:2:11: error: document "other\.txt" is not valid UTF-8 text \(the first bad byte is on line 3\), so its claims cannot be anchored$/m);
  });
});
