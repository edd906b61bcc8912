import * as assert from 'node:assert/strict';
import { runDiff } from '../../../src/cli/diff';
import { SEED_TEXT, seedClaim, seedSidecarText, TempRepo } from '../review/tempRepo';

const SIDECAR = 'report.txt.annotations.yaml';

describe('policy-annotator diff, in a real repository', () => {
  const myth = seedClaim('c-myth01', 'has no realistic prospect of success', { tags: ['opinion'] });
  const savings = seedClaim('c-save01', 'The commission found no evidence that these assumptions are true.', { tags: ['finding'] });
  const hokey = seedClaim('c-hoke01', 'planned in a “hokey cokey” fashion', { tags: ['opinion'], note: 'quoting the commission' });
  const realism = seedClaim('c-real01', 'calls for more “realism” in debates over the NHS budget', { tags: ['recommendation'] });
  const beds = seedClaim('c-beds01', 'reduce reliance on hospital beds', { tags: ['forecast'] });
  let repo: TempRepo;

  beforeEach(async () => {
    repo = await TempRepo.create();
    repo.write('report.txt', SEED_TEXT);
    repo.write(SIDECAR, seedSidecarText(myth, savings, hokey, realism));
    repo.write('notes.txt', 'not a sidecar');
    await repo.commitAll('Annotate the report');
    // One of each change: retagged, removed, added, renoted, reanchored.
    repo.write(SIDECAR, seedSidecarText(
      { ...myth, tags: ['opinion', 'disputed'] },
      beds,
      { ...hokey, note: 'the commission’s words' },
      { ...seedClaim('c-real01', 'calls for more “realism”'), tags: realism.tags },
    ));
    repo.write('notes.txt', 'changed, but not a sidecar');
  });
  afterEach(() => repo.dispose());

  const expectedText = [
    `${SIDECAR}: 1 claim added, 1 claim removed, 3 claims changed`,
    '  retagged c-myth01 "has no realistic prospect of success"',
    '      tags: +disputed',
    '  renoted c-hoke01 "planned in a “hokey cokey” fashion"',
    '      note: "quoting the commission" → "the commission’s words"',
    '  added c-beds01 "reduce reliance on hospital beds"',
    '      tags: forecast',
    '  removed c-save01 "The commission found no evidence that these assumptions are true."',
    '      tags: finding',
    '  reanchored c-real01 "calls for more “realism”"',
    `      anchor: "calls for more “realism” in debates over the NHS budget" at ${realism.anchor.start}–${realism.anchor.end} → "calls for more “realism”" at ${realism.anchor.start}–${realism.anchor.start + 24}`,
    '',
  ].join('\n');

  it('lists what changed between HEAD and the working tree, claim by claim in document order', async () => {
    const result = await repo.run(runDiff, []);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, expectedText);
  });

  it('compares two revisions, and one revision with the working tree', async () => {
    await repo.commitAll('Revise the annotations');
    assert.equal((await repo.run(runDiff, ['HEAD~1', 'HEAD'])).stdout, expectedText);
    assert.equal((await repo.run(runDiff, ['HEAD~1'])).stdout, expectedText);
    assert.equal((await repo.run(runDiff, [])).stdout, 'No annotation changes between HEAD and the working tree.\n');
    assert.equal((await repo.run(runDiff, ['HEAD', 'HEAD~1'])).stdout.split('\n')[0], `${SIDECAR}: 1 claim added, 1 claim removed, 3 claims changed`);
  });

  it('gives the same changes as JSON', async () => {
    const result = await repo.run(runDiff, ['--json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(report), ['from', 'to', 'sidecars', 'unreadable']);
    assert.deepEqual([report.from, report.to, report.unreadable], ['HEAD', null, []]);
    assert.equal(report.sidecars.length, 1);
    assert.deepEqual([report.sidecars[0].path, report.sidecars[0].document], [SIDECAR, 'report.txt']);
    assert.deepEqual(report.sidecars[0].changes.map((change: { id: string; kinds: string[]; tagsAdded: string[]; tagsRemoved: string[] }) =>
      [change.id, change.kinds.join(','), change.tagsAdded.join(','), change.tagsRemoved.join(',')]), [
      ['c-myth01', 'retagged', 'disputed', ''],
      ['c-hoke01', 'renoted', '', ''],
      ['c-beds01', 'added', 'forecast', ''],
      ['c-save01', 'removed', '', 'finding'],
      ['c-real01', 'reanchored', '', ''],
    ]);
    const removed = report.sidecars[0].changes[3];
    assert.deepEqual([removed.before, removed.after], [JSON.parse(JSON.stringify(savings)), null]);
  });

  it('includes sidecars not yet tracked, in subfolders, as added', async () => {
    repo.write('more/other.txt.annotations.yaml', seedSidecarText(myth).replace('document: report.txt', 'document: other.txt'));
    const result = await repo.run(runDiff, [], `${repo.root}/more`);
    assert.match(result.stdout, /^more\/other\.txt\.annotations\.yaml: 1 claim added\n {2}added c-myth01 /m);
  });

  it('names the file and line of a sidecar that cannot be read, and fails', async () => {
    repo.write(SIDECAR, `${seedSidecarText(myth)}<<<<<<< ours\n`);
    const result = await repo.run(runDiff, []);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^${SIDECAR.replace(/\./g, '\\.')}:\\d+:1: unresolved git merge conflict marker`, 'm'));
    assert.equal(result.stdout, '');
  });

  it('says so for an unknown revision, a usage error, and outside a repository', async () => {
    const unknown = await repo.run(runDiff, ['no-such-branch']);
    assert.deepEqual([unknown.code, unknown.stderr], [1, "policy-annotator diff: unknown revision 'no-such-branch'\n"]);
    assert.equal((await repo.run(runDiff, ['a', 'b', 'c'])).code, 2);
    const outside = await repo.run(runDiff, [], '/');
    assert.equal(outside.code, 1);
    assert.match(outside.stderr, /not inside a git repository/);
  });
});
