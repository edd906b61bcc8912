import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runMerge } from '../../../src/cli/merge';
import { runSetupMergeDriver } from '../../../src/cli/setupMergeDriver';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { COMPILED_CLI, SEED_TEXT, seedClaim, seedSidecarText, TempRepo } from '../review/tempRepo';

const SIDECAR = 'report.txt.annotations.yaml';

describe('policy-annotator merge, as git\'s merge driver in a real repository', () => {
  const myth = seedClaim('c-myth01', 'has no realistic prospect of success', { tags: ['opinion'] });
  const savings = seedClaim('c-save01', 'The commission found no evidence that these assumptions are true.', { tags: ['finding'] });
  const hokey = seedClaim('c-hoke01', 'planned in a “hokey cokey” fashion', { tags: ['opinion'] });
  const realism = seedClaim('c-real01', 'calls for more “realism” in debates over the NHS budget', { tags: ['recommendation'] });
  let repo: TempRepo;

  beforeEach(async () => {
    repo = await TempRepo.create();
    const setup = await repo.run(runSetupMergeDriver, ['--command', COMPILED_CLI]);
    assert.equal(setup.code, 0, setup.stderr);
    repo.write('report.txt', SEED_TEXT);
    repo.write(SIDECAR, seedSidecarText(myth));
    await repo.commitAll('Annotate the report');
  });
  afterEach(() => repo.dispose());

  async function branch(name: string, sidecarText: string): Promise<void> {
    await repo.git('checkout', '--quiet', '-b', name, 'main');
    repo.write(SIDECAR, sidecarText);
    await repo.commitAll(`Annotations on ${name}`);
  }

  it('merges two branches that each added claims to the same sidecar cleanly', async () => {
    await branch('left', seedSidecarText(myth, hokey));
    await branch('right', seedSidecarText(myth, savings, realism));
    await repo.git('merge', '--quiet', '--no-edit', 'left');
    const parsed = parseSidecar(repo.read(SIDECAR));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.claims.map((claim) => claim.id), ['c-myth01', 'c-hoke01', 'c-save01', 'c-real01']);
    assert.equal(repo.read(SIDECAR), seedSidecarText(myth, hokey, savings, realism));
    const check = await repo.run(runCheck, []);
    assert.equal(check.code, 0, check.stdout);
  });

  it('reports a claim changed differently on both sides as a conflict that check finds at its line', async () => {
    await branch('left', seedSidecarText({ ...myth, note: 'left note' }));
    await branch('right', seedSidecarText({ ...myth, note: 'right note' }, savings));
    await assert.rejects(repo.git('merge', '--no-edit', 'left'), /c-myth01 "has no realistic prospect of success": changed differently on both sides/);
    const lines = repo.read(SIDECAR).split('\n');
    const markerLines = lines.flatMap((line, index) => (/^(<<<<<<< ours|=======|>>>>>>> theirs)$/.test(line) ? [index + 1] : []));
    assert.equal(markerLines.length, 3);
    assert.ok(lines.includes('    note: "right note"') || lines.includes('    note: right note'));
    assert.ok(lines.includes('    note: "left note"') || lines.includes('    note: left note'));
    const check = await repo.run(runCheck, []);
    assert.equal(check.code, 1);
    assert.match(check.stdout, new RegExp(`^${SIDECAR.replace(/\./g, '\\.')}:${markerLines[0]}:1: error: .*conflict`, 'm'));
    assert.match((await repo.git('status', '--porcelain')), /^UU report\.txt\.annotations\.yaml$/m);
  });

  it('merges files both sides added (an empty base)', async () => {
    repo.write('base.yaml', '');
    repo.write('ours.yaml', seedSidecarText(myth));
    repo.write('theirs.yaml', seedSidecarText(savings));
    const result = await repo.run(runMerge, ['base.yaml', 'ours.yaml', 'theirs.yaml']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(repo.read('ours.yaml'), seedSidecarText(myth, savings));
  });

  it('keeps a side that is not UTF-8 byte for byte between the markers, naming its line, rather than merge it with its bytes replaced', async () => {
    const text = seedSidecarText(myth, hokey);
    const secondLine = text.indexOf('\n') + 1;
    // A comment on line 2 with an é saved as Latin-1 (one byte, never UTF-8 on its own).
    const theirs = Buffer.concat([Buffer.from(text.slice(0, secondLine)), Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${text.slice(secondLine)}`)]);
    const line = 2;
    repo.write('base.yaml', seedSidecarText(myth));
    repo.write('ours.yaml', seedSidecarText(myth, savings));
    fs.writeFileSync(path.join(repo.root, 'theirs.yaml'), theirs);
    const result = await repo.run(runMerge, ['base.yaml', 'ours.yaml', 'theirs.yaml', SIDECAR]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^ {2}report\\.txt\\.annotations\\.yaml \\(theirs\\): line ${line}: is not UTF-8 text$`, 'm'));
    const merged = fs.readFileSync(path.join(repo.root, 'ours.yaml'));
    assert.ok(merged.equals(Buffer.concat([Buffer.from(`<<<<<<< ours\n${seedSidecarText(myth, savings)}=======\n`), theirs, Buffer.from('>>>>>>> theirs\n')])), merged.toString('latin1'));
  });

  it('rejects the wrong number of files as a usage error', async () => {
    assert.equal((await repo.run(runMerge, ['only-one.yaml'])).code, 2);
  });
});
