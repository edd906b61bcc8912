import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { githubAnnotation } from '../../../src/cli/check/findings';
import { mapWithConcurrency } from '../../../src/cli/check/mapWithConcurrency';
import { CliIo } from '../../../src/cli/io';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { SidecarClaim } from '../../../src/core/sidecar/types';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const seedName = '000_cea7053ff7734d83.txt';
const seedText = fs.readFileSync(path.join(repoRoot, 'seeds', seedName), 'utf8');

const FOUND = 'The commission found no evidence that these assumptions are true.';
const CRITICISES = 'which also criticises the coalition’s flagship integration project, the better care fund, as having been planned in a “hokey cokey” fashion';

/** A claim on `quote` as it stands in `text`, or, with `storedQuote`, as it stood before the text was edited. */
function claimOn(id: string, text: string, quote: string, storedQuote = quote): SidecarClaim {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `the test document lacks ${quote}`);
  return { id, anchor: { ...createQuoteAnchor(text, start, start + quote.length), quote: storedQuote }, tags: ['finding'] };
}

function sidecarText(claims: readonly SidecarClaim[], document = seedName): string {
  return serialiseSidecar({ schema: 1, document, offsets: 'utf-16', claims });
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

describe('policy-annotator check', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-check-'));
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  function write(relative: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    fs.writeFileSync(path.join(folder, relative), text);
  }

  function writeSeedWith(relative: string, sidecar: string): void {
    write(relative, seedText);
    write(`${relative}.annotations.yaml`, sidecar);
  }

  async function check(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: folder,
      env,
    };
    const code = await runCheck(args, io);
    return { code, stdout, stderr };
  }

  it('passes a good sidecar quietly, with a summary', async () => {
    writeSeedWith(seedName, sidecarText([claimOn('c-aaaaaa', seedText, FOUND), claimOn('c-bbbbbb', seedText, CRITICISES)]));
    assert.deepEqual(await check(), { code: 0, stdout: 'checked 1 sidecar, 2 claims: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('lists the claims that anchor exactly with --verbose', async () => {
    writeSeedWith(seedName, sidecarText([claimOn('c-aaaaaa', seedText, FOUND)]));
    const run = await check(['--verbose']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`^${seedName}\\.annotations\\.yaml:5:5: info: claim c-aaaaaa anchors exactly at line 9 of ${seedName}\n`));
  });

  it('reports broken YAML at its line', async () => {
    writeSeedWith(seedName, 'schema: 1\ndocument: x\nclaims: [\n  oops: 1\n');
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, new RegExp(`^${seedName}\\.annotations\\.yaml:\\d+:\\d+: error: YAML syntax: `));
    assert.match(run.stdout, /checked 1 sidecar, 0 claims: 1 error, 0 warnings\n$/);
  });

  it('reports each git conflict marker', async () => {
    const [head, ...claimLines] = sidecarText([claimOn('c-aaaaaa', seedText, FOUND)]).split('claims:\n');
    writeSeedWith(seedName, `${head}claims:\n<<<<<<< HEAD\n${claimLines.join('')}=======\n>>>>>>> theirs\n`);
    const run = await check();
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.split('\n').filter((line) => line.includes('conflict marker')).map((line) => line.split(': error')[0]), [
      `${seedName}.annotations.yaml:5:1`,
      `${seedName}.annotations.yaml:14:1`,
      `${seedName}.annotations.yaml:15:1`,
    ]);
  });

  it('reports a schema error at the offending line', async () => {
    writeSeedWith(seedName, sidecarText([claimOn('c-aaaaaa', seedText, FOUND)]).replace('    start:', '    colour: red\n    start:'));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, new RegExp(`^${seedName}\\.annotations\\.yaml:9:5: error: unknown key "colour" in claim c-aaaaaa`));
  });

  it('reports a sidecar whose document is not beside it', async () => {
    write(`${seedName}.annotations.yaml`, sidecarText([claimOn('c-aaaaaa', seedText, FOUND)]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, new RegExp(`^${seedName}\\.annotations\\.yaml:2:11: error: document "${seedName}" is not beside this sidecar`));
  });

  it('reports a sidecar that names another document', async () => {
    writeSeedWith(seedName, sidecarText([claimOn('c-aaaaaa', seedText, FOUND)], 'other.txt'));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /:2:11: error: document is "other\.txt", but this sidecar belongs to "000_cea7053ff7734d83\.txt"/);
  });

  it('reports a duplicate claim id at the second claim', async () => {
    writeSeedWith(seedName, sidecarText([claimOn('c-aaaaaa', seedText, FOUND), claimOn('c-bbbbbb', seedText, CRITICISES)]).replace('c-bbbbbb', 'c-aaaaaa'));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /yaml:13:5: error: claim id c-aaaaaa is used twice/);
  });

  it('reports an orphaned claim as an error at its line in the sidecar', async () => {
    const edited = seedText.replace(FOUND, 'The commission drew its own conclusions.');
    write(seedName, edited);
    write(`${seedName}.annotations.yaml`, sidecarText([claimOn('c-bbbbbb', seedText, CRITICISES), claimOn('c-aaaaaa', seedText, FOUND)]));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /yaml:13:5: error: claim c-aaaaaa is orphaned: its quote "The commission found no evidence that these assumptions are…" is no longer in 000_cea7053ff7734d83\.txt\n/);
  });

  it('reports a claim whose edited quote fits two places equally as needing review', async () => {
    const sentence = 'The fund saved £1bn in 2015-16 across the whole country.';
    write('twice.txt', `Alpha. ${sentence} Beta. ${sentence} Gamma.`);
    const stale = { id: 'c-aaaaaa', anchor: { quote: sentence.replace('£1bn', '£2bn'), prefix: '', suffix: '', start: 40, end: 96 }, tags: [] };
    write('twice.txt.annotations.yaml', sidecarText([stale], 'twice.txt'));
    const run = await check();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^twice\.txt\.annotations\.yaml:5:5: error: claim c-aaaaaa needs review: its quote fits 2 places about equally well; the claim reads "The fund saved £2bn in 2015-16 across the whole country\.", line 1 of twice\.txt reads "The fund saved £1bn in 2015-16 across the whole country\."\n/);
  });

  it('warns about a claim found only fuzzily, and still passes', async () => {
    const storedQuote = CRITICISES.replace('criticises', 'criticised').replace('project', 'programme');
    writeSeedWith(seedName, sidecarText([claimOn('c-aaaaaa', seedText, CRITICISES, storedQuote)]));
    const run = await check();
    assert.equal(run.code, 0);
    assert.match(run.stdout, /yaml:5:5: warning: claim c-aaaaaa re-anchored fuzzily \(stale quote, same figures and names\): "which also criticised the coalition’s flagship integration …" now reads "which also criticises the coalition’s flagship integration …" at line 3 of 000_cea7053ff7734d83\.txt\n/);
    assert.match(run.stdout, /checked 1 sidecar, 1 claim: 0 errors, 1 warning\n$/);
  });

  it('adds GitHub Actions annotations when run there', async () => {
    write(`reports/${seedName}.annotations.yaml`, sidecarText([claimOn('c-aaaaaa', seedText, FOUND)]));
    const run = await check([], { GITHUB_ACTIONS: 'true' });
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.split('\n').slice(0, 2), [
      `reports/${seedName}.annotations.yaml:2:11: error: document "${seedName}" is not beside this sidecar, so its claims cannot be anchored`,
      `::error file=reports/${seedName}.annotations.yaml,line=2,col=11::document "${seedName}" is not beside this sidecar, so its claims cannot be anchored`,
    ]);
  });

  it('searches folders to the bottom, but not node_modules or dot-folders, and takes documents for their sidecars', async () => {
    const good = sidecarText([claimOn('c-aaaaaa', seedText, FOUND)]);
    writeSeedWith(`a/b/${seedName}`, good);
    writeSeedWith(`node_modules/pkg/${seedName}`, 'broken: [');
    writeSeedWith(`.git/${seedName}`, 'broken: [');
    writeSeedWith(`c/${seedName}`, good);
    assert.match((await check()).stdout, /^checked 2 sidecars, 2 claims: 0 errors, 0 warnings\n$/);
    assert.match((await check([`c/${seedName}`])).stdout, /^checked 1 sidecar, 1 claim/);
    assert.match((await check(['a', 'a/b'])).stdout, /^checked 1 sidecar, 1 claim/);
  });

  it('exits 2 on an unknown flag or a path that does not exist', async () => {
    const unknownFlag = await check(['--frobnicate']);
    assert.equal(unknownFlag.code, 2);
    assert.match(unknownFlag.stderr, /Unknown option '--frobnicate'/);
    const missing = await check(['nowhere']);
    assert.deepEqual(missing, { code: 2, stdout: '', stderr: 'policy-annotator check: no such file or folder: nowhere\n' });
  });
});

describe('check output for GitHub Actions', () => {
  it('escapes what the workflow-command parser would misread', () => {
    const report = { path: 'a,b:c.txt.annotations.yaml', claims: 1, findings: [] };
    assert.equal(
      githubAnnotation(report, { severity: 'warning', line: 3, column: 5, message: '100% sure\nsecond line' }),
      '::warning file=a%2Cb%3Ac.txt.annotations.yaml,line=3,col=5::100%25 sure%0Asecond line',
    );
    assert.equal(githubAnnotation(report, { severity: 'info', line: 3, column: 5, message: 'fine' }), undefined);
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the order of its input and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const doubled = await mapWithConcurrency(Array.from({ length: 50 }, (_, index) => index), 4, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      running -= 1;
      return item * 2;
    });
    assert.deepEqual(doubled, Array.from({ length: 50 }, (_, index) => index * 2));
    assert.equal(most, 4);
  });
});
